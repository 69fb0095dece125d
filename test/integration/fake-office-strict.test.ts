/**
 * The fake host is as strict as Word where the product depends on it (docs/word-behaviours.md). Each test here
 * fails against the earlier, lenient fake: it joined no tables, gave every range the last section's page setup,
 * let merged cells be addressed, deleted comments without their replies, never refused a comment, kept styles a
 * package could not carry, ignored getRange's argument and took a bare w:document.
 */
import type { Element } from "@xmldom/xmldom";
import { FakeWordDocument } from "../../src/fake-office";
import { buildDocx, cell, paragraph, row, table, W_NS as BUILDER_W_NS } from "../support/docx-builder";
import { bodyChildren, flatOpc, install, plainText, W_NS } from "./fake-office.helpers";

const PORTRAIT = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>';
const LANDSCAPE = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>';

function docXml(body: string, finalSectPr: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${BUILDER_W_NS}"><w:body>${body}<w:sectPr>${finalSectPr}</w:sectPr></w:body></w:document>`;
}

async function documentOf(body: string, finalSectPr = PORTRAIT): Promise<FakeWordDocument> {
  return FakeWordDocument.fromDocx(await buildDocx("", { documentXml: docXml(body, finalSectPr) }));
}

const twoByTwo = (a: string): string => table([row([cell(`${a}1`), cell(`${a}2`)])], { gridCols: 2 });

function tables(document: FakeWordDocument): Element[] {
  return bodyChildren(document).filter((e) => e.localName === "tbl");
}

function pageWidthIn(ooxml: string): string | null {
  return /<w:pgSz w:w="(\d+)"/.exec(ooxml)?.[1] ?? null;
}

describe("adjacent tables join (python-docx#1072, pandoc#4315)", () => {
  test("a table inserted right after a table becomes rows of that table", async () => {
    const document = await documentOf(paragraph("Trước") + twoByTwo("a") + paragraph("Sau"));
    install(document);
    await Word.run(async (context) => {
      context.document.body.tables.getFirst().getRange("Whole").insertOoxml(flatOpc(twoByTwo("b")), "After");
      await context.sync();
    });
    expect(tables(document)).toHaveLength(1);
    expect(tables(document)[0]!.getElementsByTagNameNS(W_NS, "tr")).toHaveLength(2);
    expect(plainText(bodyChildren(document)[2]!)).toBe("Sau");
  });

  test("a paragraph between them keeps two tables", async () => {
    const document = await documentOf(paragraph("Trước") + twoByTwo("a") + paragraph("Sau"));
    install(document);
    await Word.run(async (context) => {
      context.document.body.tables.getFirst().getRange("Whole").insertOoxml(flatOpc(paragraph("") + twoByTwo("b")), "After");
      await context.sync();
    });
    expect(tables(document)).toHaveLength(2);
  });
});

describe("sections (Office Open XML in Word add-ins: content takes the destination section's setup)", () => {
  const twoSections = paragraph("Dọc") + `<w:p><w:pPr><w:sectPr>${PORTRAIT}</w:sectPr></w:pPr></w:p>` + paragraph("Ngang") + paragraph("Cuối");

  test("getOoxml of a range carries the page setup of the section it lies in", async () => {
    const document = await documentOf(twoSections, LANDSCAPE);
    install(document);
    const widths = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const first = paragraphs.items[0]!.getOoxml();
      const third = paragraphs.items[2]!.getOoxml();
      await context.sync();
      return [pageWidthIn(first.value), pageWidthIn(third.value)];
    });
    expect(widths).toEqual(["11906", "16838"]);
  });

  test("a package's own page setup is ignored; a section break inside it splits the destination section", async () => {
    const document = await documentOf(paragraph("Một") + paragraph("Hai"), PORTRAIT);
    install(document);
    const inserted = paragraph("Bảng ngang") + `<w:p><w:pPr><w:sectPr>${LANDSCAPE}</w:sectPr></w:pPr></w:p>` + paragraph("Sau ngắt");
    const widths = await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertOoxml(flatOpc(inserted).replace("<w:sectPr/>", `<w:sectPr>${LANDSCAPE}</w:sectPr>`), "End");
      await context.sync();
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const results = paragraphs.items.map((p) => ({ text: p.text, ooxml: p.getOoxml() }));
      await context.sync();
      return Object.fromEntries(results.map((r) => [r.text, pageWidthIn(r.ooxml.value)]));
    });
    expect(widths["Bảng ngang"]).toBe("16838");
    expect(widths["Sau ngắt"]).toBe("11906");
    expect(widths["Hai"]).toBe("11906");
  });
});

