import { findCriterion, getCatalog } from "../../src/core/catalog";
import { findTargetPlanTable, planCriterionRows, planCriterionRowsInDocument, type TableEdits } from "../../src/core/tables";
import { readDocumentModel } from "../../src/core/plan";
import { readTables } from "../../src/ooxml";
import { documentXml } from "../support/docx-builder";
import { across, fullRow2018, HEADER_2018, HEADER_2026, NUMBERING_2026, paragraphXml, planTable } from "../support/plan-fixtures";

const TH_2018 = getCatalog("2018", "tieu-hoc");
const TH_2026 = getCatalog("2026", "tieu-hoc");

function read(...tables: string[]) {
  const xml = documentXml(tables.join(paragraphXml("")));
  const grids = readTables(xml);
  return { grids, model: readDocumentModel(grids, { documentXml: xml }) };
}

function edits(result: ReturnType<typeof planCriterionRows>): TableEdits {
  if ("error" in result) throw new Error(result.error);
  return result;
}

const name2018 = (code: string): string => `Tiêu chí ${code}: ${findCriterion(TH_2018, code)!.name}`;
const empty = (n: number): string[] => Array.from({ length: n }, () => "");

/** rows: 0 header, 1 MỨC 2, 2 standard 1 (merged), 3 criterion 1.4, 4 criterion 1.9, 5 standard 3 (merged), 6 criterion 3.1 */
const PLAN_2018 = planTable([
  [...HEADER_2018],
  across("MỨC 2"),
  ["1", { text: "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", span: 8 }],
  fullRow2018("Tiêu chí 1.4"),
  fullRow2018("Tiêu chí 1.9"),
  ["3", { text: "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", span: 8 }],
  fullRow2018("Tiêu chí 3.1"),
]);

describe("planCriterionRows, 2018 form", () => {
  test("each criterion in code order under its standard, missing standards created in order, existing ones skipped", () => {
    const { grids, model } = read(PLAN_2018);
    const result = edits(planCriterionRows(model, grids, 0, { catalog: TH_2018, criteria: ["5.1", "1.10", "1.4", "3.3", "2.1", "1.2"], targetLevel: 2 }));
    const criterionRow = (code: string): string[] => ["", name2018(code), "Đạt Mức 2", ...empty(6)];
    const standardRow = (n: number, name: string): string[] => [String(n), `Tiêu chuẩn ${n}: ${name}`, ...empty(7)];
    expect(result.edits).toEqual([
      {
        table: 0,
        rowInsertions: [
          // Before 1.4 (the row above is a merged standard row: not a template).
          { anchorRow: 3, location: "Before", rows: [criterionRow("1.2")] },
          // 1.10 after 1.9, then the missing standard 2 before standard 3.
          {
            anchorRow: 4,
            location: "After",
            rows: [criterionRow("1.10"), standardRow(2, TH_2018.standards[1]!.name), criterionRow("2.1")],
          },
          { anchorRow: 6, location: "After", rows: [criterionRow("3.3"), standardRow(5, TH_2018.standards[4]!.name), criterionRow("5.1")] },
        ],
      },
    ]);
    expect(result.notes).toEqual(["Tiêu chí 1.4 đã có trong bảng: không chèn lại."]);
  });

  test("8-column variant: values follow the table's own columns (standard column filled, no Kết quả cần đạt)", () => {
    const header = ["Tiêu chuẩn", "Tiêu chí", "TT", "Nội dung kế hoạch", "Thời gian dự kiến", "Nhóm/cá nhân phụ trách", "Kinh phí", "Ghi chú"];
    const table = planTable([header, ["Tiêu chuẩn 1", "Tiêu chí 1.1", "1", "Rà soát", "Tháng 9", "Hiệu trưởng", "Không", ""]]);
    const { grids, model } = read(table);
    expect(model.tables[0]!.kind).toBe("plan");
    const result = edits(planCriterionRows(model, grids, 0, { catalog: TH_2018, criteria: ["1.3"], targetLevel: 2 }));
    expect(result.edits[0]!.rowInsertions).toEqual([
      { anchorRow: 1, location: "After", rows: [["Tiêu chuẩn 1", name2018("1.3"), "", "", "", "", "", ""]] },
    ]);
  });

  test("when no row next to the place fits as a template, the nearest one does and the note says where", () => {
    const table = planTable([
      [...HEADER_2018],
      across("MỨC 2"),
      ["1", { text: "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", span: 8 }],
      ["3", { text: "Tiêu chuẩn 3: Cơ sở vật chất", span: 8 }],
      fullRow2018("Tiêu chí 3.1"),
    ]);
    const { grids, model } = read(table);
    const result = edits(planCriterionRows(model, grids, 0, { catalog: TH_2018, criteria: ["1.1"], targetLevel: 2 }));
    expect(result.edits[0]!.rowInsertions).toEqual([{ anchorRow: 4, location: "Before", rows: [["", name2018("1.1"), "Đạt Mức 2", ...empty(6)]] }]);
    expect(result.notes.join(" ")).toContain("trước dòng 5");
  });

  test("errors: not a plan table, a 2026 catalog for a 2018 plan, nothing new, unknown code", () => {
    const { grids, model } = read(PLAN_2018, planTable([["Họ tên", "Chức vụ"], ["A", "B"]]));
    const err = (r: ReturnType<typeof planCriterionRows>): string => ("error" in r ? r.error : "no error");
    expect(err(planCriterionRows(model, grids, 1, { catalog: TH_2018, criteria: ["1.1"], targetLevel: 2 }))).toMatch(/không phải bảng kế hoạch/);
    expect(err(planCriterionRows(model, grids, 0, { catalog: TH_2026, criteria: ["1.1"], targetLevel: 2 }))).toMatch(/mẫu kế hoạch 9 cột.*bộ tiêu chí năm 2018/);
    expect(err(planCriterionRows(model, grids, 0, { catalog: TH_2018, criteria: ["1.4", "3.1"], targetLevel: 2 }))).toBe(
      "Không có tiêu chí mới để chèn: các tiêu chí 1.4, 3.1 đã có trong bảng.",
    );
    expect(err(planCriterionRows(model, grids, 0, { catalog: TH_2018, criteria: ["9.9"], targetLevel: 2 }))).toMatch(/Không có tiêu chí "9.9"/);
  });
});

