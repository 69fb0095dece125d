import { DOMParser } from "@xmldom/xmldom";
import { COPY_FOR_NEW_DOCUMENT, TEXT_BULLET, labelRunXml, paragraphSource, sanitiseParagraphs, withLeadingRun, wordPrefixOf } from "../../src/ooxml/copy-paragraphs";
import { readTables } from "../../src/ooxml/read-tables";
import { documentXml, W_NS } from "../support/docx-builder";

/** Parses copied paragraphs inside a document that declares only the w: namespace, as the writers do. */
function parseInWordDocument(paragraphs: readonly string[]) {
  const errors: string[] = [];
  const xml = `<w:document xmlns:w="${W_NS}"><w:body>${paragraphs.join("")}</w:body></w:document>`;
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc;
}

const cellOf = (body: string): string => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${body}</w:tc>`;

const MESSY_CELL = cellOf(
  '<w:p w:rsidR="00A1" w:rsidRDefault="00B2" w14:paraId="1A2B3C4D" w14:textId="77777777">' +
    '<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:rPr><w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>' +
    '<w:bookmarkStart w:id="0" w:name="_Toc1"/><w:proofErr w:type="spellStart"/>' +
    '<w:r w:rsidRPr="00C3"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:b/><w:sz w:val="24"/></w:rPr><w:t>Rà soát</w:t></w:r>' +
    '<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/>' +
    '<w:del w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>XOÁ</w:delText></w:r></w:del>' +
    '<w:ins w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> kế hoạch</w:t></w:r></w:ins>' +
    '<w:moveFrom w:id="4" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>CŨ</w:t></w:r></w:moveFrom>' +
    '<w:moveTo w:id="5" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> năm học</w:t></w:r></w:moveTo>' +
    '<w:commentRangeStart w:id="6"/><w:r><w:br/><w:t>dòng 2</w:t></w:r><w:commentRangeEnd w:id="6"/>' +
    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="6"/></w:r>' +
    '<w:hyperlink r:id="rId9" w:history="1"><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> xem &amp; làm</w:t></w:r></w:hyperlink>' +
    '<w:r><w:drawing><wp:inline><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="p"><pic:blipFill><a:blip r:embed="rId10"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>' +
    '<w:r><w:pict><v:shape><v:imagedata r:id="rId11"/></v:shape></w:pict></w:r>' +
    '<w:r><w:object><o:OLEObject xmlns:o="urn:o" r:id="rId12"/></w:object></w:r>' +
    '<w:r><w:footnoteReference w:id="1"/></w:r>' +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> (7)</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>HỘP</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>HỘP</w:t></w:r></mc:Fallback></mc:AlternateContent>' +
    '<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve"> trong sdt</w:t></w:r></w:sdtContent></w:sdt>' +
    "</w:p>" +
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>LỒNG</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:tab/><w:t>Đoạn &lt;2&gt;</w:t></w:r></w:p>',
);

describe("sanitiseParagraphs", () => {
  test("keeps the final view's text, formatting, line breaks and numbering; drops what refers to other parts", () => {
    const paragraphs = sanitiseParagraphs(MESSY_CELL);
    // The reader's reading of the cell: the mc:Choice's text once, its mc:Fallback's not again.
    expect(paragraphs.map((p) => p.text)).toEqual(["Rà soát kế hoạch năm học\ndòng 2 xem & làm (7)HỘP trong sdt", "\tĐoạn <2>"]);
    expect(paragraphs.map((p) => p.text)).toEqual(readTables(documentXml(`<w:tbl><w:tr>${MESSY_CELL}</w:tr></w:tbl>`))[0]!.rows[0]!.cells[0]!.paragraphs);
    const [first, second] = paragraphs;
    expect(first!.xml.split("HỘP")).toHaveLength(2);
    expect(first!.listItem).toBe(true);
    expect(first!.xml).toContain('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>');
    expect(first!.xml).toContain('<w:pStyle w:val="ListParagraph"/>');
    expect(first!.xml).toContain("<w:b/>");
    expect(first!.xml).toContain("<w:i/>");
    expect(first!.xml).toContain("<w:br/>");
    expect(first!.xml).toContain("xem &amp; làm");
    expect(first!.runFonts).toBe('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/>');
    for (const gone of ["XOÁ", "CŨ", "LỒNG", "PAGE", "rsid", "w14:", "r:id", "r:embed", "rId", "bookmark", "proofErr", "comment", "hyperlink", "drawing", "pict", "object", "footnote", "fldChar", "instrText", "mc:", "sdtPr", "<w:ins", "<w:del"]) {
      expect(first!.xml).not.toContain(gone);
    }
    expect(second!.xml).toBe('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:tab/><w:t>Đoạn &lt;2&gt;</w:t></w:r></w:p>');
    const doc = parseInWordDocument(paragraphs.map((p) => p.xml));
    expect(doc.getElementsByTagNameNS(W_NS, "p").length).toBe(2);
  });

  test("for a new document: numbering becomes a text bullet in the text's font, styles are dropped", () => {
    const [first, second] = sanitiseParagraphs(MESSY_CELL, COPY_FOR_NEW_DOCUMENT);
    expect(first!.listItem).toBe(true);
    expect(first!.xml).not.toContain("numPr");
    expect(first!.xml).not.toContain("Style");
    expect(first!.xml).toContain(`</w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">${TEXT_BULLET}</w:t></w:r>`);
    expect(second!.listItem).toBe(false);
    parseInWordDocument([first!.xml, second!.xml]);
  });

  test("numId 0 switches numbering off: no bullet", () => {
    const [p] = sanitiseParagraphs(cellOf('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'), COPY_FOR_NEW_DOCUMENT);
    expect(p!.listItem).toBe(false);
    expect(p!.xml).toBe("<w:p><w:pPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>");
  });

  test("another prefix for the WordprocessingML namespace is rewritten to w:", () => {
    const ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const xml = `<x:document xmlns:x="${ns}"><x:body><x:tbl><x:tr><x:tc><x:p><x:r><x:rPr><x:b x:val="1"/></x:rPr><x:t>Đậm</x:t></x:r></x:p></x:tc></x:tr></x:tbl></x:body></x:document>`;
    expect(wordPrefixOf(xml)).toBe("x");
    const grids = readTables(xml);
    const copied = paragraphSource(xml, grids).cellParagraphs(0, { row: 0, cell: 0 });
    expect(copied!.map((p) => p.xml)).toEqual(['<w:p><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t>Đậm</w:t></w:r></w:p>']);
  });

  test("empty paragraphs are kept (the paragraph count is the plan's); astral characters survive", () => {
    const paragraphs = sanitiseParagraphs(cellOf("<w:p/><w:p><w:r><w:t>a&#x1F600;b</w:t></w:r></w:p><w:p></w:p>"));
    expect(paragraphs.map((p) => p.text)).toEqual(["", "a😀b", ""]);
    expect(paragraphs[0]!.xml).toBe("<w:p></w:p>");
    parseInWordDocument(paragraphs.map((p) => p.xml));
  });
});

