import { pageSetup, paragraphModel, visibleText, type TextPiece } from "../../src/preview/paragraph-model";
import { allParagraphs, body, bodyDocument, sampleDocument } from "./preview-docx-fixture";

function onlyParagraph(xml: string) {
  const p = allParagraphs(bodyDocument(xml))[0];
  if (!p) throw new Error("fixture has no paragraph");
  return paragraphModel(p);
}

const texts = (pieces: ReturnType<typeof paragraphModel>["pieces"]) =>
  pieces.filter((piece): piece is TextPiece => piece.kind === "text");

describe("paragraphModel", () => {
  it("reads bold, italic, underline and size per run, and switches a property off with w:val=0", () => {
    const model = onlyParagraph(
      `<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>Đậm </w:t></w:r>` +
        `<w:r><w:rPr><w:i/><w:u w:val="single"/></w:rPr><w:t>nghiêng</w:t></w:r>` +
        `<w:r><w:rPr><w:b w:val="0"/><w:u w:val="none"/></w:rPr><w:t> thường</w:t></w:r></w:p>`,
    );
    expect(texts(model.pieces).map((t) => [t.text, t.bold, t.italic, t.underline, t.halfPoints])).toEqual([
      ["Đậm ", true, false, false, 28],
      ["nghiêng", false, true, true, null],
      [" thường", false, false, false, null],
    ]);
  });

  it("joins runs Word split with identical formatting into one piece", () => {
    const model = onlyParagraph(
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Tiêu </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>chí</w:t></w:r><w:r><w:t> 1.4</w:t></w:r></w:p>`,
    );
    expect(texts(model.pieces).map((t) => t.text)).toEqual(["Tiêu chí", " 1.4"]);
  });

  it("marks tracked insertions and deletions; the visible text leaves the deletion out", () => {
    const model = onlyParagraph(
      `<w:p><w:r><w:t>Kinh phí: </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>5 triệu</w:delText></w:r></w:del>` +
        `<w:ins w:id="2" w:author="A"><w:r><w:t>7 triệu</w:t></w:r></w:ins></w:p>`,
    );
    expect(texts(model.pieces).map((t) => [t.text, t.revision])).toEqual([
      ["Kinh phí: ", "none"],
      ["5 triệu", "deleted"],
      ["7 triệu", "inserted"],
    ]);
    expect(visibleText(model)).toBe("Kinh phí: 7 triệu");
  });

  it("keeps tabs and line breaks in order, and reads text inside hyperlinks and content controls", () => {
    const model = onlyParagraph(
      `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r><w:hyperlink r:id="x" xmlns:r="urn:r"><w:r><w:t>d</w:t></w:r></w:hyperlink>` +
        `<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>e</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
    );
    expect(model.pieces.map((piece) => piece.kind)).toEqual(["text", "tab", "text", "break", "text"]);
    expect(visibleText(model)).toBe("a\tb\ncde");
  });

  it("drops hidden (w:vanish) text and field instructions", () => {
    const model = onlyParagraph(
      `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>3</w:t></w:r></w:p>`,
    );
    expect(visibleText(model)).toBe("3");
  });

  it("reads alignment, indents, spacing and heading styles", () => {
    const model = onlyParagraph(
      `<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:jc w:val="both"/><w:ind w:left="720" w:hanging="360"/><w:spacing w:before="120" w:after="240"/></w:pPr></w:p>`,
    );
    expect(model).toMatchObject({ align: "justify", headingLevel: 2, indentLeft: 720, firstLine: -360, spacingBefore: 120, spacingAfter: 240 });
    expect(model.pieces).toEqual([]);
    expect(onlyParagraph(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>`).align).toBe("center");
    expect(onlyParagraph(`<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>`).headingLevel).toBeNull();
  });

  it("reads the report sample's title as bold 14 pt, centred", async () => {
    const doc = await sampleDocument("bao-cao-tieu-hoc.docx");
    const title = allParagraphs(doc).map(paragraphModel).find((m) => visibleText(m) === "BÁO CÁO");
    expect(title?.align).toBe("center");
    expect(texts(title!.pieces)).toEqual([expect.objectContaining({ bold: true, halfPoints: 28 })]);
  });
});

describe("pageSetup", () => {
  it("reads the samples' A4 landscape pages and margins", async () => {
    for (const name of ["bao-cao-tieu-hoc.docx", "ke-hoach-2026-thcs.docx"]) {
      const setup = pageSetup(body(await sampleDocument(name)));
      expect(setup).toEqual({ width: 16838, height: 11906, landscape: true, margins: { top: 1134, right: 1134, bottom: 1134, left: 1134 } });
    }
  });

  it("defaults to A4 portrait without w:sectPr", () => {
    expect(pageSetup(body(bodyDocument("<w:p/>")))).toMatchObject({ width: 11906, height: 16838, landscape: false });
  });

  it("shows a landscape page wide even when w:orient says landscape with portrait dimensions", () => {
    const setup = pageSetup(body(bodyDocument(`<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="landscape"/></w:sectPr>`)));
    expect(setup).toMatchObject({ width: 16838, height: 11906, landscape: true });
  });
});