describe("vertically merged cells (office-js#3200)", () => {
  const merged = table(
    [
      row([cell("1", '<w:vMerge w:val="restart"/>'), cell("một")]),
      row([cell("", "<w:vMerge/>"), cell("một (tiếp)")]),
    ],
    { gridCols: 2 },
  );

  test.each([
    ["getCell on the continuation cell", (t: Word.Table) => t.getCell(1, 0).load("value")],
    ["the values of its row", (t: Word.Table) => t.getCell(1, 1).parentRow.load("values")],
    ["the values of its table", (t: Word.Table) => t.load("values")],
    ["its cellIndex", (t: Word.Table) => t.getCell(1, 1).parentRow.cells.load("items/cellIndex")],
  ])("%s fails the whole batch with GeneralException", async (_name, address) => {
    const document = await documentOf(paragraph("Trước") + merged + paragraph("Sau"));
    install(document);
    await Word.run(async (context) => {
      const first = context.document.body.tables.getFirst();
      address(first as never);
      context.document.body.insertParagraph("không được chèn", "End");
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    expect(document.paragraphs().map(plainText)).not.toContain("không được chèn");
  });

  test("the first cell of the merge and the other cells of the row can be addressed", async () => {
    const document = await documentOf(paragraph("Trước") + merged + paragraph("Sau"));
    install(document);
    await Word.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      const start = t.getCell(0, 0).load("value");
      const other = t.getCell(1, 1).load("value,cellIndex");
      await context.sync();
      expect([start.value, other.value, other.cellIndex]).toEqual(["1", "một (tiếp)", 1]);
    });
  });
});

describe("comments (Word.Comment.delete deletes its replies; office-js#6746 NotAllowed)", () => {
  test("replies are read, saved with w15:commentsEx, and deleted with their comment", async () => {
    const document = await documentOf(paragraph("Một") + paragraph("Hai"));
    const host = install(document, { supportedWordApi: "1.4" });
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.getFirst().getRange("Whole").insertComment("Cần bổ sung").reply("Đã bổ sung, xem lại giúp");
      paragraphs.getLast().getRange("Whole").insertComment("Không có trả lời");
      await context.sync();
    });
    const saved = await FakeWordDocument.fromDocx(await document.toDocx());
    install(saved, { supportedWordApi: "1.4" });
    await Word.run(async (context) => {
      const comments = context.document.body.getComments().load("items/content,items/replies");
      await context.sync();
      expect(comments.items.map((c) => [c.content, c.replies.items.map((r) => r.content)])).toEqual([
        ["Cần bổ sung", ["Đã bổ sung, xem lại giúp"]],
        ["Không có trả lời", []],
      ]);
      comments.items[0]!.delete();
      await context.sync();
    });
    const comments = saved.commentsDocument(false)!.getElementsByTagNameNS(W_NS, "comment");
    expect(Array.from(comments).map((c) => plainText(c.getElementsByTagNameNS(W_NS, "p")[0]!))).toEqual(["Không có trả lời"]);
    expect(saved.body().getElementsByTagNameNS(W_NS, "commentReference")).toHaveLength(1);
    expect(host.syncCount()).toBe(1);
  });

  test("Word on the web can refuse insertComment with NotAllowed; comments before the refusal stay", async () => {
    const document = await documentOf(paragraph("Một") + paragraph("Hai"));
    install(document, { supportedWordApi: "1.4", refuseCommentsAfter: 1 });
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.getFirst().getRange("Whole").insertComment("một");
      paragraphs.getLast().getRange("Whole").insertComment("hai");
      await expect(context.sync()).rejects.toMatchObject({ code: "NotAllowed" });
    });
    expect(document.body().getElementsByTagNameNS(W_NS, "commentReference")).toHaveLength(1);
  });
});

