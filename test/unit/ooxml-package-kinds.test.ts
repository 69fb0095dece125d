/** Zips that are not what their .docx name says, backslash-named packages, and document parts that carry a DTD. */
import { DocxError } from "../../src/ooxml/errors";
import { openDocx } from "../../src/ooxml/package";
import { readTables } from "../../src/ooxml/read-tables";
import { buildDocx, cell, documentXml, paragraph, row, table } from "../support/docx-builder";
import { buildBackslashDocx, buildPptx, buildThemePackage, buildXlsx } from "../support/office-packages";

async function openError(data: Uint8Array): Promise<DocxError> {
  try {
    await openDocx(data);
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error("openDocx did not fail");
}

describe("a package whose main part is not a Word document", () => {
  it.each([
    ["an Excel workbook", buildXlsx, "excel", /bảng tính Excel \(\.xlsx\)/],
    ["a PowerPoint presentation", buildPptx, "powerpoint", /PowerPoint \(\.pptx\)/],
    ["an Office theme", buildThemePackage, "theme", /giao diện \(theme\)/],
  ])("%s renamed .docx is no-document, named as what it is", async (_, build, kind, message) => {
    const error = await openError(await build());
    expect(error.code).toBe("no-document");
    expect(error.packageKind).toBe(kind);
    expect(error.messageVi).toMatch(message);
    expect(error.messageEn).not.toMatch(/word\/document\.xml/);
  });

  it("names the kind even when the main part sits where a Word document would", async () => {
    const workbook = '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
    const error = await openError(await buildDocx("", { documentXml: workbook }));
    expect(error).toMatchObject({ code: "no-document", packageKind: "excel" });
  });
});

describe("backslash-named entries", () => {
  it("reads word\\document.xml through _rels\\.rels", async () => {
    const pkg = await openDocx(await buildBackslashDocx(documentXml(table([row([cell("Dự kiến kinh phí")])]))));
    expect(pkg.documentPath).toBe("word\\document.xml");
    expect(readTables(pkg.documentXml)[0]!.rows[0]!.cells[0]!.text).toBe("Dự kiến kinh phí");
  });
});

describe("a document part with a DTD", () => {
  const withDoctype = (doctype: string, body: string) =>
    documentXml(body).replace("<w:document ", `${doctype}<w:document `);

  it("is refused with its own code, before any entity is expanded", async () => {
    const xml = withDoctype('<!DOCTYPE w:document [<!ENTITY kp "Dự kiến kinh phí">]>', paragraph("x").replace("x", "&kp;"));
    const error = await openError(await buildDocx("", { documentXml: xml }));
    expect(error.code).toBe("dtd");
    expect(error.messageVi).toMatch(/DTD/);
  });

  it("never reads an external entity", async () => {
    const xml = withDoctype('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', paragraph("&x;"));
    const error = await openError(await buildDocx("", { documentXml: xml }));
    expect(error.code).toBe("dtd");
    expect(error.message).not.toMatch(/root:/);
  });

  it("also when the DOCTYPE has no internal subset", async () => {
    const xml = withDoctype('<!DOCTYPE w:document SYSTEM "http://example.invalid/word.dtd">', paragraph("x"));
    expect((await openError(await buildDocx("", { documentXml: xml }))).code).toBe("dtd");
  });
});
