/**
 * 2018-era plan → report table: written as a .docx, read back with the OOXML reader and the plan model, so every
 * assertion is about what Word and the checker will see.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocumentModel, type DocumentModel } from "../../src/core/plan";
import { REPORT_2018 } from "../../src/core/forms";
import { ReportError, reportBlocks, reportDocument, type ReportOptions } from "../../src/core/report";
import type { TableSpec } from "../../src/core/tables/spec";
import { COPY_FOR_NEW_DOCUMENT, COPY_FOR_SAME_DOCUMENT, paragraphSource } from "../../src/ooxml/copy-paragraphs";
import { openDocx } from "../../src/ooxml/package";
import { readTables } from "../../src/ooxml/read-tables";
import type { Row, TableGrid } from "../../src/ooxml/table-grid";
import { blocksFlatOpc } from "../../src/ooxml/write/blocks";
import { documentToDocx } from "../../src/ooxml/write/docx";
import { flatOpcDocumentXml } from "../../src/ooxml/package";
import { documentXml } from "../support/docx-builder";
import { HEADER_2018, paragraphXml, planOf, planTable, row2018, encodeTcvn3, type CellInput, type PlanDocument } from "../support/plan-fixtures";
import { BOLD_RUN, canonicalPlan2018Xml, eightColumnPlan2018Xml } from "../support/report-fixtures";

const SAMPLES = path.resolve(__dirname, "../../samples");


async function samplePlan(name: string): Promise<PlanDocument> {
  const { documentXml: xml } = await openDocx(readFileSync(path.join(SAMPLES, name)));
  return planOf(xml);
}

interface Written {
  xml: string;
  grid: TableGrid;
  model: DocumentModel;
}

/** The report as the CLI writes it, read back. */
async function written(plan: PlanDocument, tableIndex: number, options: ReportOptions = {}): Promise<Written> {
  const spec = reportDocument(plan.model, tableIndex, { source: paragraphSource(plan.xml, plan.grids, COPY_FOR_NEW_DOCUMENT), ...options });
  const { documentXml: xml } = await openDocx(await documentToDocx(spec));
  const grids = readTables(xml);
  // Letterhead, report, signature block (the frame is tested in cli-report.test.ts): the report is the middle one.
  expect(grids).toHaveLength(3);
  const report = grids[1]!;
  return { xml, grid: report, model: readDocumentModel([report], { documentXml: xml }) };
}

const texts = (row: Row): string[] => row.cells.map((c) => c.text);
const cellXml = (w: Written, row: number, cell: number): string => {
  const c = w.grid.rows[row]!.cells[cell]!;
  return w.xml.slice(c.start, c.end);
};
/** Body rows (after the two header rows). */
const body = (w: Written): Row[] => w.grid.rows.slice(2);

const BOLD = BOLD_RUN;

function fixturePlan(): PlanDocument {
  const xml = canonicalPlan2018Xml();
  expect(xml).toContain(BOLD);
  return planOf(xml);
}

