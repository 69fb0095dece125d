/** Writing through the fake host: insertParagraph, insertOoxml, getOoxml, formatting, and .docx round trips. */
import JSZip from "jszip";
import mammoth from "mammoth";
import { DOMParser } from "@xmldom/xmldom";
import { FakeWordDocument } from "../../src/fake-office";
import {
  TABLE_XML,
  W_NS,
  bodyChildren,
  flatOpc,
  install,
  loadSample,
  paragraphIndexOf,
  plainText,
  sampleBytes,
  serialize,
} from "./fake-office.helpers";

const SAMPLE = "ke-hoach-2026-thcs.docx";

test("insertParagraph after the selection puts the w:p right after the selected paragraph, and it survives .docx", async () => {
  const document = await loadSample(SAMPLE);
  install(document);
  const index = paragraphIndexOf(document, "KẾ HOẠCH");
  document.setSelection({ kind: "paragraph", index });
  const selected = document.paragraphs()[index]!;
  const text = "Nội dung mới: a < b & \"c\" 😀";

  await Word.run(async (context) => {
    const paragraph = context.document.getSelection().insertParagraph(text, "After");
    paragraph.load("text");
    await context.sync();
    expect(paragraph.text).toBe(text);
  });

  const inserted = document.paragraphs()[index + 1]!;
  expect(plainText(inserted)).toBe(text);
  expect(inserted.previousSibling).toBe(selected);
  expect(document.selection).toEqual({ kind: "paragraph", index }); // the cursor stays where it was

  const saved = await document.toDocx();
  const reopened = await FakeWordDocument.fromDocx(saved);
  expect(plainText(reopened.paragraphs()[index + 1]!)).toBe(text);
  expect(plainText(reopened.paragraphs()[index]!)).toBe("KẾ HOẠCH");
  // An independent reader sees it too.
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(saved) });
  expect(value).toContain(text);
});

test("toDocx keeps every other part of the package byte for byte", async () => {
  const original = await JSZip.loadAsync(sampleBytes("ke-hoach-tieu-hoc.docx"));
  const document = await FakeWordDocument.fromDocx(sampleBytes("ke-hoach-tieu-hoc.docx"));
  const saved = await JSZip.loadAsync(await document.toDocx());
  const names = Object.keys(original.files).filter((n) => !original.files[n]!.dir);
  expect(Object.keys(saved.files).filter((n) => !saved.files[n]!.dir).sort()).toEqual([...names].sort());
  for (const name of names.filter((n) => n !== "word/document.xml")) {
    expect(await saved.file(name)!.async("string")).toBe(await original.file(name)!.async("string"));
  }
});

test.each(["bao-cao-tieu-hoc.docx", "ke-hoach-2026-thcs.docx", "ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx"])(
  "%s: an untouched document round-trips with the same body",
  async (name) => {
    const document = await loadSample(name);
    const reopened = await FakeWordDocument.fromDocx(await document.toDocx());
    expect(serialize(reopened.body())).toBe(serialize(document.body()));
  },
);

test("insertOoxml of a flat-OPC table at a non-empty paragraph inserts a w:tbl after it, other blocks unchanged", async () => {
  const document = await loadSample(SAMPLE);
  install(document);
  const index = paragraphIndexOf(document, "KẾ HOẠCH");
  document.setSelection({ kind: "paragraph", index });
  const selected = document.paragraphs()[index]!;
  const before = bodyChildren(document).map(serialize);
  const position = bodyChildren(document).indexOf(selected);

  await Word.run(async (context) => {
    context.document.getSelection().insertOoxml(flatOpc(TABLE_XML), "Replace");
    await context.sync();
  });

  const after = bodyChildren(document);
  expect(after).toHaveLength(before.length + 1);
  const table = after[position + 1]!;
  expect(table.namespaceURI).toBe(W_NS);
  expect(table.localName).toBe("tbl");
  expect(Array.from(table.getElementsByTagNameNS(W_NS, "t")).map((t) => t.textContent)).toEqual([
    "Nội dung cải tiến",
    'a < b & "c"',
  ]);
  const untouched = after.filter((e) => e !== table).map(serialize);
  expect(untouched).toEqual(before); // every other block byte-identical, including the selected paragraph
  expect(after.some((e) => e.localName === "sectPr" && e !== after[after.length - 1])).toBe(false);
});

