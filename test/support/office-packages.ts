/**
 * Packages that are not Word documents but may arrive named .docx: an Excel workbook, a PowerPoint presentation and
 * an Office theme, each with the parts and relationships Office writes, so the reader meets them as it would in use.
 */
import JSZip from "jszip";

const REL_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

function contentTypes(overrides: Record<string, string>): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    Object.entries(overrides).map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join("") +
    "</Types>"
  );
}

function rootRels(target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="${target}"/></Relationships>`
  );
}

async function zipOf(entries: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** An .xlsx with one sheet holding a plan-like table ("Dự kiến kinh phí" in a cell). */
export function buildXlsx(): Promise<Uint8Array> {
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  return zipOf({
    "[Content_Types].xml": contentTypes({
      "xl/workbook.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "xl/worksheets/sheet1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
    }),
    "_rels/.rels": rootRels("xl/workbook.xml"),
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kế hoạch" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Dự kiến kinh phí</t></is></c></row></sheetData></worksheet>`,
  });
}

/** A .pptx with one slide. */
export function buildPptx(): Promise<Uint8Array> {
  const p = "http://schemas.openxmlformats.org/presentationml/2006/main";
  return zipOf({
    "[Content_Types].xml": contentTypes({
      "ppt/presentation.xml": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
      "ppt/slides/slide1.xml": "application/vnd.openxmlformats-officedocument.presentationml.slide+xml",
    }),
    "_rels/.rels": rootRels("ppt/presentation.xml"),
    "ppt/presentation.xml": `<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="${p}"><p:sldIdLst/></p:presentation>`,
    "ppt/slides/slide1.xml": `<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:p="${p}"><p:cSld/></p:sld>`,
  });
}

/** An Office theme (.thmx): its main part is the theme manager. */
export function buildThemePackage(): Promise<Uint8Array> {
  const a = "http://schemas.openxmlformats.org/drawingml/2006/main";
  return zipOf({
    "[Content_Types].xml": contentTypes({
      "theme/theme/themeManager.xml": "application/vnd.openxmlformats-officedocument.themeManager+xml",
      "theme/theme/theme1.xml": "application/vnd.openxmlformats-officedocument.theme+xml",
    }),
    "_rels/.rels": rootRels("theme/theme/themeManager.xml"),
    "theme/theme/themeManager.xml": `<?xml version="1.0" encoding="UTF-8"?><a:themeManager xmlns:a="${a}"/>`,
    "theme/theme/theme1.xml": `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="${a}" name="Office Theme"><a:themeElements/></a:theme>`,
  });
}

/** A Word package whose entries are named with backslashes, as some tools write them ("word\document.xml"). */
export async function buildBackslashDocx(documentXml: string): Promise<Uint8Array> {
  return zipOf({
    "[Content_Types].xml": contentTypes({ "word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" }),
    "_rels\\.rels": rootRels("word/document.xml"),
    "word\\document.xml": documentXml,
  });
}