describe("2018 plan → report table", () => {
  test("two header rows from the form, the school year filled in, with the report form's merges", async () => {
    const w = await written(fixturePlan(), 0);
    const [top, bottom] = [w.grid.rows[0]!, w.grid.rows[1]!];
    expect(top.isHeader && bottom.isHeader).toBe(true);
    expect(top.cells.map((c) => [c.gridCol, c.gridSpan, c.vMerge])).toEqual([
      [0, 1, "restart"],
      [1, 1, "restart"],
      [2, 2, null],
      [4, 3, null],
      [7, 1, "restart"],
    ]);
    expect(texts(top)).toEqual(["TT", "Tiêu chuẩn, tiêu chí", "ND kế hoạch cải tiến chất lượng giáo dục năm học 2024 – 2025", "Kết quả thực hiện", "Ghi chú"]);
    expect(bottom.cells.map((c) => c.vMerge)).toEqual(["continue", "continue", null, null, null, null, null, "continue"]);
    expect(texts(bottom).slice(2, 7)).toEqual(REPORT_2018.columns.slice(2, 7).map((c) => c.header));
    expect(w.xml).toContain("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024 – 2025");
    expect(w.xml).toContain('w:orient="landscape"');
  });

  test("level and standard rows carried over; one row per plan item, in order; the reader sees a report with the same items", async () => {
    const plan = fixturePlan();
    const w = await written(plan, 0);
    const rows = body(w);
    expect(rows.map((r) => r.cells.length)).toEqual([1, 2, 8, 8, 8, 2, 8]);
    expect(rows[0]!.cells[0]!.gridSpan).toBe(8);
    expect(texts(rows[0]!)).toEqual(["MỨC 2"]);
    expect(texts(rows[1]!)).toEqual(["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"]);
    expect(texts(rows[5]!)).toEqual(["3", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"]);
    const report = w.model.tables[0]!;
    expect(report.kind).toBe("report");
    expect(report.form).toBe("report-2018");
    const planItems = plan.model.tables[0]!.items;
    expect(planItems.map((i) => (i.type === "criterion" ? i.criterion : "?"))).toEqual(["1.4", "1.5", "1.5", "3.1"]);
    expect(report.items.map((i) => (i.type === "criterion" ? [i.criterion, i.standard, i.level] : []))).toEqual([
      ["1.4", 1, "2"],
      ["1.5", 1, "2"],
      ["1.5", 1, "2"],
      ["3.1", 3, "2"],
    ]);
    // The result columns are left to fill.
    for (const item of report.items) for (const key of ["ndDieuChinh", "daXong", "dangTrienKhai", "chuaTrienKhai", "ghiChu"]) expect(item.fields[key]!.text).toBe("");
  });

  test("a split row's pieces land in one report row; kết quả cần đạt, công việc and thời gian are labelled; bold and line breaks survive", async () => {
    const w = await written(fixturePlan(), 0);
    const first = body(w)[2]!;
    expect(first.cells[1]!.paragraphs).toEqual(["Tiêu chí 1.4", "Điểm yếu: còn chậm"]);
    expect(first.cells[2]!.paragraphs).toEqual([
      "Kết quả cần đạt: Đạt Mức 2",
      "Công việc/giải pháp:",
      "Rà soát kế hoạch",
      "ĐẬM giữa\ndòng",
      "Bổ sung minh chứng",
      "Thời gian: Tháng 10/2024",
    ]);
    const xml = cellXml(w, 4, 2);
    expect(xml).toContain(BOLD);
    expect(xml).toContain("<w:br/>");
    // Labels are bold runs of their own.
    expect(xml).toMatch(/<w:b\/><w:bCs\/>(?:<w:sz[^>]*\/>)*<\/w:rPr><w:t xml:space="preserve">Kết quả cần đạt: <\/w:t>/);
    // Phụ trách, kinh phí are not part of the report.
    expect(first.cells.map((c) => c.text).join("|")).not.toMatch(/Hiệu trưởng|Không|Thư ký/);
  });

  test("a criterion cell merged over two task rows stays merged over two report rows", async () => {
    const w = await written(fixturePlan(), 0);
    const [task1, task2] = [body(w)[3]!, body(w)[4]!];
    expect([task1.cells[1]!.vMerge, task2.cells[1]!.vMerge]).toEqual(["restart", "continue"]);
    expect(task1.cells[1]!.text).toBe("Tiêu chí 1.5: Lớp học");
    expect(task1.cells[2]!.paragraphs).toEqual(["Công việc/giải pháp: Việc một", "Thời gian: Tháng 11/2024"]);
    expect(task2.cells[2]!.paragraphs).toEqual(["Công việc/giải pháp: Việc hai", "Thời gian: Tháng 12/2024"]);
    // Only công việc: no label.
    expect(body(w)[6]!.cells[2]!.paragraphs).toEqual(["Trồng thêm cây xanh"]);
  });

  test("for Word: blocks as flat OPC, numbering kept, well-formed, no relationship ids", () => {
    const plan = fixturePlan();
    const blocks = reportBlocks(plan.model, 0, { source: paragraphSource(plan.xml, plan.grids, COPY_FOR_SAME_DOCUMENT) });
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "table"]);
    const flat = blocksFlatOpc(blocks, { orientation: "landscape", fontSizePt: 13 });
    const xml = flatOpcDocumentXml(flat);
    expect(xml).not.toMatch(/r:id|r:embed/);
    const grids = readTables(xml);
    expect(readDocumentModel(grids).tables[0]!.items).toHaveLength(4);
    expect(reportBlocks(plan.model, 0, { heading: false }).map((b) => b.kind)).toEqual(["table"]);
  });

  test("numbering: kept for Word (same document), a text bullet in a new document", async () => {
    const numbered = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Trồng thêm cây xanh';
    const plan = planOf(fixturePlan().xml.replace('<w:p><w:r><w:t xml:space="preserve">Trồng thêm cây xanh', numbered));
    const flat = blocksFlatOpc(reportBlocks(plan.model, 0, { source: paragraphSource(plan.xml, plan.grids, COPY_FOR_SAME_DOCUMENT) }), { orientation: "landscape", fontSizePt: 13 });
    expect(flat).toContain('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>');
    const w = await written(plan, 0);
    expect(w.xml).not.toContain("numPr");
    expect(body(w)[6]!.cells[2]!.paragraphs).toEqual(["– Trồng thêm cây xanh"]);
  });

  test("the 8-column variant (Tiêu chuẩn | Tiêu chí | TT | Nội dung kế hoạch | Thời gian dự kiến | …): standard rows made from its Tiêu chuẩn column, its TT kept", async () => {
    const plan = planOf(eightColumnPlan2018Xml());
    expect(plan.model.tables[0]!.items).toHaveLength(3);
    const w = await written(plan, 0);
    const rows = body(w);
    expect(rows.map(texts)).toEqual([
      ["1", "Tiêu chuẩn 1"],
      ["1", "1.2", "Công việc/giải pháp: Việc A\nThời gian: Đầu năm học", "", "", "", "", ""],
      ["2", "1.4", "Công việc/giải pháp: Việc B\nThời gian: Trong năm học", "", "", "", "", ""],
      ["2", "Tiêu chuẩn 2"],
      ["3", "2.1", "Công việc/giải pháp: Việc C\nThời gian: Trong năm học", "", "", "", "", ""],
    ]);
  });

  test("without a paragraph source, the cells' text is used", () => {
    const plan = fixturePlan();
    const table = (reportBlocks(plan.model, 0, { heading: false })[0] as { table: TableSpec }).table;
    expect(table.rows[2]!.cells[2]!.paragraphs.map((p) => p.runs.map((r) => r.text).join(""))).toContain("Thời gian: Tháng 10/2024");
  });
});

