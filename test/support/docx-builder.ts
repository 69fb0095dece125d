/**
 * Builds small .docx packages for tests from WordprocessingML body XML, so each reading case has a fixture
 * that states exactly the markup under test.
 */
import JSZip from "jszip";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const NAMESPACES = [
  `xmlns:w="${W_NS}"`,
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'mc:Ignorable="w14"',
].join(" ");

/** A complete word/document.xml around the given `w:body` content. */
export function documentXml(bodyXml: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:document ${NAMESPACES}><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`
  );
}

export interface DocxBuildOptions {
  /** Replaces the generated word/document.xml (default: `documentXml(bodyXml)`); bytes are stored as they are. */
  readonly documentXml?: string | Uint8Array;
  /** Where the main document part lives (default "word/document.xml"); _rels/.rels points there. */
  readonly documentPath?: string;
  /** Omit _rels/.rels (readers must then fall back to word/document.xml). */
  readonly withoutRels?: boolean;
  /** Extra parts, e.g. word/styles.xml or a picture's bytes; a part named like a generated one replaces it. */
  readonly extraParts?: Readonly<Record<string, string | Uint8Array>>;
  /** "STORE" keeps the parts' bytes as they are in the zip (for tests that damage them). */
  readonly compression?: "DEFLATE" | "STORE";
}

/** Normal paragraph style (Times New Roman 13 pt) and Word's bordered "Table Grid". */
export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<w:styles xmlns:w="${W_NS}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>' +
  '<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>' +
  ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join("") +
  "</w:tblBorders></w:tblPr></w:style></w:styles>";

/**
 * A minimal valid .docx whose body is `bodyXml`, with word/styles.xml (some readers, mammoth among them,
 * fail on a table style they cannot find).
 */
export async function buildDocx(bodyXml: string, options: DocxBuildOptions = {}): Promise<Uint8Array> {
  const documentPath = options.documentPath ?? "word/document.xml";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/${documentPath}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      "</Types>",
  );
  if (!options.withoutRels) {
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${documentPath}"/>` +
        "</Relationships>",
    );
  }
  zip.file(documentPath, options.documentXml ?? documentXml(bodyXml));
  const slash = documentPath.lastIndexOf("/");
  const relsPath = `${documentPath.slice(0, slash + 1)}_rels/${documentPath.slice(slash + 1)}.rels`;
  const stylesTarget = documentPath.slice(0, slash + 1) === "word/" ? "styles.xml" : "/word/styles.xml";
  zip.file(
    relsPath,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="${stylesTarget}"/>` +
      "</Relationships>",
  );
  zip.file("word/styles.xml", STYLES_XML);
  for (const [name, content] of Object.entries(options.extraParts ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: options.compression ?? "DEFLATE" });
}

/** Any zip with the given entries (for packages that are not Word documents). */
export async function buildZip(entries: Readonly<Record<string, string>>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** XML-escapes text for element content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `<w:p>` with one run per given text (so tests can split words across runs). */
export function paragraph(...runs: string[]): string {
  return `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r>`).join("")}</w:p>`;
}

/** `<w:tc>` holding the given raw paragraph XML (or one paragraph of plain text). */
export function cell(content: string, tcPr = ""): string {
  const body = content.startsWith("<") ? content : paragraph(content);
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${body}</w:tc>`;
}

/** `<w:tbl>` with a grid of `gridCols` equal columns and the given raw rows. */
export function table(rowsXml: readonly string[], options: { gridCols?: number; tblPr?: string } = {}): string {
  const cols = options.gridCols ?? 1;
  const grid = Array.from({ length: cols }, () => '<w:gridCol w:w="1000"/>').join("");
  return `<w:tbl><w:tblPr>${options.tblPr ?? ""}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rowsXml.join("")}</w:tbl>`;
}

/** `<w:tr>` of raw cells. */
export function row(cellsXml: readonly string[], trPr = ""): string {
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${cellsXml.join("")}</w:tr>`;
}

/**
 * A minimal OLE compound file: the CFB signature, then a directory entry naming `streams` in UTF-16LE — what Word
 * writes for .doc and for encrypted .docx.
 */
export function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  let offset = 1024;
  for (const name of ["Root Entry", ...streams]) {
    for (let i = 0; i < name.length; i++) bytes[offset + i * 2] = name.charCodeAt(i);
    offset += 128;
  }
  return bytes;
}
