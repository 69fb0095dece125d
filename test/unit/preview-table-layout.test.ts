import { tableLayout, type TableLayout } from "../../src/preview/table-layout";
import { paragraphModel, visibleText } from "../../src/preview/paragraph-model";
import { paragraphIndexMap } from "../../src/preview/xml-nodes";
import { allParagraphs, bodyDocument, sampleDocument, topLevelTables } from "./preview-docx-fixture";

const cell = (text: string, tcPr = "") => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const grid = (n: number) => `<w:tblGrid>${"<w:gridCol w:w=\"1000\"/>".repeat(n)}</w:tblGrid>`;
const bordered = `<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>`;

function onlyTable(bodyXml: string) {
  const doc = bodyDocument(bodyXml);
  const tbl = topLevelTables(doc)[0];
  if (!tbl) throw new Error("fixture has no table");
  return { doc, layout: tableLayout(tbl) };
}

/** How many drawn cells cover each grid slot: 1 everywhere for a well-formed rectangular table. */
function coverage(layout: TableLayout): number[][] {
  const counts = layout.rows.map(() => new Array<number>(layout.columnCount).fill(0));
  layout.rows.forEach((row, r) => {
    for (const c of row.cells) {
      for (let dr = 0; dr < c.rowSpan; dr++) {
        for (let dc = 0; dc < c.colSpan; dc++) {
          const line = counts[r + dr];
          if (line) line[c.gridCol + dc] = (line[c.gridCol + dc] ?? 0) + 1;
        }
      }
    }
    for (let g = 0; g < row.gridBefore; g++) {
      const line = counts[r];
      if (line) line[g] = (line[g] ?? 0) + 1;
    }
  });
  return counts;
}

describe("tableLayout on the report sample (two-row header with gridSpan and vMerge)", () => {
  let layouts: TableLayout[];
  let texts: string[];

  beforeAll(async () => {
    const doc = await sampleDocument("bao-cao-tieu-hoc.docx");
    const index = paragraphIndexMap(doc);
    layouts = topLevelTables(doc).map((tbl) => tableLayout(tbl, index));
    texts = allParagraphs(doc).map((p) => visibleText(paragraphModel(p)));
  });

  const cellText = (pIndexes: number[]) => pIndexes.map((i) => texts[i]).join("\n");

  it("finds the three top-level tables, only the middle one with borders", () => {
    expect(layouts).toHaveLength(3);
    expect(layouts.map((l) => l.borderless)).toEqual([true, false, true]);
  });

  it("turns the vertically merged header cells into rowSpan 2 and the spanned ones into colSpan", () => {
    const report = layouts[1]!;
    expect(report.columnCount).toBe(8);
    const [first, second] = report.rows;
    expect(first!.header && second!.header).toBe(true);
    expect(first!.cells.map((c) => [c.gridCol, c.colSpan, c.rowSpan])).toEqual([
      [0, 1, 2],
      [1, 1, 2],
      [2, 2, 1],
      [4, 3, 1],
      [7, 1, 2],
    ]);
    expect(first!.cells.map((c) => cellText(c.pIndexes))).toEqual([
      "TT",
      "Tiêu chuẩn, tiêu chí",
      expect.stringContaining("ND Kế hoạch cải tiến"),
      "Kết quả thực hiện",
      "Ghi chú",
    ]);
    // The continuation cells under TT, Tiêu chuẩn and Ghi chú are not drawn a second time.
    expect(second!.cells.map((c) => c.gridCol)).toEqual([2, 3, 4, 5, 6]);
  });

  it("draws the MỨC 1 group row as one cell across the whole table", () => {
    const level = layouts[1]!.rows[2]!;
    expect(level.cells).toHaveLength(1);
    expect(level.cells[0]!.colSpan).toBe(8);
    expect(cellText(level.cells[0]!.pIndexes).replace(/\s+/g, " ")).toBe("MỨC 1");
  });

  it("covers every grid slot exactly once in every table", () => {
    for (const layout of layouts) {
      for (const line of coverage(layout)) expect(line.every((n) => n === 1)).toBe(true);
    }
  });

  it("resolves the report's borders from w:tblBorders: outer edges and inside lines are single", () => {
    const corner = layouts[1]!.rows[0]!.cells[0]!;
    expect(corner.borders.top).toEqual({ style: "single", eighths: 4, color: "#000000" });
    expect(corner.borders.left?.style).toBe("single");
    expect(corner.borders.right?.style).toBe("single");
  });
});