describe("school year and refusals", () => {
  test("the document's year wins; without one the caller's is used; without either, a clear error", async () => {
    const plan = fixturePlan();
    const w = await written(plan, 0, { schoolYear: "2030-2031" });
    expect(w.grid.rows[0]!.cells[2]!.text).toContain("2024 – 2025");
    const noYear = planOf(documentXml(planTable([[...HEADER_2018], row2018("", "Tiêu chí 1.1", { 3: "Việc" })])));
    expect((await written(noYear, 0, { schoolYear: "2025 – 2026" })).grid.rows[0]!.cells[2]!.text).toContain("2025 – 2026");
    expect(() => reportBlocks(noYear.model, 0)).toThrow(expect.objectContaining({ code: "no-school-year", messageVi: expect.stringContaining("năm học") }));
    expect(() => reportBlocks(noYear.model, 0, { schoolYear: "2025-2027" })).toThrow(expect.objectContaining({ code: "bad-school-year" }));
  });

  test("a table that is not a plan, a missing table, a legacy-encoded plan", () => {
    const plan = fixturePlan();
    expect(() => reportBlocks(plan.model, 7)).toThrow(ReportError);
    const tcvn = (text: string): CellInput => ({ text: encodeTcvn3(text), font: ".VnTime" });
    const legacyTable = planTable([HEADER_2018.map(tcvn), row2018("", tcvn("Tiêu chí 1.1"), { 3: tcvn("Rà soát"), 4: tcvn("Hiệu trưởng") })]);
    const legacy = planOf(documentXml(paragraphXml("Năm học 2024-2025") + legacyTable));
    expect(legacy.model.tables[0]!.kind).toBe("plan");
    expect(() => reportBlocks(legacy.model, 0)).toThrow(expect.objectContaining({ code: "legacy-encoding" }));
    const layout = planOf(documentXml(planTable([["a", "b"]], { borderless: true }) + paragraphXml("Năm học 2024-2025")));
    expect(() => reportBlocks(layout.model, 0)).toThrow(expect.objectContaining({ code: "not-a-plan" }));
  });
});

