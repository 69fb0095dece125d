/** 2026 plan (section V) → section VI monitoring table, written as .docx and read back. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocumentModel, type TaskItem } from "../../src/core/plan";
import { NO_REPORT_FORM_2026_NOTE, REVIEW_POINT_NAMES, nextReviewPoint, reportDocument, type ReportOptions } from "../../src/core/report";
import { MONITORING_2026 } from "../../src/core/forms";
import { COPY_FOR_NEW_DOCUMENT, paragraphSource } from "../../src/ooxml/copy-paragraphs";
import { openDocx } from "../../src/ooxml/package";
import { readTables } from "../../src/ooxml/read-tables";
import { documentToDocx } from "../../src/ooxml/write/docx";
import { planOf, type PlanDocument } from "../support/plan-fixtures";
import { smallPlan2026Xml } from "../support/report-fixtures";

const SAMPLES = path.resolve(__dirname, "../../samples");


async function written(plan: PlanDocument, tableIndex: number, options: ReportOptions) {
  const spec = reportDocument(plan.model, tableIndex, { source: paragraphSource(plan.xml, plan.grids, COPY_FOR_NEW_DOCUMENT), ...options });
  const { documentXml: xml } = await openDocx(await documentToDocx(spec));
  const grids = readTables(xml);
  // Letterhead, report, signature block (the frame is tested in cli-report.test.ts): the report is the middle one.
  expect(grids).toHaveLength(3);
  const report = grids[1]!;
  return { xml, grid: report, model: readDocumentModel([report], { documentXml: xml }) };
}

describe("2026 plan → monitoring table", () => {
  test("ke-hoach-2026-thcs.docx, both review points: one row per task per point, the point merged down its block", async () => {
    const { documentXml: xml } = await openDocx(readFileSync(path.join(SAMPLES, "ke-hoach-2026-thcs.docx")));
    const plan = planOf(xml);
    const tasks = plan.model.tables[2]!.items as TaskItem[];
    expect(tasks.map((t) => t.item)).toEqual(["1", "2", "3", "4", "5", "6"]);
    const w = await written(plan, 2, { points: ["hk1", "cuoi-nam"] });
    expect(w.xml).toContain("THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2026 – 2027");
    const [header, ...rows] = w.grid.rows;
    expect(header!.cells.map((c) => c.text)).toEqual(MONITORING_2026.columns.filter((c) => c.written).map((c) => c.header));
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.cells[0]!.vMerge)).toEqual([..."rccccc", ..."rccccc"].map((c) => (c === "r" ? "restart" : "continue")));
    expect([rows[0]!.cells[0]!.text, rows[6]!.cells[0]!.text]).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    // The reader sees a monitoring table with the two review points.
    const monitoring = w.model.tables[0]!;
    expect(monitoring.kind).toBe("monitoring");
    expect(monitoring.items.map((i) => (i.type === "review" ? i.point : ""))).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    // Nội dung theo dõi: TT + nội dung, hoạt động/giải pháp, chỉ số, labelled; in task order, same in both blocks.
    rows.slice(0, 6).forEach((row, i) => {
      const task = tasks[i]!;
      const text = row.cells[1]!.text;
      expect(text.startsWith(`Nhiệm vụ ${task.item}: ${task.fields.noiDung!.text.split("\n")[0]}`)).toBe(true);
      expect(text).toContain(`Hoạt động/giải pháp:\n${task.fields.hoatDong!.text}`);
      expect(text).toContain(task.fields.chiSo!.text);
      expect(rows[i + 6]!.cells[1]!.text).toBe(text);
      // Result columns left to fill.
      expect(row.cells.slice(2).map((c) => c.text)).toEqual(["", "", ""]);
    });
  });

  test("default point: the next one due given today and the school year", async () => {
    const plan = planOf(smallPlan2026Xml());
    const before = await written(plan, 0, { today: new Date(2026, 10, 20) });
    expect(before.grid.rows.slice(1).map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Cuối học kỳ I", "Nhiệm vụ 1: Nội dung A\nHoạt động/giải pháp:\nBước 1\nBước 2\nChỉ số đánh giá kết quả: Chỉ số A", "", "", ""],
    ]);
    const after = await written(plan, 0, { today: new Date(2027, 2, 1) });
    expect(after.grid.rows[1]!.cells[0]!.text).toBe("Cuối năm học");
  });

  test("nextReviewPoint", () => {
    expect(nextReviewPoint(new Date(2024, 7, 15), "2024-2025")).toBe("hk1");
    expect(nextReviewPoint(new Date(2024, 11, 31), "2024-2025")).toBe("hk1");
    expect(nextReviewPoint(new Date(2025, 0, 31), "2024-2025")).toBe("hk1");
    expect(nextReviewPoint(new Date(2025, 1, 1), "2024-2025")).toBe("cuoi-nam");
    expect(nextReviewPoint(new Date(2025, 8, 10), "2024-2025")).toBe("cuoi-nam");
    expect(() => nextReviewPoint(new Date(), "2024")).toThrow(expect.objectContaining({ code: "bad-school-year" }));
  });

  test("the names and the note come from data", () => {
    expect(Object.values(REVIEW_POINT_NAMES)).toEqual(MONITORING_2026.fixedRows);
    expect(NO_REPORT_FORM_2026_NOTE).toBe("Thông tư 57/2026 không có mẫu báo cáo riêng: kết quả ghi vào cột (10) và mục VI.");
  });
});
