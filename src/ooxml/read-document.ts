/**
 * A .docx's bytes → its document model, the one reading every host of a file shares (the CLI's files on disk, the
 * web page's dropped files and its worker). Throws a DocxError when the bytes are not a readable .docx.
 */
import { readDocumentModel } from "../core/plan/model";
import type { DocumentModel } from "../core/plan/types";
import { openDocx } from "./package";
import { readTables } from "./read-tables";
import type { TableGrid } from "./table-grid";

export interface ReadDocument {
  model: DocumentModel;
  documentXml: string;
  /** The tables the model was read from, for readers that need their offsets into `documentXml`. */
  tables: readonly TableGrid[];
}

export async function readDocxDocument(bytes: Uint8Array | ArrayBuffer, options: { schoolType?: string } = {}): Promise<ReadDocument> {
  const { documentXml } = await openDocx(bytes);
  const tables = readTables(documentXml);
  const model = readDocumentModel(tables, { documentXml, ...options });
  return { model, documentXml, tables };
}