test("insertOoxml 'Replace' at an empty paragraph replaces that paragraph and moves the cursor after the table", async () => {
  // The letterhead is a table followed by this empty paragraph: a table put in its place touches the letterhead
  // and Word shows the two as one table, so the paragraph chosen here is the one before "KẾ HOẠCH" only after
  // an empty paragraph has been added between them.
  const document = await loadSample(SAMPLE);
  install(document);
  await Word.run(async (context) => {
    context.document.body.paragraphs.getFirst().parentTableOrNullObject.insertParagraph("", "After");
    await context.sync();
  });
  const emptyIndex = paragraphIndexOf(document, "KẾ HOẠCH") - 1;
  const empty = document.paragraphs()[emptyIndex]!;
  expect(plainText(empty)).toBe("");
  document.setSelection({ kind: "paragraph", index: emptyIndex });
  const position = bodyChildren(document).indexOf(empty);
  const count = bodyChildren(document).length;

  await Word.run(async (context) => {
    const range = context.document.getSelection().insertOoxml(flatOpc(TABLE_XML), "Replace");
    const tables = range.tables.load("items/values");
    await context.sync();
    expect(tables.items[0]!.values).toEqual([["Nội dung cải tiến", 'a < b & "c"']]);
  });

  const after = bodyChildren(document);
  expect(after).toHaveLength(count);
  expect(after[position]!.localName).toBe("tbl");
  expect(after).not.toContain(empty);
  const cursor = document.selection;
  expect(cursor.kind).toBe("paragraph");
  expect(plainText(document.paragraphs()[(cursor as { index: number }).index]!)).toBe("KẾ HOẠCH");
});

test("a table inserted at the end of the body gets the empty paragraph Word requires after it", async () => {
  const document = FakeWordDocument.blank();
  install(document);
  await Word.run(async (context) => {
    context.document.body.insertOoxml(flatOpc(TABLE_XML), "Replace");
    await context.sync();
  });
  const names = bodyChildren(document).map((e) => e.localName);
  expect(names).toEqual(["tbl", "p", "sectPr"]);
});