describe("tableLayout on the other samples", () => {
  it.each(["ke-hoach-2026-thcs.docx", "ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx"])(
    "%s: every grid slot covered once, every paragraph of a table in exactly one drawn cell",
    async (name) => {
      const doc = await sampleDocument(name);
      const index = paragraphIndexMap(doc);
      for (const tbl of topLevelTables(doc)) {
        const layout = tableLayout(tbl, index);
        for (const line of coverage(layout)) expect(line.every((n) => n === 1)).toBe(true);
        const drawn = layout.rows.flatMap((row) => row.cells.flatMap((c) => c.pIndexes));
        expect(new Set(drawn).size).toBe(drawn.length);
      }
    },
  );

  it("reads the 2026 sample's layout tables as borderless and its data tables as bordered", async () => {
    const doc = await sampleDocument("ke-hoach-2026-thcs.docx");
    expect(topLevelTables(doc).map((tbl) => tableLayout(tbl).borderless)).toEqual([true, false, false, false, true]);
  });

  it("takes cell borders from w:tcBorders when the table declares none (LibreOffice output)", async () => {
    const doc = await sampleDocument("ke-hoach-tieu-hoc.docx");
    const [header, plan] = topLevelTables(doc).map((tbl) => tableLayout(tbl));
    expect(header!.borderless).toBe(true);
    expect(plan!.borderless).toBe(false);
    expect(plan!.rows[0]!.cells[0]!.borders.left).toEqual({ style: "single", eighths: 6, color: "#808080" });
  });
});

