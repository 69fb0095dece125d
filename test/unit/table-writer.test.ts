import { DOMParser, type Element } from "@xmldom/xmldom";
import fc from "fast-check";
import JSZip from "jszip";
import { ISSUES_2026, MONITORING_2026, PLAN_2018, PLAN_2026, REPORT_2018, writtenColumns } from "../../src/core/forms";
import { formTable } from "../../src/core/tables/from-form";
import type { CellSpec, DocumentSpec, Layout, RowSpec, TableSpec } from "../../src/core/tables/spec";
import { flatOpcDocumentXml, openDocx, readTables } from "../../src/ooxml";
import { blocksFlatOpc, tableFlatOpc } from "../../src/ooxml/write/blocks";
import { documentToDocx } from "../../src/ooxml/write/docx";
import { documentXml, W_NS } from "../../src/ooxml/write/flat-opc";
import { pageGeometry } from "../../src/ooxml/write/page";
import { gridWidths, MIN_COLUMN_WIDTH, tableXml } from "../../src/ooxml/write/table";

const LANDSCAPE: Layout = { orientation: "landscape", fontSizePt: 13 };

function parseXml(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && problems.push(message)) }).parseFromString(
    xml,
    "text/xml",
  );
  expect(problems).toEqual([]);
  return doc;
}

const children = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W_NS, name) ?? null;