test("invalid OOXML rejects the sync with InvalidArgument and leaves the document unchanged", async () => {
  const document = await loadSample(SAMPLE);
  install(document);
  const before = serialize(document.body());
  for (const bad of ["<w:tbl><w:tr>", flatOpc("<w:p>").replace("</w:p>", ""), "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"/>", ""]) {
    await expect(
      Word.run(async (context) => {
        context.document.getSelection().insertOoxml(bad, "After");
        context.document.body.insertParagraph("không được chèn", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  }
  expect(serialize(document.body())).toBe(before);
});

test("a package's trailing w:sectPr is dropped: the content takes the destination section's page setup", async () => {
  const document = FakeWordDocument.blank();
  install(document);
  await Word.run(async (context) => {
    context.document.body.insertOoxml(flatOpc("<w:p><w:r><w:t>Một</w:t></w:r></w:p>").replace("<w:sectPr/>", '<w:sectPr><w:pgSz w:w="1"/></w:sectPr>'), "Start");
    await context.sync();
  });
  expect(bodyChildren(document).map((e) => e.localName)).toEqual(["p", "p", "sectPr"]);
  expect(document.xml.getElementsByTagNameNS(W_NS, "pgSz")[0]!.getAttributeNS(W_NS, "w")).toBe("11906");
});

test("getOoxml of a table returns a flat-OPC package that parses and inserts back identically", async () => {
  const document = await loadSample(SAMPLE);
  install(document);
  const planTable = document.body().getElementsByTagNameNS(W_NS, "tbl")[2]!;
  let ooxml = "";
  await Word.run(async (context) => {
    const tables = context.document.body.tables.load("items");
    await context.sync();
    const result = tables.items[2]!.getRange().getOoxml();
    await context.sync();
    ooxml = result.value;
  });
  const parsed = new DOMParser().parseFromString(ooxml, "text/xml");
  const parts = Array.from(parsed.getElementsByTagName("pkg:part")).map((p) => p.getAttribute("pkg:name"));
  expect(parts).toEqual(expect.arrayContaining(["/_rels/.rels", "/word/document.xml"]));
  const body = parsed.getElementsByTagNameNS(W_NS, "body")[0]!;
  const blocks = Array.from(body.childNodes).filter((n) => n.nodeType === 1);
  expect(blocks.map((b) => (b as { localName?: string }).localName)).toEqual(["tbl", "sectPr"]);

  await Word.run(async (context) => {
    // The sample ends with a table: a paragraph first, or Word would join the copy to it.
    context.document.body.insertParagraph("", "End");
    context.document.body.insertOoxml(ooxml, "End");
    await context.sync();
  });
  const tables = document.body().getElementsByTagNameNS(W_NS, "tbl");
  const copy = tables[tables.length - 1]!;
  expect(copy).not.toBe(planTable);
  expect(serialize(copy)).toBe(serialize(planTable));
});

test("paragraph text follows Word: tabs and breaks kept, deleted revisions left out, insertions kept", async () => {
  const document = FakeWordDocument.blank();
  install(document);
  const paragraph =
    "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>" +
    "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t xml:space=\"preserve\">c </w:t></w:r>" +
    '<w:del w:id="1" w:author="x"><w:r><w:delText>xoá</w:delText></w:r></w:del>' +
    '<w:ins w:id="2" w:author="x"><w:r><w:t>thêm</w:t></w:r></w:ins></w:p>';
  await Word.run(async (context) => {
    context.document.body.insertOoxml(flatOpc(paragraph), "Replace");
    const first = context.document.body.paragraphs.getFirst().load("text");
    await context.sync();
    expect(first.text).toBe("a\tb\nc thêm");
  });
});

test("formatting set through the API lands in the XML in schema order", async () => {
  const document = FakeWordDocument.blank();
  install(document);
  await Word.run(async (context) => {
    const paragraph = context.document.body.insertParagraph("Tiêu đề", "Start");
    paragraph.alignment = "Centered";
    paragraph.styleBuiltIn = Word.BuiltInStyleName.heading1;
    paragraph.font.bold = true;
    paragraph.font.size = 14;
    expect(paragraph.alignment).toBe("Centered"); // a set value is readable at once, as in Office.js
    paragraph.load("style, font/name");
    await context.sync();
    expect(paragraph.style).toBe("Heading 1");
    expect(paragraph.font.name).toBe("Times New Roman");
  });
  const p = document.paragraphs()[0]!;
  const pPr = p.getElementsByTagNameNS(W_NS, "pPr")[0]!;
  const order = Array.from(pPr.childNodes).map((n) => (n as { localName?: string }).localName);
  expect(order).toEqual(["pStyle", "jc", "rPr"]);
  const run = p.getElementsByTagNameNS(W_NS, "r")[0]!;
  const rPr = run.getElementsByTagNameNS(W_NS, "rPr")[0]!;
  expect(Array.from(rPr.childNodes).map((n) => (n as { localName?: string }).localName)).toEqual(["b", "bCs", "sz", "szCs"]);
  expect(rPr.getElementsByTagNameNS(W_NS, "sz")[0]!.getAttributeNS(W_NS, "val")).toBe("28");
});

test("the insertParagraph result is usable in the same batch, before its creating sync", async () => {
  const document = FakeWordDocument.blank();
  install(document);
  await Word.run(async (context) => {
    const first = context.document.body.insertParagraph("một", "End");
    first.insertParagraph("hai", "After").insertParagraph("ba", "After");
    await context.sync();
  });
  expect(document.paragraphs().map(plainText)).toEqual(["", "một", "hai", "ba"]);
});

test("insertText adds a run with the neighbouring run's formatting; a table range is refused", async () => {
  const document = await loadSample(SAMPLE);
  install(document);
  const index = paragraphIndexOf(document, "KẾ HOẠCH");
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items");
    await context.sync();
    const title = paragraphs.items[index]!;
    title.insertText(" SỐ 2", "End");
    title.insertText("DỰ THẢO: ", "Start");
    title.load("text, font/bold, font/size");
    await context.sync();
    expect(title.text).toBe("DỰ THẢO: KẾ HOẠCH SỐ 2");
    expect(title.font.bold).toBe(true);
    expect(title.font.size).toBe(14);
  });
  await expect(
    Word.run(async (context) => {
      context.document.body.tables.getFirst().getRange().insertText("x", "End");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "NotImplemented" });
});
