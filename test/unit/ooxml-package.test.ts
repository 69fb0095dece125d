/** Opening .docx packages, and every kind of file principals send that is not one. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DocxError } from "../../src/ooxml/errors";
import type { DocxErrorCode } from "../../src/ooxml/errors";
import { flatOpcDocumentXml, locateFlatOpcDocumentXml, openDocx } from "../../src/ooxml/package";
import { readTables } from "../../src/ooxml/read-tables";
import { buildDocx, buildZip, cell, compoundFile, documentXml, row, table } from "../support/docx-builder";

const SAMPLES = path.resolve(__dirname, "../../samples");
const sample = (file: string): Uint8Array => new Uint8Array(readFileSync(path.join(SAMPLES, file)));

async function openError(data: Uint8Array | ArrayBuffer): Promise<DocxError> {
  try {
    await openDocx(data);
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error("openDocx did not fail");
}

/** Deterministic pseudo-random bytes (a fixed linear congruential generator). */
function noise(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe("openDocx", () => {
  it("opens the samples through their officeDocument relationship", async () => {
    for (const file of ["bao-cao-tieu-hoc.docx", "ke-hoach-tieu-hoc.docx"]) {
      const pkg = await openDocx(sample(file));
      expect(pkg.documentPath).toBe("word/document.xml");
      expect(pkg.documentXml).toMatch(/^<\?xml[^>]*\?>\s*<w:document /);
      expect(pkg.partNames).toContain("word/styles.xml");
      expect(pkg.readPart("word/styles.xml")).toContain("w:styles");
    }
  });

  it("accepts an ArrayBuffer", async () => {
    const bytes = sample("ke-hoach-mam-non.docx");
    const buffer = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(buffer).set(bytes);
    const pkg = await openDocx(buffer);
    expect(pkg.documentXml).toContain("Tiêu chí 1.5");
  });

  it("follows the relationship to a main document at an unusual path", async () => {
    const docx = await buildDocx(table([row([cell("ở chỗ khác")])]), { documentPath: "word/document2.xml" });
    const pkg = await openDocx(docx);
    expect(pkg.documentPath).toBe("word/document2.xml");
    expect(pkg.documentXml).toContain("ở chỗ khác");
  });

  it("falls back to word/document.xml when _rels/.rels is missing", async () => {
    const pkg = await openDocx(await buildDocx(table([row([cell("x")])]), { withoutRels: true }));
    expect(pkg.documentPath).toBe("word/document.xml");
  });

  it("removes a byte-order mark so offsets count from the first tag", async () => {
    const pkg = await openDocx(await buildDocx("", { documentXml: "\ufeff" + documentXml("") }));
    expect(pkg.documentXml.startsWith("<?xml")).toBe(true);
  });
});

describe("openDocx rejects what is not a readable .docx, with a Vietnamese message", () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, DocxErrorCode, RegExp][] = [
    ["an empty file", () => new Uint8Array(0), "empty", /trống/],
    ["random bytes", () => noise(5000), "not-zip", /không phải tài liệu Word/],
    ["a text file", () => new TextEncoder().encode("Kế hoạch cải tiến chất lượng"), "not-zip", /không phải tài liệu Word/],
    ["an RTF file", () => new TextEncoder().encode("{\\rtf1\\ansi Ke hoach}"), "rtf", /RTF/],
    ["an .xlsx-like zip", () => buildZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }), "no-document", /bảng tính Excel/],
    ["an .odt-like zip", () => buildZip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content/>" }), "no-document", /OpenDocument/],
    ["an empty zip", () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]), "no-document", /không chứa/],
    ["a .docx cut in half", () => {
      const whole = sample("bao-cao-tieu-hoc.docx");
      return whole.slice(0, Math.floor(whole.length / 2));
    }, "truncated", /bị hỏng hoặc chưa tải về đầy đủ/],
    ["a .docx missing its last bytes", () => sample("ke-hoach-tieu-hoc.docx").slice(0, -10), "truncated", /bị hỏng/],
    ["a password-protected Word file", () => compoundFile(["EncryptionInfo", "EncryptedPackage"]), "encrypted", /mật khẩu/],
    ["a legacy .doc", () => compoundFile(["WordDocument", "1Table"]), "legacy-doc", /Word cũ \(\.doc\)/],
    ["an old .xls", () => compoundFile(["Workbook"]), "not-zip", /không phải tài liệu Word/],
  ];

  it.each(cases)("%s", async (_name, make, code, message) => {
    const error = await openError(await make());
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.messageVi).toMatch(message);
    expect(error.messageEn.length).toBeGreaterThan(10);
  });

  it("only counts stream names written in UTF-16LE, as a compound file directory stores them", async () => {
    const bytes = compoundFile([]);
    bytes.set(new TextEncoder().encode("EncryptedPackage"), 2048);
    expect((await openError(bytes)).code).toBe("not-zip");
  });
});

describe("flat OPC (Word's getOoxml)", () => {
  function flatOpc(documentXmlText: string): string {
    const body = documentXmlText.replace(/^<\?xml[^>]*\?>\s*/, "");
    return (
      '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
      '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
      '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/></pkg:xmlData></pkg:part>' +
      '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
      `<pkg:xmlData>\n  ${body}\n</pkg:xmlData></pkg:part></pkg:package>`
    );
  }

  it("extracts w:document so the same reader reads the same tables", async () => {
    const pkg = await openDocx(sample("ke-hoach-2026-thcs.docx"));
    const flat = flatOpc(pkg.documentXml);
    const extracted = flatOpcDocumentXml(flat);
    expect(extracted).toMatch(/^<w:document [\s\S]*<\/w:document>$/);
    const cells = (xml: string): string[][][] => readTables(xml).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    expect(cells(extracted)).toEqual(cells(pkg.documentXml));
    const { start, end } = locateFlatOpcDocumentXml(flat);
    expect(flat.slice(start, end)).toBe(extracted);
  });

  it("rejects a flat OPC string without a main document part", () => {
    const flat = '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/styles.xml"><pkg:xmlData><w:styles/></pkg:xmlData></pkg:part></pkg:package>';
    expect(() => flatOpcDocumentXml(flat)).toThrow(DocxError);
    expect(() => flatOpcDocumentXml("")).toThrow(DocxError);
  });
});
