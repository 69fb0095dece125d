export { DocxError } from "./errors";
export type { DocxErrorCode, PackageKind } from "./errors";
export { openDocx, flatOpcDocumentXml, locateFlatOpcDocumentXml } from "./package";
export type { DocxPackage } from "./package";
export { readTables } from "./read-tables";
export type { Cell, Row, TableGrid, VMerge } from "./table-grid";
export {
  decodeTcvn3,
  detectLegacyEncoding,
  isUppercaseTcvn3Font,
  legacyEncodingOfFont,
} from "./legacy-encoding";
export type { LegacyEncoding } from "./legacy-encoding";