describe("styles (a package without styles.xml carries no paragraph style)", () => {
  const styled = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Tiêu đề</w:t></w:r></w:p>';
  const stylesPart =
    '<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData>' +
    `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>` +
    "</pkg:xmlData></pkg:part>";

  test.each([
    ["without a styles part the style is dropped", flatOpc(styled), 0],
    ["with one it is kept", flatOpc(styled).replace("</pkg:package>", `${stylesPart}</pkg:package>`), 1],
  ])("%s", async (_name, ooxml, expected) => {
    const document = await documentOf(paragraph("Một"));
    install(document);
    await Word.run(async (context) => {
      context.document.body.insertOoxml(ooxml, "End");
      await context.sync();
    });
    expect(document.body().getElementsByTagNameNS(W_NS, "pStyle")).toHaveLength(expected);
  });
});

describe("selections and getRange(location)", () => {
  const letterhead = table([row([cell(paragraph("UBND XÃ") + paragraph("TRƯỜNG THCS")), cell("CỘNG HÒA")])], { gridCols: 2 });

  test("getRange('Start') / ('End') of a paragraph put blocks before / after it; an unknown location is InvalidArgument", async () => {
    const document = await documentOf(paragraph("Giữa"));
    install(document);
    await Word.run(async (context) => {
      const middle = context.document.body.paragraphs.getFirst();
      middle.getRange("Start").insertOoxml(flatOpc(paragraph("Trước")), "After");
      middle.getRange("End").insertOoxml(flatOpc(paragraph("Sau")), "After");
      await context.sync();
    });
    expect(document.paragraphs().map(plainText)).toEqual(["Trước", "Giữa", "Sau"]);
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("Middle" as never).load("text");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("a cursor in the letterhead cell: a table inserted after its paragraph lands inside the cell, as in Word", async () => {
    const document = await documentOf(letterhead + paragraph("KẾ HOẠCH"));
    install(document);
    document.setSelection({ kind: "paragraph", index: 1 });
    await Word.run(async (context) => {
      const selection = context.document.getSelection();
      const parent = selection.parentTableOrNullObject.load("nestingLevel");
      selection.paragraphs.getLast().getRange("Whole").insertOoxml(flatOpc(twoByTwo("k")), "After");
      await context.sync();
      expect(parent.isNullObject).toBe(false);
    });
    expect(tables(document)).toHaveLength(1);
    expect(tables(document)[0]!.getElementsByTagNameNS(W_NS, "tbl")).toHaveLength(1);
  });

  test("a range across cells: its paragraphs span the cells and its parent table is theirs", async () => {
    const document = await documentOf(letterhead + paragraph("KẾ HOẠCH"));
    install(document);
    document.setSelection({ kind: "range", from: 1, to: 2 });
    await Word.run(async (context) => {
      const selection = context.document.getSelection();
      const paragraphs = selection.paragraphs.load("items/text");
      const parent = selection.parentTableOrNullObject.load("rowCount");
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(["TRƯỜNG THCS", "CỘNG HÒA"]);
      expect(parent.isNullObject).toBe(false);
    });
  });

  test("a cursor in a content control: the control's range puts blocks after the whole control", async () => {
    const control = `<w:sdt><w:sdtPr><w:tag w:val="ten-truong"/></w:sdtPr><w:sdtContent>${paragraph("Trường THCS Tân Phú")}</w:sdtContent></w:sdt>`;
    const document = await documentOf(control + paragraph("Sau"));
    install(document);
    document.setSelection({ kind: "paragraph", index: 0 });
    await Word.run(async (context) => {
      const parent = context.document.getSelection().parentContentControlOrNullObject.load("tag");
      await context.sync();
      expect(parent.tag).toBe("ten-truong");
      parent.getRange("Whole").insertOoxml(flatOpc(paragraph("Mới")), "After");
      await context.sync();
    });
    expect(bodyChildren(document).map((e) => e.localName)).toEqual(["sdt", "p", "p", "sectPr"]);
    expect(plainText(bodyChildren(document)[1]!)).toBe("Mới");
  });
});

test("insertOoxml takes only a flat-OPC pkg:package: a bare w:document is InvalidArgument", async () => {
  const document = await documentOf(paragraph("Một"));
  install(document);
  await Word.run(async (context) => {
    context.document.body.insertOoxml(`<w:document xmlns:w="${W_NS}"><w:body>${paragraph("x")}</w:body></w:document>`, "End");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
