/** The table reader on hand-written WordprocessingML, one fixture per case Word produces. */
import { DocxError } from "../../src/ooxml/errors";
import { openDocx } from "../../src/ooxml/package";
import { readTables } from "../../src/ooxml/read-tables";
import type { Cell, TableGrid } from "../../src/ooxml/table-grid";
import { buildDocx, cell, documentXml, paragraph, row, table, W_NS } from "../support/docx-builder";

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index} (length ${items.length})`);
  return item;
}

/** The only cell of a one-cell table whose cell content is `cellXml`. */
function readCell(cellXml: string, tcPr = ""): Cell {
  const tables = readTables(documentXml(table([row([`<w:tc>${tcPr}${cellXml}</w:tc>`])], { gridCols: 6 })));
  return at(at(at(tables, 0).rows, 0).cells, 0);
}

const r = (text: string, rPr = ""): string => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (...content: string[]): string => `<w:p>${content.join("")}</w:p>`;

describe("readTables: text as Word shows it", () => {
  it("joins runs split by spell-check marks, bookmarks, permissions and revision ids", () => {
    const c = readCell(
      p(
        '<w:pPr><w:jc w:val="center"/></w:pPr>',
        r("Kinh p"),
        '<w:proofErr w:type="spellStart"/>',
        '<w:r w:rsidR="00AB12CD"><w:rPr><w:b/></w:rPr><w:t>hí</w:t></w:r>',
        '<w:proofErr w:type="spellEnd"/>',
        '<w:bookmarkStart w:id="0" w:name="_GoBack"/>',
        '<w:permStart w:id="1" w:edGrp="everyone"/>',
        r(" dự kiến"),
        '<w:permEnd w:id="1"/><w:bookmarkEnd w:id="0"/>',
      ),
    );
    expect(c.paragraphs).toEqual(["Kinh phí dự kiến"]);
    expect(c.text).toBe("Kinh phí dự kiến");
  });

  it("counts inserted and moved-to text, not deleted or moved-from text", () => {
    const c = readCell(
      p(
        r("Kinh phí: "),
        '<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>3.000.000</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>5.000.000</w:t></w:r></w:ins>',
        '<w:moveFrom w:id="3" w:author="A"><w:r><w:t> (cũ)</w:t></w:r></w:moveFrom>',
        '<w:moveTo w:id="4" w:author="A"><w:r><w:t xml:space="preserve"> đồng</w:t></w:r></w:moveTo>',
      ),
    );
    expect(c.text).toBe("Kinh phí: 5.000.000 đồng");
  });

  it("shows a complex field's result, never its instruction, also when fields nest", () => {
    const c = readCell(
      p(
        r("Trang "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        r("9"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> = 1 "a" "b" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        r("3"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        r(" / "),
        // A field without a result part shows nothing.
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> NUMPAGES </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        r("x"),
      ),
    );
    expect(c.text).toBe("Trang 3 / x");
  });

  it("reads simple fields, hyperlinks, smart tags, custom XML and content controls as plain text", () => {
    const c = readCell(
      '<w:sdt><w:sdtPr><w:alias w:val="Tiêu chí"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder></w:sdtPr>' +
        "<w:sdtContent>" +
        p(
          r("Tiêu chí "),
          '<w:fldSimple w:instr=" SEQ TieuChi "><w:r><w:t>1</w:t></w:r></w:fldSimple>',
          r("."),
          '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>4</w:t></w:r></w:sdtContent></w:sdt>',
          r(": "),
          '<w:hyperlink r:id="rId9" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Tự đánh giá</w:t></w:r></w:hyperlink>',
          '<w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t xml:space="preserve"> và </w:t></w:r></w:smartTag>',
          '<w:customXml w:element="x"><w:r><w:t>cải tiến</w:t></w:r></w:customXml>',
        ) +
        "</w:sdtContent><w:sdtEndPr/></w:sdt>",
    );
    expect(c.paragraphs).toEqual(["Tiêu chí 1.4: Tự đánh giá và cải tiến"]);
  });

  it("maps breaks, tabs and special characters, and ignores tab-stop definitions", () => {
    const c = readCell(
      p(
        '<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>',
        "<w:r><w:t>Tháng 9</w:t><w:tab/><w:t>2026</w:t><w:br/><w:t>đến</w:t><w:cr/><w:t>tháng 5</w:t></w:r>",
        '<w:r><w:br w:type="page"/><w:t>Covid</w:t><w:noBreakHyphen/><w:t>19</w:t><w:softHyphen/></w:r>',
        '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Times New Roman" w:char="2013"/><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>',
        '<w:r><w:lastRenderedPageBreak/><w:t>!</w:t></w:r>',
      ),
    );
    expect(c.text).toBe("Tháng 9\t2026\nđến\ntháng 5\nCovid-19\u00ad\u2013\t!");
  });

  it("keeps paragraphs apart, empty ones included", () => {
    const c = readCell(p(r("Tiêu chí")) + "<w:p/>" + p(r("3.1")));
    expect(c.paragraphs).toEqual(["Tiêu chí", "", "3.1"]);
    expect(c.text).toBe("Tiêu chí\n\n3.1");
  });

  it("normalises decomposed (NFD) diacritics to NFC", () => {
    const nfd = "Kinh phí dự kiến".normalize("NFD");
    expect(nfd).not.toBe("Kinh phí dự kiến");
    const c = readCell(p(r(nfd.slice(0, 7)), r(nfd.slice(7))));
    expect(c.text).toBe("Kinh phí dự kiến".normalize("NFC"));
  });

  it("skips drawings, text boxes and VML pictures, and reads mc:AlternateContent once", () => {
    const textBox =
      '<w:r><w:drawing><wp:inline><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>' +
      "<wps:wsp><wps:txbx><w:txbxContent>" +
      p(r("HỘP VĂN BẢN")) +
      "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
    const c = readCell(
      p(
        r("A"),
        `<mc:AlternateContent><mc:Choice Requires="wps">${textBox}</mc:Choice>` +
          `<mc:Fallback><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p(r("HỘP"))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>${r("B")}</mc:Fallback></mc:AlternateContent>`,
        `<mc:AlternateContent><mc:Choice Requires="w14">${r("C")}</mc:Choice><mc:Fallback>${r("C")}</mc:Fallback></mc:AlternateContent>`,
      ),
    );
    expect(c.text).toBe("ABC");
  });

  it("collects the ascii and hAnsi fonts of runs and paragraph marks", () => {
    const c = readCell(
      p(
        '<w:pPr><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:pPr>',
        r("Tiªu chÝ", '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime" w:cs="Arial"/></w:rPr>'),
        r(" 1", '<w:rPr><w:rFonts w:hAnsi="VNI-Times"/></w:rPr>'),
      ),
    );
    expect([...c.fonts].sort()).toEqual([".VnTime", ".VnTimeH", "VNI-Times"]);
    expect(c.text).toBe("Tiªu chÝ 1");
  });

  it("reads XML escapes and any prefix bound to the WordprocessingML namespace", () => {
    const xml =
      `<?xml version="1.0"?><x:document xmlns:x="${W_NS}"><x:body><x:tbl><x:tr><x:tc>` +
      '<x:p><x:r><x:t>a &lt;b&gt; &amp; "c" &#x1F600;</x:t></x:r></x:p></x:tc></x:tr></x:tbl></x:body></x:document>';
    const tables = readTables(xml);
    expect(at(at(at(tables, 0).rows, 0).cells, 0).text).toBe('a <b> & "c" 😀');
  });

  it("ignores text outside tables", () => {
    const tables = readTables(documentXml(paragraph("Tiêu chí 1.1") + table([row([cell("x")])]) + paragraph("Tiêu chí 1.5")));
    expect(tables).toHaveLength(1);
    expect(at(at(at(tables, 0).rows, 0).cells, 0).text).toBe("x");
    expect(readTables(documentXml(paragraph("không có bảng")))).toEqual([]);
  });
});

describe("readTables: grid geometry", () => {
  it("computes grid columns from w:gridBefore and gridSpans", () => {
    const [t] = readTables(
      documentXml(
        table(
          [
            row([cell("a", '<w:gridSpan w:val="2"/>'), cell("b"), cell("c", '<w:gridSpan w:val="3"/>')]),
            row([cell("d"), cell("e", '<w:gridSpan w:val="2"/>')], '<w:gridBefore w:val="2"/><w:wBefore w:w="2000" w:type="dxa"/>'),
          ],
          { gridCols: 6 },
        ),
      ),
    ) as [TableGrid];
    expect(at(t.rows, 0).cells.map((c) => [c.index, c.gridCol, c.gridSpan])).toEqual([
      [0, 0, 2],
      [1, 2, 1],
      [2, 3, 3],
    ]);
    expect(at(t.rows, 1).gridBefore).toBe(2);
    expect(at(t.rows, 1).cells.map((c) => [c.index, c.gridCol, c.gridSpan])).toEqual([
      [0, 2, 1],
      [1, 3, 2],
    ]);
    expect(t.gridCols).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
  });

  it("reads vMerge restart and continue (with and without w:val)", () => {
    const [t] = readTables(
      documentXml(
        table([
          row([cell("Tiêu chí 1.4", '<w:vMerge w:val="restart"/>'), cell("việc 1")]),
          row([cell("<w:p/>", "<w:vMerge/>"), cell("việc 2")]),
          row([cell("<w:p/>", '<w:vMerge w:val="continue"/>'), cell("việc 3")]),
          row([cell("Tiêu chí 1.5"), cell("việc 4")]),
        ]),
      ),
    ) as [TableGrid];
    expect(t.rows.map((rw) => at(rw.cells, 0).vMerge)).toEqual(["restart", "continue", "continue", null]);
  });

  it("does not read superseded properties of tracked formatting changes", () => {
    const c = readCell(
      p(r("x")),
      '<w:tcPr><w:gridSpan w:val="2"/><w:tcPrChange w:id="1" w:author="A"><w:tcPr><w:gridSpan w:val="5"/><w:vMerge w:val="restart"/></w:tcPr></w:tcPrChange></w:tcPr>',
    );
    expect([c.gridSpan, c.vMerge]).toEqual([2, null]);
  });

  it("marks header rows (w:tblHeader, not when switched off) and tracked row deletions", () => {
    const [t] = readTables(
      documentXml(
        table([
          row([cell("TT")], "<w:tblHeader/>"),
          row([cell("(1)")], '<w:tblHeader w:val="1"/>'),
          row([cell("1")], '<w:tblHeader w:val="0"/>'),
          row([cell("<w:p><w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>2</w:delText></w:r></w:del></w:p>")], '<w:del w:id="2" w:author="A"/>'),
        ]),
      ),
    ) as [TableGrid];
    expect(t.rows.map((rw) => [rw.isHeader, rw.isDeleted])).toEqual([
      [true, false],
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(at(at(t.rows, 3).cells, 0).text).toBe("");
  });
});

describe("readTables: nested tables", () => {
  const nested = table([row([cell("con 1"), cell("con 2")])], { gridCols: 2 });
  const xml = documentXml(
    table([row([cell(p(r("trước")) + nested + p(r("sau"))), cell("bên")])], { gridCols: 2 }) +
      table([row([cell("bảng hai")])]),
  );

  it("lists nested tables after their parent, with depth and parent, counted in the index", () => {
    const tables = readTables(xml);
    expect(tables.map((t) => [t.index, t.depth, t.parentIndex, t.isTopLevel])).toEqual([
      [0, 0, null, true],
      [1, 1, 0, false],
      [2, 0, null, true],
    ]);
    expect(at(at(at(tables, 1).rows, 0).cells, 1).text).toBe("con 2");
    expect(at(at(at(tables, 2).rows, 0).cells, 0).text).toBe("bảng hai");
  });

  it("keeps the nested table's text out of the parent cell", () => {
    const parent = at(readTables(xml), 0);
    const outer = at(at(parent.rows, 0).cells, 0);
    expect(outer.paragraphs).toEqual(["trước", "sau"]);
    expect(outer.nestedTables).toEqual([1]);
    expect(at(at(parent.rows, 0).cells, 1).text).toBe("bên");
    expect(parent.rows).toHaveLength(1);
  });
});

describe("readTables: borders", () => {
  const none = ["top", "left", "bottom", "right", "insideH", "insideV"].map((s) => `<w:${s} w:val="nil"/>`).join("");
  const hasBorders = (tblPr: string, tcPr = ""): boolean =>
    at(readTables(documentXml(table([row([cell("x", tcPr)])], { tblPr }))), 0).hasBorders;

  it("treats a table with no border and no style as a layout table", () => {
    expect(hasBorders("")).toBe(false);
    expect(hasBorders('<w:tblStyle w:val="TableNormal"/>')).toBe(false);
    expect(hasBorders("", "<w:tcBorders></w:tcBorders>")).toBe(false);
  });

  it("treats explicit none/nil table borders as borderless, even over a table style", () => {
    expect(hasBorders(`<w:tblStyle w:val="TableGrid"/><w:tblBorders>${none}</w:tblBorders>`)).toBe(false);
    expect(hasBorders(`<w:tblBorders>${none.replace(/nil/g, "none")}</w:tblBorders>`)).toBe(false);
  });

  it("sees borders given by the table, by a cell, or (assumed) by a table style", () => {
    expect(hasBorders('<w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders>')).toBe(true);
    expect(hasBorders(`<w:tblBorders>${none}</w:tblBorders>`, '<w:tcBorders><w:bottom w:val="single" w:sz="4"/></w:tcBorders>')).toBe(true);
    expect(hasBorders('<w:tblStyle w:val="TableGrid"/>')).toBe(true);
    expect(hasBorders('<w:tblStyle w:val="TableGrid"/><w:tblBorders><w:top w:val="nil"/></w:tblBorders>')).toBe(true);
  });

  it("reads the table style id", () => {
    expect(at(readTables(documentXml(table([row([cell("x")])], { tblPr: '<w:tblStyle w:val="LiBang"/>' }))), 0).style).toBe("LiBang");
  });
});

describe("readTables: positions for writing back", () => {
  const xml = documentXml(
    paragraph("Kế hoạch") +
      table(
        [
          row([cell("TT"), cell("Tiêu chí > 1 & <2>")], "<w:tblHeader/>"),
          '<w:tr w:rsidR="00112233" w:rsidTr="00445566">' + cell("1") + cell("x") + "</w:tr>",
          "<w:tr>" + cell("2") + cell(table([row([cell("lồng")])])) + "</w:tr>",
        ],
        { gridCols: 2 },
      ) +
      paragraph("sau bảng"),
  );

  it("slices the input exactly to each <w:tbl>…</w:tbl> and <w:tr …>…</w:tr>", () => {
    const tables = readTables(xml);
    const top = at(tables, 0);
    expect(xml.slice(top.start, top.end)).toMatch(/^<w:tbl><w:tblPr>[\s\S]*<\/w:tbl>$/);
    expect(xml.slice(top.end)).toMatch(/^<w:p><w:r><w:t xml:space="preserve">sau bảng/);
    const slices = top.rows.map((rw) => xml.slice(rw.start, rw.end));
    expect(slices[1]).toBe('<w:tr w:rsidR="00112233" w:rsidTr="00445566">' + cell("1") + cell("x") + "</w:tr>");
    expect(slices[0]).toMatch(/^<w:tr><w:trPr><w:tblHeader\/><\/w:trPr>[\s\S]*<\/w:tr>$/);
    expect(slices[2]).toMatch(/^<w:tr><w:tc>[\s\S]*lồng[\s\S]*<\/w:tr>$/);
    expect(slices.join("")).toBe(xml.slice(at(top.rows, 0).start, at(top.rows, 2).end));
    const inner = at(tables, 1);
    expect(xml.slice(inner.start, inner.end)).toMatch(/^<w:tbl>[\s\S]*lồng[\s\S]*<\/w:tbl>$/);
    expect(inner.start).toBeGreaterThan(at(top.rows, 2).start);
  });

  it("lets a writer insert a row after row N and leave every other byte untouched", () => {
    const before = readTables(xml);
    const afterRow = at(at(before, 0).rows, 1);
    const added = row([cell("1a"), cell("mới")]);
    const edited = xml.slice(0, afterRow.end) + added + xml.slice(afterRow.end);
    const after = readTables(edited);
    const rowsAfter = at(after, 0).rows;
    expect(rowsAfter.map((rw) => at(rw.cells, 0).text)).toEqual(["TT", "1", "1a", "2"]);
    for (const [i, j] of [[0, 0], [1, 1], [2, 3]] as const) {
      const old = at(at(before, 0).rows, i);
      const now = at(rowsAfter, j);
      expect(edited.slice(now.start, now.end)).toBe(xml.slice(old.start, old.end));
    }
  });
});

describe("readTables: bad XML", () => {
  it("throws a DocxError bad-xml for malformed XML", () => {
    expect(() => readTables("<w:document><w:body><w:tbl></w:body>")).toThrow(DocxError);
    try {
      readTables("<w:document><w:body><w:tbl></w:body>");
    } catch (error) {
      expect((error as DocxError).code).toBe("bad-xml");
      expect((error as DocxError).messageVi).toMatch(/bị hỏng/);
    }
  });

  it("throws for text that is not XML at all", () => {
    expect(() => readTables("không phải XML")).toThrow(DocxError);
  });
});

describe("readTables on a .docx built end to end", () => {
  it("reads the package's document the same way", async () => {
    const body = table([row([cell("TT"), cell("Dự kiến kinh phí")], "<w:tblHeader/>"), row([cell("1"), cell("Không")])], {
      gridCols: 2,
      tblPr: '<w:tblStyle w:val="TableGrid"/>',
    });
    const pkg = await openDocx(await buildDocx(body));
    const [t] = readTables(pkg.documentXml) as [TableGrid];
    expect(t.rows.map((rw) => rw.cells.map((c) => c.text))).toEqual([
      ["TT", "Dự kiến kinh phí"],
      ["1", "Không"],
    ]);
  });
});