describe("tableLayout on small fixtures", () => {
  it("spans a vertical merge over three rows, also when the merged cell spans two grid columns", () => {
    const { layout } = onlyTable(
      `<w:tbl>${bordered}${grid(3)}` +
        `<w:tr>${cell("A", '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')}${cell("B")}</w:tr>` +
        `<w:tr>${cell("", '<w:gridSpan w:val="2"/><w:vMerge/>')}${cell("C")}</w:tr>` +
        `<w:tr>${cell("", '<w:gridSpan w:val="2"/><w:vMerge w:val="continue"/>')}${cell("D")}</w:tr>` +
        `<w:tr>${cell("E")}${cell("F")}${cell("G")}</w:tr></w:tbl>`,
    );
    expect(layout.rows.map((row) => row.cells.map((c) => [c.gridCol, c.colSpan, c.rowSpan]))).toEqual([
      [[0, 2, 3], [2, 1, 1]],
      [[2, 1, 1]],
      [[2, 1, 1]],
      [[0, 1, 1], [1, 1, 1], [2, 1, 1]],
    ]);
    // The bottom of the merged cell is the inside line above row 4, not the table's bottom edge.
    expect(layout.rows[0]!.cells[0]!.borders.bottom?.style).toBe("single");
  });

  it("draws a continuation cell with nothing above it as an ordinary cell (Word does the same)", () => {
    const { layout } = onlyTable(`<w:tbl>${grid(2)}<w:tr>${cell("X", "<w:vMerge/>")}${cell("Y")}</w:tr></w:tbl>`);
    expect(layout.rows[0]!.cells.map((c) => [c.gridCol, c.rowSpan])).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it("stops a merge at a row whose cell in that column is not a continuation", () => {
    const { layout } = onlyTable(
      `<w:tbl>${grid(1)}<w:tr>${cell("A", '<w:vMerge w:val="restart"/>')}</w:tr><w:tr>${cell("B", '<w:vMerge w:val="restart"/>')}</w:tr><w:tr>${cell("", "<w:vMerge/>")}</w:tr></w:tbl>`,
    );
    expect(layout.rows.map((row) => row.cells.map((c) => c.rowSpan))).toEqual([[1], [2], []]);
  });

  it("honours w:gridBefore: the first cell starts after the skipped columns", () => {
    const { layout } = onlyTable(
      `<w:tbl>${grid(3)}<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell("A")}${cell("B")}</w:tr><w:tr>${cell("C")}${cell("D")}${cell("E")}</w:tr></w:tbl>`,
    );
    expect(layout.rows[0]!.gridBefore).toBe(1);
    expect(layout.rows[0]!.cells.map((c) => c.gridCol)).toEqual([1, 2]);
    for (const line of coverage(layout)) expect(line).toEqual([1, 1, 1]);
  });

  it("reads shading fills, ignoring 'auto' and anything that is not a hex colour", () => {
    const { layout } = onlyTable(
      `<w:tbl>${grid(3)}<w:tr>${cell("A", '<w:shd w:val="clear" w:fill="D9E2F3"/>')}${cell("B", '<w:shd w:fill="auto"/>')}${cell("C", '<w:shd w:fill="red;x:1"/>')}</w:tr></w:tbl>`,
    );
    expect(layout.rows[0]!.cells.map((c) => c.shading)).toEqual(["#d9e2f3", null, null]);
  });

  it("lets a cell's w:tcBorders switch off a table border on one side only", () => {
    const { layout } = onlyTable(
      `<w:tbl>${bordered}${grid(2)}<w:tr>${cell("A", '<w:tcBorders><w:right w:val="nil"/></w:tcBorders>')}${cell("B")}</w:tr></w:tbl>`,
    );
    const a = layout.rows[0]!.cells[0]!;
    expect(a.borders.right).toBeNull();
    expect(a.borders.left?.style).toBe("single");
    expect(layout.borderless).toBe(false);
  });

  it("assumes grid borders for a named table style without w:tblBorders, none without a style", () => {
    const styled = onlyTable(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${grid(1)}<w:tr>${cell("A")}</w:tr></w:tbl>`);
    const plain = onlyTable(`<w:tbl>${grid(1)}<w:tr>${cell("A")}</w:tr></w:tbl>`);
    expect(styled.layout.borderless).toBe(false);
    expect(plain.layout.borderless).toBe(true);
  });

  it("marks repeated header rows and reads vertical alignment", () => {
    const { layout } = onlyTable(
      `<w:tbl>${grid(1)}<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell("H", '<w:vAlign w:val="center"/>')}</w:tr><w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr>${cell("D")}</w:tr></w:tbl>`,
    );
    expect(layout.rows.map((row) => row.header)).toEqual([true, false]);
    expect(layout.rows[0]!.cells[0]!.vAlign).toBe("middle");
  });

  it("counts paragraphs of a nested table in the outer cell, with document-wide indexes", () => {
    const nested = `<w:tbl>${grid(1)}<w:tr>${cell("inner")}</w:tr></w:tbl>`;
    const { doc, layout } = onlyTable(
      `<w:p><w:r><w:t>before</w:t></w:r></w:p><w:tbl>${grid(2)}<w:tr><w:tc><w:p><w:r><w:t>outer</w:t></w:r></w:p>${nested}<w:p/></w:tc>${cell("right")}</w:tr></w:tbl>`,
    );
    const texts = allParagraphs(doc).map((p) => visibleText(paragraphModel(p)));
    const [left, right] = layout.rows[0]!.cells;
    expect(left!.pIndexes.map((i) => texts[i])).toEqual(["outer", "inner", ""]);
    expect(left!.pIndexes[0]).toBe(1);
    expect(right!.pIndexes.map((i) => texts[i])).toEqual(["right"]);
  });

  it("finds rows and cells wrapped in content controls", () => {
    const { layout } = onlyTable(
      `<w:tbl>${grid(2)}<w:sdt><w:sdtContent><w:tr>${cell("A")}<w:sdt><w:sdtContent>${cell("B")}</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>`,
    );
    expect(layout.rows).toHaveLength(1);
    expect(layout.rows[0]!.cells.map((c) => c.gridCol)).toEqual([0, 1]);
  });

  it("copes with a table without w:tblGrid or rows", () => {
    expect(onlyTable(`<w:tbl/>`).layout).toMatchObject({ gridCols: [], columnCount: 0, rows: [], borderless: true });
    const { layout } = onlyTable(`<w:tbl><w:tr>${cell("A", '<w:gridSpan w:val="3"/>')}</w:tr></w:tbl>`);
    expect(layout.columnCount).toBe(3);
  });
});
