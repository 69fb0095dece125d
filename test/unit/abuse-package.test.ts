/**
 * Abuse suite, package level: bytes are never silently changed. Each hostile file is built from a valid fixture
 * by one stated change; `npm run abuse` (CAITIEN_ABUSE=full) adds the full-size zip bomb.
 */
import { DocxError, MAX_XML_BYTES, type DocxErrorCode } from "../../src/ooxml/errors";
import { openDocx } from "../../src/ooxml/package";
import { readTables } from "../../src/ooxml/read-tables";
import { buildDocx, documentXml } from "../support/docx-builder";
import {
  FULL_ABUSE,
  declareSize,
  invalidUtf8Docx,
  latin1Document,
  markEncrypted,
  oneCellTable,
  renameEntry,
  replaceBytes,
  utf16Document,
  zipBomb,
} from "../support/hostile-docx";

async function openError(data: Uint8Array, options?: Parameters<typeof openDocx>[1]): Promise<DocxError> {
  try {
    await openDocx(data, options);
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error("openDocx did not fail");
}

async function cellText(data: Uint8Array): Promise<string> {
  const { documentXml: xml } = await openDocx(data);
  return readTables(xml)[0]!.rows[1]!.cells[0]!.text;
}

const TEXT = "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường — “đủ” ½";

describe("parts are decoded by their byte-order mark and declared encoding", () => {
  it.each(["le", "be"] as const)("reads a UTF-16 %s part with its byte-order mark", async (order) => {
    const bytes = await buildDocx("", { documentXml: utf16Document(documentXml(oneCellTable(TEXT)), order) });
    expect(await cellText(bytes)).toBe(TEXT);
  });

  it("reads a part declared ISO-8859-1 as Latin-1, not as UTF-8", async () => {
    const latin = "Tiêu chí 1.1: hoàn thành — côté"; // every letter exists in Latin-1 except the dash
    const text = latin.replace(" — ", " - ");
    const bytes = await buildDocx("", { documentXml: latin1Document(documentXml(oneCellTable(text))) });
    expect(await cellText(bytes)).toBe(text);
  });

  it("reads a UTF-8 part with a byte-order mark", async () => {
    const xml = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(documentXml(oneCellTable(TEXT)), "utf8")]);
    expect(await cellText(await buildDocx("", { documentXml: xml }))).toBe(TEXT);
  });

  it.each([
    ["a lone continuation byte", [0x80]],
    ["a truncated two-byte sequence", [0xc3, 0x28]],
    ["an overlong encoding", [0xc0, 0xaf]],
    ["a UTF-16 surrogate written as UTF-8", [0xed, 0xa0, 0x80]],
  ])("refuses %s with its own code and where it is, never U+FFFD", async (_, invalid) => {
    const error = await openError(await invalidUtf8Docx(invalid));
    expect(error.code).toBe<DocxErrorCode>("bad-encoding");
    expect(error.messageVi).toMatch(/^Tệp có ký tự không hợp lệ ở phần word\/document\.xml, dòng 2 \(byte \d+\)/);
    const offset = error.place?.offset ?? -1;
    // The offset points into the invalid bytes, right after the text "before".
    const xml = documentXml(oneCellTable("before|after"));
    const before = Buffer.byteLength(xml.slice(0, xml.indexOf("|")), "utf8");
    expect(offset).toBeGreaterThanOrEqual(before);
    expect(offset).toBeLessThan(before + invalid.length + 1);
  });

  it("refuses a part whose last character is cut off, never U+FFFD", async () => {
    // "…</w:document>" then the first two bytes of "ế" (E1 BA BF): the decoder's final flush must see them.
    const xml = new Uint8Array([...Buffer.from(documentXml(oneCellTable(TEXT)), "utf8"), 0xe1, 0xba]);
    const error = await openError(await buildDocx("", { documentXml: xml }));
    expect(error.code).toBe<DocxErrorCode>("bad-encoding");
    // The offset points into the cut-off bytes.
    expect(error.place?.offset).toBeGreaterThanOrEqual(xml.length - 2);
    expect(error.place?.offset).toBeLessThan(xml.length);
  });

  it("refuses an encoding it cannot decode, naming it", async () => {
    const xml = documentXml(oneCellTable("x")).replace('encoding="UTF-8"', 'encoding="x-no-such-charset"');
    const error = await openError(await buildDocx("", { documentXml: xml }));
    expect(error.code).toBe<DocxErrorCode>("unknown-encoding");
    expect(error.messageVi).toContain("x-no-such-charset");
  });
});