describe("samples", () => {
  test("ke-hoach-mam-non.docx: 4 items in order, the split criterion 1.5 in one row, year 2023 – 2024 from the document", async () => {
    const plan = await samplePlan("ke-hoach-mam-non.docx");
    const w = await written(plan, 0);
    expect(w.grid.rows[0]!.cells[2]!.text).toBe("ND kế hoạch cải tiến chất lượng giáo dục năm học 2023 – 2024");
    const report = w.model.tables[0]!;
    expect(report.kind).toBe("report");
    expect(report.items.map((i) => (i.type === "criterion" ? i.criterion : ""))).toEqual(["1.5", "2.3", "3.1", "5.3"]);
    expect(report.groups.map((g) => g.text)).toEqual(plan.model.tables[0]!.groups.map((g) => g.text));
    const planItem = plan.model.tables[0]!.items[0]!;
    expect(planItem.rows).toHaveLength(2);
    const reportItem = report.items[0]!;
    expect(reportItem.rows).toHaveLength(1);
    // Every paragraph of the plan's công việc (both rows) is there, in order.
    const planCongViec = planItem.fields.congViec!.text.split("\n");
    const ndDauNam = reportItem.fields.ndDauNam!.text;
    let from = 0;
    for (const line of planCongViec) {
      const at = ndDauNam.indexOf(line, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
    expect(reportItem.fields.tieuChi!.text).toBe(planItem.fields.tieuChi!.text);
  });

  test("ke-hoach-tieu-hoc.docx: the plan is table 1, it states no year (placeholder), 4 items", async () => {
    const plan = await samplePlan("ke-hoach-tieu-hoc.docx");
    expect(plan.model.schoolYear).toBeUndefined();
    expect(() => reportBlocks(plan.model, 1)).toThrow(expect.objectContaining({ code: "no-school-year" }));
    const w = await written(plan, 1, { schoolYear: "2024-2025" });
    expect(w.model.tables[0]!.items.map((i) => (i.type === "criterion" ? i.criterion : ""))).toEqual(
      plan.model.tables[1]!.items.map((i) => (i.type === "criterion" ? i.criterion : "")),
    );
    // The LibreOffice-made plan names a paragraph style the new document lacks: dropped.
    expect(w.xml).not.toContain("TableContents");
  });

  test("the written report has the structure of the sample report (bao-cao-tieu-hoc.docx)", async () => {
    const sample = await samplePlan("bao-cao-tieu-hoc.docx");
    const sampleHeader = sample.grids[1]!.rows.slice(0, 2).map((r) => r.cells.map((c) => [c.gridCol, c.gridSpan, c.vMerge]));
    const w = await written(await samplePlan("ke-hoach-mam-non.docx"), 0);
    expect(w.grid.rows.slice(0, 2).map((r) => r.cells.map((c) => [c.gridCol, c.gridSpan, c.vMerge]))).toEqual(sampleHeader);
    expect(Object.keys(w.model.tables[0]!.columns)).toEqual(Object.keys(sample.model.tables[1]!.columns));
  });
});
