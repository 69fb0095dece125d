/** The fake host's tables, rows, cells and comments, with Office.js semantics. */
import JSZip from "jszip";
import { FakeWordDocument } from "../../src/fake-office";
import { buildDocx, cell, paragraph, row, table } from "../support/docx-builder";
import { bodyChildren, flatOpc, install, loadSample, plainText, serialize } from "./fake-office.helpers";

const FORMATTED_CELL = (text: string, tcPr = '<w:tcW w:w="1000" w:type="dxa"/>'): string =>
  cell(
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`,
    tcPr,
  );

/** Header row, a merged-down pair of rows, a plain formatted row; a nested table in the last row; text after. */
async function tableDocument(): Promise<FakeWordDocument> {
  const nested = table([row([cell("trong"), cell("lồng")])], { gridCols: 2 });
  const outer = table(
    [
      row([cell("TT"), cell("Nội dung"), cell("Ghi chú")], "<w:tblHeader/>"),
      row([cell("1", '<w:vMerge w:val="restart"/>'), cell("một"), cell("")]),
      row([cell("", "<w:vMerge/>"), cell("một (tiếp)"), cell("")]),
      row([FORMATTED_CELL("2"), FORMATTED_CELL("hai"), FORMATTED_CELL("x", '<w:tcW w:w="1200" w:type="dxa"/><w:shd w:val="clear" w:fill="FFFF00"/>')], '<w:trHeight w:val="400"/>'),
      row([cell("3"), cell(`${nested}<w:p/>`), cell("")]),
    ],
    { gridCols: 3, tblPr: '<w:tblStyle w:val="TableGrid"/>' },
  );
  return FakeWordDocument.fromDocx(await buildDocx(`${paragraph("Trước bảng")}${outer}${paragraph("Sau bảng")}`));
}

function rowsOfFirstTable(document: FakeWordDocument): string[] {
  const tbl = bodyChildren(document).find((e) => e.localName === "tbl")!;
  return Array.from(tbl.childNodes)
    .filter((n) => n.nodeType === 1 && (n as unknown as { localName: string }).localName === "tr")
    .map((n) => serialize(n as never));
}

describe("tables, rows and cells", () => {
  test("body.tables lists nested tables too, with their nesting level; values are per physical cell", async () => {
    install(await tableDocument());
    await Word.run(async (context) => {
      const tables = context.document.body.tables.load("items/nestingLevel,rowCount");
      await context.sync();
      expect(tables.items.map((t) => t.nestingLevel)).toEqual([1, 2]);
      expect(tables.items[0]!.rowCount).toBe(5);
      // The outer table's values would address its vertically merged cell (see fake-office-strict.test.ts).
      const rowValues = tables.items[0]!.rows.getFirst().load("values");
      const nested = tables.items[1]!.load("values");
      await context.sync();
      expect(rowValues.values).toEqual([["TT", "Nội dung", "Ghi chú"]]);
      expect(nested.values).toEqual([["trong", "lồng"]]);
    });
  });

  test("getCell: properties need load + sync, then give physical positions, value and parent row", async () => {
    install(await tableDocument());
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      const c = table.getCell(3, 1);
      expect(() => c.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      c.load("rowIndex,cellIndex,value");
      c.parentRow.load("rowIndex,cellCount,isHeader");
      table.getCell(0, 0).parentRow.load("isHeader");
      await context.sync();
      expect([c.rowIndex, c.cellIndex, c.value]).toEqual([3, 1, "hai"]);
      expect([c.parentRow.rowIndex, c.parentRow.cellCount, c.parentRow.isHeader]).toEqual([3, 3, false]);
    });
  });

  test("a cell that does not exist fails the sync with ItemNotFound", async () => {
    install(await tableDocument());
    await Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(9, 0).load("value");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("proxies of a finished Word.run are stale (InvalidObjectPath)", async () => {
    install(await tableDocument());
    const cellProxy = await Word.run(async (context) => {
      const c = context.document.body.tables.getFirst().getCell(1, 1);
      c.load("value");
      await context.sync();
      return c;
    });
    expect(() => cellProxy.parentRow.insertRows("After", 1)).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  test("insertRows copies the anchor row's structure and formatting, never its vertical merge; other rows untouched", async () => {
    const document = await tableDocument();
    const host = install(document);
    const before = rowsOfFirstTable(document);
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(3, 0).parentRow.insertRows("After", 2, [["4", "bốn & <năm>", "ghi"]]);
      table.getCell(1, 0).parentRow.insertRows("Before", 1, [["0", "không"]]);
      await context.sync();
    });
    expect(host.syncCount()).toBe(1);
    const after = rowsOfFirstTable(document);
    expect(after).toHaveLength(before.length + 3);
    // Bottom-up edits: every old row is byte-identical, in order.
    expect([after[0], after[2], after[3], after[4], after[7]]).toEqual(before);
    const [zero, four, empty] = [after[1]!, after[5]!, after[6]!];
    expect(zero).not.toContain("vMerge");
    expect(zero).toContain("<w:t xml:space=\"preserve\">không</w:t>");
    expect(four).toContain('<w:trHeight w:val="400"/>');
    expect(four).toContain('<w:shd w:val="clear" w:fill="FFFF00"/>');
    expect(four).toContain('<w:jc w:val="center"/>');
    expect(four).toContain("<w:b/><w:sz w:val=\"24\"/>");
    expect(four).toContain("bốn &amp; &lt;năm&gt;");
    expect(empty.match(/<w:tc>/g)).toHaveLength(3);
    expect(empty).not.toMatch(/<w:t[ >]/);
  });

  test("insertRows / addRows check their arguments (InvalidArgument) and addRows End copies the last row", async () => {
    const document = await tableDocument();
    install(document);
    for (const bad of [
      (t: Word.Table) => t.getCell(1, 1).parentRow.insertRows("After", 0),
      (t: Word.Table) => t.getCell(1, 1).parentRow.insertRows("After", 1, [["a", "b", "c", "d"]]),
      (t: Word.Table) => t.getCell(1, 1).parentRow.insertRows("Start" as "After", 1),
      (t: Word.Table) => t.addRows("End", 1, [["a"], ["b"]]),
    ]) {
      await Word.run(async (context) => {
        bad(context.document.body.tables.getFirst());
        await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      });
    }
    await Word.run(async (context) => {
      const rows = context.document.body.tables.getFirst().addRows("End", 1, [["5", "năm", ""]]);
      rows.load("items/rowIndex");
      await context.sync();
      expect(rows.items.map((r) => r.rowIndex)).toEqual([5]);
    });
    const last = rowsOfFirstTable(document).pop()!;
    expect(last).toContain("năm");
    // The nested table of the anchor's cell is not copied.
    expect(last).not.toContain("<w:tbl>");
  });

  test("a cell body's select() puts the cursor in that cell's first paragraph", async () => {
    const document = await tableDocument();
    const host = install(document);
    await Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(2, 1).body.select("Start");
      await context.sync();
    });
    expect(host.syncCount()).toBe(1);
    const selection = document.selection;
    expect(selection.kind).toBe("paragraph");
    expect(plainText(document.paragraphs()[(selection as { index: number }).index]!)).toBe("một (tiếp)");
  });

  test("insertOoxml After on a table's range puts the blocks right after the table", async () => {
    const document = await tableDocument();
    install(document);
    const before = bodyChildren(document).map(serialize);
    await Word.run(async (context) => {
      const xml = flatOpc("<w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p>");
      context.document.body.tables.getFirst().getRange("Whole").insertOoxml(xml, "After");
      await context.sync();
    });
    const after = bodyChildren(document).map(serialize);
    expect(after).toHaveLength(before.length + 1);
    expect(after[1]).toBe(before[1]); // the table
    expect(after[2]).toContain("Báo cáo");
    expect(after.slice(3)).toEqual(before.slice(2));
  });
});

describe("comments (WordApi 1.4)", () => {
  test("below WordApi 1.4 insertComment and getComments fail with ApiNotFound", async () => {
    install(await tableDocument(), { supportedWordApi: "1.3" });
    await Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(1, 1).body.getRange("Whole").insertComment("x");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
    await Word.run(async (context) => {
      context.document.body.getComments().load("items/content");
      await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });

  test("comments are real OOXML, survive toDocx → fromDocx, and delete() removes only the one deleted", async () => {
    const document = await tableDocument();
    const originalRows = rowsOfFirstTable(document);
    install(document, { supportedWordApi: "1.4" });
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      const human = table.getCell(1, 1).body.getRange("Whole").insertComment("Ý kiến của cô Lan");
      table.getCell(3, 2).body.getRange("Whole").insertComment("Thiếu kinh phí < 5 & \"x\"");
      human.load("id,content,authorName");
      await context.sync();
      expect(human.content).toBe("Ý kiến của cô Lan");
      expect(human.authorName).toBe("Người dùng");
    });

    const saved = await document.toDocx();
    const zip = await JSZip.loadAsync(saved);
    const documentXml = await zip.file("word/document.xml")!.async("string");
    const commentsXml = await zip.file("word/comments.xml")!.async("string");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(documentXml.match(/<w:commentReference w:id="\d+"\/>/g)).toHaveLength(2);
    expect(documentXml.match(/<w:commentRangeStart w:id="\d+"\/>/g)).toHaveLength(2);
    expect(commentsXml).toContain("Thiếu kinh phí &lt; 5 &amp; \"x\"");
    expect(commentsXml).toMatch(/<w:comment w:id="0" w:author="Người dùng" w:date="\d{4}-\d\d-\d\dT[\d:]+Z" w:initials="ND">/);
    expect(rels).toContain('relationships/comments" Target="comments.xml"');
    expect(types).toContain('PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"');

    const reopened = await FakeWordDocument.fromDocx(saved);
    const host = install(reopened, { supportedWordApi: "1.4" });
    await Word.run(async (context) => {
      const comments = context.document.body.getComments().load("items/content,items/id");
      await context.sync();
      expect(comments.items.map((c) => c.content)).toEqual(["Ý kiến của cô Lan", "Thiếu kinh phí < 5 & \"x\""]);
      comments.items[1]!.delete();
      await context.sync();
      const left = context.document.body.getComments().load("items/content");
      await context.sync();
      expect(left.items.map((c) => c.content)).toEqual(["Ý kiến của cô Lan"]);
    });
    expect(host.syncCount()).toBe(3);
    // Row 3 is back to its bytes of before the comment; row 1 still carries the remaining comment.
    const rows = rowsOfFirstTable(reopened);
    expect(rows[3]).toBe(originalRows[3]);
    expect(rows[1]).toContain("commentReference");
    const again = await JSZip.loadAsync(await reopened.toDocx());
    const comments = await again.file("word/comments.xml")!.async("string");
    expect(comments).toContain("cô Lan");
    expect(comments).not.toContain("Thiếu kinh phí");
  });

  test("a comment on the sample's plan cell reads back from the sample document", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    install(document, { supportedWordApi: "1.4" });
    await Word.run(async (context) => {
      const plan = context.document.body.tables.load("items");
      await context.sync();
      plan.items[2]!.getCell(4, 7).body.getRange("Whole").insertComment("Chưa ghi nguồn lực");
      await context.sync();
    });
    const xml = await JSZip.loadAsync(await document.toDocx()).then((z) => z.file("word/document.xml")!.async("string"));
    expect(xml).toMatch(/<w:commentRangeStart w:id="0"\/>/);
    expect(xml).toContain('<w:commentReference w:id="0"/>');
  });
});