describe("planCriterionRows, 2026 form", () => {
  const ISSUES = planTable([
    ["TT", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân của hạn chế"],
    ["1", "Tiêu chuẩn 1", "Tiêu chí 1.4: Tự đánh giá", "a", "b", "c"],
  ]);
  const PLAN = planTable([
    [...HEADER_2026],
    NUMBERING_2026,
    ["1", "Theo dõi dữ liệu (tiêu chí 1.4)", "", "", "", "", "", "", "", ""],
    ["3", "Đổi mới phương pháp (tiêu chí 3.2)", "", "", "", "", "", "", "", ""],
  ]);

  test("task rows appended with TT after the largest, an issue row in section IV; existing criteria skipped", () => {
    const { grids, model } = read(ISSUES, PLAN);
    const result = edits(planCriterionRows(model, grids, 1, { catalog: TH_2026, criteria: ["3.2", "2.1", "1.4"], targetLevel: 2 }));
    const task = (tt: string, code: string): string[] => [tt, `Cải tiến tiêu chí ${code}: ${findCriterion(TH_2026, code)!.name}`, ...empty(8)];
    expect(result.edits).toEqual([
      { table: 1, rowInsertions: [], append: [task("4", "2.1")] },
      {
        table: 0,
        rowInsertions: [],
        append: [
          ["2", `Tiêu chuẩn 2: ${TH_2026.standards[1]!.name}`, `Tiêu chí 2.1: ${findCriterion(TH_2026, "2.1")!.name}`, "", "", ""],
          ["3", `Tiêu chuẩn 3: ${TH_2026.standards[2]!.name}`, `Tiêu chí 3.2: ${findCriterion(TH_2026, "3.2")!.name}`, "", "", ""],
        ],
      },
    ]);
    expect(result.notes).toEqual([
      "Các tiêu chí 1.4, 3.2 đã có trong bảng kế hoạch (mục V): không chèn lại.",
      "Tiêu chí 1.4 đã có trong bảng vấn đề trọng tâm (mục IV): không chèn lại.",
    ]);
  });

  test("a 2026 plan with 2018 criteria is refused", () => {
    const { grids, model } = read(PLAN);
    const result = planCriterionRows(model, grids, 0, { catalog: TH_2018, criteria: ["1.1"], targetLevel: 2 });
    expect(result).toEqual({ error: expect.stringMatching(/Thông tư 57\/2026.*bộ tiêu chí năm 2026/) });
  });

  test("the target table: the cursor's plan, the plan of a 2026 form from its section IV table, or the only plan", () => {
    const { grids, model } = read(ISSUES, PLAN);
    expect(findTargetPlanTable(model, 1)).toBe(1);
    expect(findTargetPlanTable(model, 0)).toBe(1);
    expect(findTargetPlanTable(model, null)).toBe(1);
    const two = read(PLAN_2018, PLAN_2018);
    expect(findTargetPlanTable(two.model, null)).toEqual({ error: expect.stringMatching(/có 2 bảng kế hoạch/) });
    const result = planCriterionRowsInDocument(model, grids, 0, { catalog: TH_2026, criteria: ["2.2"], targetLevel: 1 });
    expect("edits" in result && result.edits.map((e) => e.table)).toEqual([1, 0]);
  });
});