describe("the zip is checked, not trusted", () => {
  it("refuses an entry whose bytes do not match its CRC-32", async () => {
    const good = await buildDocx(oneCellTable("Kinh phí 5.000.000 đồng"), { compression: "STORE" });
    expect(await cellText(good)).toBe("Kinh phí 5.000.000 đồng");
    // One digit changed in the stored document: a different reading unless the CRC is checked.
    const damaged = replaceBytes(good, "5.000.000", "9.000.000");
    const error = await openError(damaged);
    expect(error.code).toBe<DocxErrorCode>("crc-mismatch");
    expect(error.messageVi).toContain("word/document.xml");
  });

  it("refuses two entries with the same part name (also differing only in case)", async () => {
    const base = await buildDocx(oneCellTable("x"), { extraParts: { "word/documenX.xml": documentXml(oneCellTable("y")) } });
    for (const name of ["word/document.xml", "Word/Document.xml"]) {
      const error = await openError(renameEntry(base, "word/documenX.xml", name));
      expect(error.code).toBe<DocxErrorCode>("duplicate-part");
      expect(error.messageEn).toContain(name);
    }
  });

  it("refuses a password-protected zip with its own code", async () => {
    const error = await openError(markEncrypted(await buildDocx(oneCellTable("x")), "word/document.xml"));
    expect(error.code).toBe<DocxErrorCode>("zip-encrypted");
    expect(error.messageVi).toContain("mật khẩu");
  });

  it("refuses a zip bomb from its directory before inflating it", async () => {
    const bomb = zipBomb(4 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await openError(bomb, { maxXmlBytes: 1024 * 1024 });
    expect(error.code).toBe<DocxErrorCode>("zip-bomb");
    expect(error.messageVi).toContain("word/document.xml");
  });

  it("stops inflating at the declared size when the directory lies about it", async () => {
    const bomb = declareSize(zipBomb(4 * 1024 * 1024), "word/document.xml", 1000);
    const error = await openError(bomb, { maxXmlBytes: 1024 * 1024 });
    expect(error.code).toBe<DocxErrorCode>("crc-mismatch");
  });

  it("counts one budget over all parts, so a bomb split into parts is stopped too", async () => {
    const text = "x".repeat(600 * 1024);
    const bytes = await buildDocx(oneCellTable(text));
    await expect(openDocx(bytes, { maxXmlBytes: 1024 * 1024 })).resolves.toBeDefined();
    const pkg = await openDocx(await buildDocx(oneCellTable(text), { extraParts: { "word/extra.xml": `<x>${text}</x>` } }), {
      maxXmlBytes: 1024 * 1024,
    });
    expect(() => pkg.readPart("word/extra.xml")).toThrow(expect.objectContaining({ code: "zip-bomb" }));
  });

  // Quick form: an 8 MB bomb against a 4 MB limit; full form (npm run abuse): 300 MB against the default 256 MB.
  const big = FULL_ABUSE ? { size: 300 * 1024 * 1024, limit: undefined, lie: 200 * 1024 * 1024 } : { size: 8 << 20, limit: 4 << 20, lie: 3 << 20 };
  it(`refuses a ${big.size >> 20} MB zip bomb at the ${(big.limit ?? MAX_XML_BYTES) >> 20} MB limit`, async () => {
    const bomb = zipBomb(big.size);
    const options = big.limit === undefined ? {} : { maxXmlBytes: big.limit };
    expect((await openError(bomb, options)).code).toBe<DocxErrorCode>("zip-bomb");
    // Lying about the size still stops without inflating all of it.
    const liar = declareSize(bomb, "word/document.xml", big.lie);
    expect((await openError(liar, options)).code).toBe<DocxErrorCode>("crc-mismatch");
  });
});