function onlyTable(xml: string) {
  const tables = readTables(documentXml(xml));
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

const cell = (text: string, extra: Partial<CellSpec> = {}): CellSpec => ({ paragraphs: [{ runs: [{ text }] }], ...extra });

describe("tableXml", () => {
  test("is well-formed, single-bordered, fixed layout, and spans the usable A4 width in both orientations", () => {
    for (const orientation of ["landscape", "portrait"] as const) {
      const xml = tableXml(formTable(PLAN_2026, []), { orientation, fontSizePt: 13 });
      const doc = parseXml(documentXml(xml));
      const tbl = doc.getElementsByTagNameNS(W_NS, "tbl")[0]!;
      const tblPr = children(tbl, "tblPr")[0]!;
      const usable = pageGeometry(orientation).usableWidth;
      // A4 minus 3 cm left and 1.5 cm right margins.
      expect(usable).toBe(orientation === "landscape" ? 16838 - 1701 - 850 : 11906 - 1701 - 850);
      expect(attr(children(tblPr, "tblW")[0], "w")).toBe(String(usable));
      expect(attr(children(tblPr, "tblW")[0], "type")).toBe("dxa");
      expect(attr(children(tblPr, "tblLayout")[0], "type")).toBe("fixed");
      for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
        expect(attr(children(children(tblPr, "tblBorders")[0]!, side)[0], "val")).toBe("single");
      }
      const grid = children(children(tbl, "tblGrid")[0]!, "gridCol").map((g) => Number(attr(g, "w")));
      expect(grid).toHaveLength(10);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(usable);
      // Cell widths follow the grid.
      const firstRowWidths = children(children(tbl, "tr")[0]!, "tc").map((tc) => Number(attr(children(children(tc, "tcPr")[0]!, "tcW")[0], "w")));
      expect(firstRowWidths).toEqual(grid);
    }
  });

  test("headers are the forms' own, bold, centred and repeated; the 2026 numbering row is italic and repeated too", () => {
    for (const form of [PLAN_2018, PLAN_2026, ISSUES_2026, MONITORING_2026]) {
      const xml = tableXml(formTable(form, []), LANDSCAPE);
      const table = onlyTable(xml);
      expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(writtenColumns(form).map((c) => c.header));
      expect(table.rows.every((r) => r.isHeader)).toBe(true);
      expect(table.rows).toHaveLength(form.numberingRow ? 2 : 1);
      expect(table.hasBorders).toBe(true);
    }
    const plan = onlyTable(tableXml(formTable(PLAN_2026, []), LANDSCAPE));
    expect(plan.rows[1]!.cells.map((c) => c.text)).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]);

    const doc = parseXml(documentXml(tableXml(formTable(PLAN_2026, []), LANDSCAPE)));
    const [header, numbering] = Array.from(doc.getElementsByTagNameNS(W_NS, "tr"));
    for (const run of Array.from(header!.getElementsByTagNameNS(W_NS, "r"))) expect(run.getElementsByTagNameNS(W_NS, "b")).toHaveLength(1);
    for (const run of Array.from(numbering!.getElementsByTagNameNS(W_NS, "r"))) {
      expect(run.getElementsByTagNameNS(W_NS, "i")).toHaveLength(1);
      expect(run.getElementsByTagNameNS(W_NS, "b")).toHaveLength(0);
    }
    for (const p of Array.from(header!.getElementsByTagNameNS(W_NS, "p"))) expect(attr(p.getElementsByTagNameNS(W_NS, "jc")[0], "val")).toBe("center");
    for (const tr of [header!, numbering!]) {
      const trPr = children(tr, "trPr")[0]!;
      expect(children(trPr, "tblHeader")).toHaveLength(1);
      expect(children(trPr, "cantSplit")).toHaveLength(1);
    }
  });

  test("the 2018 report's two-row header: group cells span their columns, the others merge vertically", () => {
    const table = onlyTable(tableXml(formTable(REPORT_2018, []), LANDSCAPE));
    const [top, bottom] = table.rows;
    expect(top!.cells.map((c) => [c.text, c.gridSpan, c.vMerge])).toEqual([
      ["TT", 1, "restart"],
      ["Tiêu chuẩn, tiêu chí", 1, "restart"],
      [REPORT_2018.headerGroups![0]!.header, 2, null],
      [REPORT_2018.headerGroups![1]!.header, 3, null],
      ["Ghi chú", 1, "restart"],
    ]);
    expect(bottom!.cells.map((c) => [c.gridCol, c.vMerge])).toEqual([
      [0, "continue"],
      [1, "continue"],
      [2, null],
      [3, null],
      [4, null],
      [5, null],
      [6, null],
      [7, "continue"],
    ]);
    expect(bottom!.cells.slice(2, 7).map((c) => c.text)).toEqual(["ndDauNam", "ndDieuChinh", "daXong", "dangTrienKhai", "chuaTrienKhai"].map((k) => REPORT_2018.columns.find((c) => c.key === k)!.header));
    expect(table.rows.every((r) => r.isHeader)).toBe(true);
  });

  test("every run carries Times New Roman and the chosen size; empty cells keep the size on the paragraph mark", () => {
    const spec = formTable(PLAN_2018, [{ kind: "item", cells: writtenColumns(PLAN_2018).map((c, i) => (i === 1 ? cell("Tiêu chí 1.4") : { paragraphs: [] })) }]);
    for (const fontSizePt of [13, 12] as const) {
      const doc = parseXml(documentXml(tableXml(spec, { orientation: "landscape", fontSizePt })));
      const runs = Array.from(doc.getElementsByTagNameNS(W_NS, "r"));
      expect(runs.length).toBeGreaterThan(9);
      for (const run of runs) {
        const rPr = children(run, "rPr")[0]!;
        expect(attr(children(rPr, "rFonts")[0], "ascii")).toBe("Times New Roman");
        expect(attr(children(rPr, "rFonts")[0], "hAnsi")).toBe("Times New Roman");
        expect(attr(children(rPr, "sz")[0], "val")).toBe(String(fontSizePt * 2));
        // Schema order inside w:rPr: rFonts first, sz after b/i.
        expect((rPr.firstChild as Element).localName).toBe("rFonts");
      }
      for (const p of Array.from(doc.getElementsByTagNameNS(W_NS, "p"))) {
        const markSize = children(children(children(p, "pPr")[0]!, "rPr")[0]!, "sz")[0];
        expect(attr(markSize, "val")).toBe(String(fontSizePt * 2));
      }
      // Every w:tc has at least one paragraph, even when the spec gives none.
      for (const tc of Array.from(doc.getElementsByTagNameNS(W_NS, "tc"))) expect(children(tc, "p").length).toBeGreaterThan(0);
    }
  });

  test("gridSpan and vMerge of body cells are written as specified", () => {
    const spec: TableSpec = {
      formId: null,
      columns: [1, 2, 3].map((w, i) => ({ key: `c${i}`, header: `H${i}`, width: w })),
      headerRows: [[{ text: "H0" }, { text: "H1–2", gridSpan: 2 }]],
      rows: [
        { kind: "level", cells: [cell("MỨC 2", { gridSpan: 3 })] },
        { kind: "item", cells: [cell("a", { vMerge: "restart" }), cell("b"), cell("c")] },
        { kind: "item", cells: [cell("", { vMerge: "continue" }), cell("d", { gridSpan: 2 })] },
      ],
    };
    const table = onlyTable(tableXml(spec, LANDSCAPE));
    expect(table.rows.map((r) => r.cells.map((c) => [c.gridCol, c.gridSpan, c.vMerge, c.text]))).toEqual([
      [
        [0, 1, null, "H0"],
        [1, 2, null, "H1–2"],
      ],
      [[0, 3, null, "MỨC 2"]],
      [
        [0, 1, "restart", "a"],
        [1, 1, null, "b"],
        [2, 1, null, "c"],
      ],
      [
        [0, 1, "continue", ""],
        [1, 2, null, "d"],
      ],
    ]);
    expect(table.rows.map((r) => r.isHeader)).toEqual([true, false, false, false]);
  });

  test("a row whose cells do not cover the grid is refused with a clear error", () => {
    const spec = formTable(PLAN_2026, [{ kind: "task", cells: [cell("1"), cell("x")] }]);
    expect(() => tableXml(spec, LANDSCAPE)).toThrow("Row 1: its cells span 2 grid columns, the table has 10");
    expect(() => tableXml({ ...spec, rows: [{ kind: "task", cells: [cell("x", { gridSpan: 0 })] }] }, LANDSCAPE)).toThrow(/gridSpan/);
    expect(() => tableXml({ ...spec, columns: [] }, LANDSCAPE)).toThrow(/at least one column/);
  });

  test("a layout table (borders: false) has no borders and reads back as borderless", () => {
    const spec: TableSpec = { formId: null, borders: false, columns: [{ key: "l", header: "", width: 1 }, { key: "r", header: "", width: 1 }], headerRows: [], rows: [{ kind: "plain", cells: [cell("A"), cell("B")] }] };
    const table = onlyTable(tableXml(spec, LANDSCAPE));
    expect(table.hasBorders).toBe(false);
    expect(table.rows[0]!.isHeader).toBe(false);
  });

  test("property: any cell text (markup characters, tabs, line breaks, emoji, NFD) reads back as written", () => {
    const units = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ 0123456789.,:;-–/()", "<", ">", "&", '"', "'", "\t", "\n", "\r\n", "😀", "👩‍🏫", "e\u0301", "a\u0323\u0306", "]]>", "&amp;"];
    const text = fc.array(fc.constantFrom(...units), { maxLength: 25 }).map((parts) => parts.join(""));
    const paragraph = fc.record({
      runs: fc.array(fc.record({ text, bold: fc.boolean(), italic: fc.boolean() }), { maxLength: 3 }),
      indent: fc.constantFrom(undefined, 0, 1, 2),
    });
    const columnsCount = fc.integer({ min: 1, max: 10 });
    const tableArb = columnsCount.chain((n) =>
      fc.record({
        widths: fc.array(fc.double({ min: 0.2, max: 6, noNaN: true }), { minLength: n, maxLength: n }),
        rows: fc.array(
          fc.array(fc.integer({ min: 1, max: n }), { minLength: 1, maxLength: n }).chain((spans) => {
            // Spans cut to cover exactly n grid columns.
            const cut: number[] = [];
            let left = n;
            for (const s of spans) {
              if (left === 0) break;
              cut.push(Math.min(s, left));
              left -= Math.min(s, left);
            }
            if (left > 0) cut.push(left);
            return fc.tuple(...cut.map((span) => fc.record({ span: fc.constant(span), paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }) })));
          }),
          { maxLength: 6 },
        ),
      }),
    );
    fc.assert(
      fc.property(tableArb, fc.constantFrom<Layout>(LANDSCAPE, { orientation: "portrait", fontSizePt: 12 }), ({ widths, rows }, layout) => {
        const spec: TableSpec = {
          formId: null,
          columns: widths.map((w, i) => ({ key: `k${i}`, header: `Cột ${i + 1} <&>`, width: w })),
          headerRows: [widths.map((_, i) => ({ text: `Cột ${i + 1} <&>` }))],
          rows: rows.map((cells): RowSpec => ({ kind: "item", cells: cells.map((c) => ({ paragraphs: c.paragraphs, gridSpan: c.span })) })),
        };
        const xml = tableXml(spec, layout);
        parseXml(documentXml(xml));
        const table = onlyTable(xml);
        expect(table.gridCols.reduce((a, b) => a + b, 0)).toBe(pageGeometry(layout.orientation).usableWidth);
        expect(table.rows).toHaveLength(rows.length + 1);
        rows.forEach((cells, r) => {
          const read = table.rows[r + 1]!;
          expect(read.cells.map((c) => c.gridSpan)).toEqual(cells.map((c) => c.span));
          expect(read.cells.map((c) => c.paragraphs)).toEqual(
            cells.map((c) => c.paragraphs.map((p) => p.runs.map((run) => run.text.replace(/\r\n/g, "\n")).join("").normalize("NFC"))),
          );
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("gridWidths", () => {
  test("shares the total out by weight and sums exactly to it", () => {
    expect(gridWidths([1, 1, 1], 100, 0)).toEqual([33, 34, 33]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 15 }), fc.integer({ min: 2000, max: 20000 }), (weights, total) => {
        fc.pre(weights.some((w) => w > 0));
        const widths = gridWidths(weights, total);
        expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
        const floor = Math.min(MIN_COLUMN_WIDTH, Math.floor(total / weights.length));
        // Rounding costs at most one twip against the floor.
        for (const w of widths) expect(w).toBeGreaterThanOrEqual(floor - 1);
      }),
    );
  });

  test("keeps a narrow column (TT in portrait) at least 1.1 cm wide, taking the room from the others", () => {
    const widths = gridWidths([1, 20, 20], 9355);
    expect(widths[0]).toBe(MIN_COLUMN_WIDTH);
    expect(widths[1]! - widths[2]!).toBeLessThanOrEqual(1);
    expect(() => gridWidths([], 100)).toThrow(/widths/);
    expect(() => gridWidths([0, 0], 100)).toThrow(/widths/);
    expect(() => gridWidths([1, -1], 100)).toThrow(/widths/);
  });
});

describe("flat OPC and .docx", () => {
  const spec = formTable(PLAN_2026, [{ kind: "task", cells: writtenColumns(PLAN_2026).map((_, i) => cell(i === 0 ? "1" : `ô ${i} & <x>`)) }]);

  test("tableFlatOpc is a package Word's insertOoxml takes, holding the table followed by a paragraph", () => {
    const flat = tableFlatOpc(spec, LANDSCAPE);
    const doc = parseXml(flat);
    expect(doc.documentElement!.localName).toBe("package");
    const body = doc.getElementsByTagNameNS(W_NS, "body")[0]!;
    expect(Array.from(body.childNodes).map((n) => (n as Element).localName)).toEqual(["tbl", "p"]);
    const table = onlyTableOf(flatOpcDocumentXml(flat));
    expect(table.rows[2]!.cells[1]!.text).toBe("ô 1 & <x>");
  });

  test("blocksFlatOpc separates adjacent tables with a paragraph so Word does not join them", () => {
    const flat = blocksFlatOpc(
      [
        { kind: "paragraph", paragraph: { runs: [{ text: "V. KẾ HOẠCH", bold: true }], heading: true } },
        { kind: "table", table: spec },
        { kind: "table", table: spec },
      ],
      LANDSCAPE,
    );
    const body = parseXml(flat).getElementsByTagNameNS(W_NS, "body")[0]!;
    expect(Array.from(body.childNodes).map((n) => (n as Element).localName)).toEqual(["p", "tbl", "p", "tbl", "p"]);
    expect(readTables(flatOpcDocumentXml(flat))).toHaveLength(2);
  });

  test("documentToDocx writes a package openDocx reads, with A4 landscape or portrait, margins and a Vietnamese TNR Normal style", async () => {
    for (const [orientation, fontSizePt] of [["landscape", 13], ["portrait", 12]] as const) {
      const document: DocumentSpec = { orientation, fontSizePt, title: "Kế hoạch & <thử>", blocks: [{ kind: "table", table: spec }] };
      const bytes = await documentToDocx(document, { created: new Date("2026-08-01T00:00:00Z") });
      const pkg = await openDocx(bytes);
      const zip = await JSZip.loadAsync(bytes);
      expect(Object.keys(zip.files).filter((f) => !f.endsWith("/")).sort()).toEqual(
        ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml"].sort(),
      );
      for (const name of Object.keys(zip.files)) if (!name.endsWith("/")) parseXml(await zip.file(name)!.async("string"));
      const doc = parseXml(pkg.documentXml);
      const pgSz = doc.getElementsByTagNameNS(W_NS, "pgSz")[0];
      expect([attr(pgSz, "w"), attr(pgSz, "h"), attr(pgSz, "orient")]).toEqual(orientation === "landscape" ? ["16838", "11906", "landscape"] : ["11906", "16838", null]);
      const pgMar = doc.getElementsByTagNameNS(W_NS, "pgMar")[0];
      expect([attr(pgMar, "top"), attr(pgMar, "bottom"), attr(pgMar, "left"), attr(pgMar, "right")]).toEqual(["1134", "1134", "1701", "850"]);
      // The body ends with a paragraph before w:sectPr, never with the table.
      const body = doc.getElementsByTagNameNS(W_NS, "body")[0]!;
      expect(Array.from(body.childNodes).map((n) => (n as Element).localName)).toEqual(["tbl", "p", "sectPr"]);
      const styles = await zip.file("word/styles.xml")!.async("string");
      expect(styles).toContain('w:ascii="Times New Roman"');
      expect(styles).toContain(`<w:sz w:val="${fontSizePt * 2}"/>`);
      expect(styles).toContain('<w:lang w:val="vi-VN"');
      expect(await zip.file("docProps/core.xml")!.async("string")).toContain("<dc:title>Kế hoạch &amp; &lt;thử&gt;</dc:title>");
      expect(readTables(pkg.documentXml)[0]!.rows[2]!.cells[3]!.text).toBe("ô 3 & <x>");
    }
  });
});

function onlyTableOf(document: string) {
  const tables = readTables(document);
  expect(tables).toHaveLength(1);
  return tables[0]!;
}