describe("paragraphSource", () => {
  test("copies each cell out of the document by the reader's offsets, also after astral characters and CRLF", () => {
    const body =
      `<w:p><w:r><w:t>😀 trước bảng\r\n</w:t></w:r></w:p>` +
      `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>😀B1</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>B1b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const xml = documentXml(body);
    const source = paragraphSource(xml, readTables(xml));
    expect(source.cellParagraphs(0, { row: 0, cell: 1 })!.map((p) => p.text)).toEqual(["😀B1", "B1b"]);
    expect(source.cellParagraphs(0, { row: 0, cell: 0 })!.map((p) => p.xml)).toEqual(["<w:p><w:r><w:t>A1</w:t></w:r></w:p>"]);
    expect(source.cellParagraphs(0, { row: 5, cell: 0 })).toBeNull();
    expect(source.cellParagraphs(3, { row: 0, cell: 0 })).toBeNull();
  });
});

describe("labels beside copied text", () => {
  test("withLeadingRun puts the run after the paragraph properties", () => {
    const run = labelRunXml("Thời gian: ", '<w:rFonts w:ascii="Arial"/><w:sz w:val="22"/>');
    expect(run).toBe('<w:r><w:rPr><w:rFonts w:ascii="Arial"/><w:b/><w:bCs/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">Thời gian: </w:t></w:r>');
    expect(withLeadingRun('<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>', run)).toBe(
      `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${run}<w:r><w:t>x</w:t></w:r></w:p>`,
    );
    expect(withLeadingRun("<w:p></w:p>", run)).toBe(`<w:p>${run}</w:p>`);
    expect(() => withLeadingRun("<x/>", run)).toThrow();
  });
});
