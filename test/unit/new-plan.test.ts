import { findCriterion, getCatalog } from "../../src/core/catalog";
import { ISSUES_2026, MONITORING_2026, PLAN_2018, PLAN_2026, writtenColumns } from "../../src/core/forms";
import {
  newPlan2018Document,
  newPlan2026Document,
  newPlanBlocks,
  resolveChoices,
  type NewPlanChoices,
} from "../../src/core/tables/new-plan";
import type { Block, CellSpec, Layout, TableSpec } from "../../src/core/tables/spec";
import { plainText } from "../../src/core/text/paragraph";
import { tableXml } from "../../src/ooxml/write/table";
import { documentXml } from "../../src/ooxml/write/flat-opc";
import { readTables } from "../../src/ooxml";

const LAYOUT: Layout = { orientation: "landscape", fontSizePt: 13 };
const textOf = (cell: CellSpec | undefined) => (cell ? cell.paragraphs.map(plainText).join("\n") : undefined);
const tablesOf = (blocks: Block[]): TableSpec[] => blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
const paragraphsOf = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === "paragraph" ? [plainText(b.paragraph)] : []));

describe("2018 form", () => {
  const choices: NewPlanChoices = { framework: "2018", schoolType: "tieu-hoc", targetLevel: 2, criteria: ["3.4", "1.10", "TC 1.9", "1.4", "3.1", "1.4"] };
  const catalog = getCatalog("2018", "tieu-hoc");

  test("level row across the width, then per standard its row and its criteria in code order (1.9 before 1.10)", () => {
    const [heading, table] = newPlanBlocks(choices);
    expect(heading).toMatchObject({ kind: "paragraph", paragraph: { runs: [{ text: "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC" }] } });
    const spec = (table as { table: TableSpec }).table;
    expect(spec.formId).toBe("plan-2018");
    expect(spec.columns.map((c) => c.header)).toEqual(writtenColumns(PLAN_2018).map((c) => c.header));
    expect(spec.columns).toHaveLength(9);
    const rows = spec.rows.map((r) => [r.kind, textOf(r.cells[0]), textOf(r.cells[1])]);
    const name = (code: string) => findCriterion(catalog, code)!.name;
    expect(rows).toEqual([
      ["level", "MỨC 2", undefined],
      ["standard", "1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
      ["item", "", `Tiêu chí 1.4: ${name("1.4")}`],
      ["item", "", `Tiêu chí 1.9: ${name("1.9")}`],
      ["item", "", `Tiêu chí 1.10: ${name("1.10")}`],
      ["standard", "3", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"],
      ["item", "", `Tiêu chí 3.1: ${name("3.1")}`],
      ["item", "", `Tiêu chí 3.4: ${name("3.4")}`],
    ]);
    expect(spec.rows[0]!.cells[0]!.gridSpan).toBe(9);
    expect(spec.rows[1]!.cells[1]!.gridSpan).toBe(8);
    for (const row of spec.rows.filter((r) => r.kind === "item")) {
      expect(row.cells).toHaveLength(9);
      expect(textOf(row.cells[2])).toBe("Đạt Mức 2");
      expect(row.cells.slice(3).map(textOf)).toEqual(Array(6).fill(""));
    }
  });

  test("the table reads back with the same rows, the group rows spanning as built", () => {
    const spec = tablesOf(newPlanBlocks({ ...choices, targetLevel: 3 }))[0]!;
    const table = readTables(documentXml(tableXml(spec, LAYOUT)))[0]!;
    expect(table.rows.map((r) => r.cells.map((c) => c.text).filter(Boolean)[0])).toEqual([
      "TT",
      "MỨC 3",
      "1",
      expect.stringMatching(/^Tiêu chí 1\.4: /),
      expect.stringMatching(/^Tiêu chí 1\.9: /),
      expect.stringMatching(/^Tiêu chí 1\.10: /),
      "3",
      expect.stringMatching(/^Tiêu chí 3\.1: /),
      expect.stringMatching(/^Tiêu chí 3\.4: /),
    ]);
    expect(table.rows[3]!.cells[2]!.text).toBe("Đạt Mức 3");
    expect(table.rows[2]!.cells.map((c) => c.gridSpan)).toEqual([1, 8]);
  });

  test("the 2018-2024 framework also gives the 2018 form; its document has the title and section III", () => {
    const doc = newPlan2018Document({ ...choices, framework: "2018-2024", schoolYear: "2025-2026" }, LAYOUT);
    expect(tablesOf(doc.blocks).map((t) => t.formId)).toEqual([null, "plan-2018", null]);
    const text = paragraphsOf(doc.blocks);
    expect(text).toContain("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
    expect(text).toContain("Năm học 2025-2026");
    expect(text).toContain("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
  });
});

describe("2026 form", () => {
  const choices: NewPlanChoices = { framework: "2026", schoolType: "trung-hoc", targetLevel: 2, criteria: ["4.1", "1.4", "3.2"] };
  const catalog = getCatalog("2026", "trung-hoc");
  const name = (code: string) => findCriterion(catalog, code)!.name;

  test("three tables under their section headings: issues, plan with numbering row, monitoring", () => {
    const blocks = newPlanBlocks(choices);
    expect(blocks.map((b) => (b.kind === "table" ? `table:${b.table.formId}` : plainText(b.paragraph).slice(0, 4)))).toEqual([
      "IV. ",
      "table:issues-2026",
      "Lưu ",
      "V. K",
      "table:plan-2026",
      "VI. ",
      "table:monitoring-2026",
    ]);
    const [issues, plan, monitoring] = tablesOf(blocks);

    expect(issues!.headerRows[0]!.map((h) => h.text)).toEqual(writtenColumns(ISSUES_2026).map((c) => c.header));
    expect(issues!.rows.map((r) => r.cells.slice(0, 3).map(textOf))).toEqual([
      ["1", "Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng", `Tiêu chí 1.4: ${name("1.4")}`],
      ["2", "Tiêu chuẩn 3: Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển học sinh", `Tiêu chí 3.2: ${name("3.2")}`],
      ["3", "Tiêu chuẩn 4: Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội", `Tiêu chí 4.1: ${name("4.1")}`],
    ]);
    expect(issues!.rows.every((r) => r.cells.slice(3).every((c) => textOf(c) === ""))).toBe(true);

    expect(plan!.numberingRow).toBe(true);
    expect(plan!.columns.map((c) => c.header)).toEqual(writtenColumns(PLAN_2026).map((c) => c.header));
    expect(plan!.rows.map((r) => [r.kind, textOf(r.cells[0]), textOf(r.cells[1])])).toEqual([
      ["task", "1", `Cải tiến tiêu chí 1.4: ${name("1.4")}`],
      ["task", "2", `Cải tiến tiêu chí 3.2: ${name("3.2")}`],
      ["task", "3", `Cải tiến tiêu chí 4.1: ${name("4.1")}`],
    ]);
    expect(plan!.rows.every((r) => r.cells.length === 10 && r.cells.slice(2).every((c) => textOf(c) === ""))).toBe(true);

    expect(monitoring!.rows.map((r) => r.cells.map(textOf))).toEqual(MONITORING_2026.fixedRows!.map((label) => [label, "", "", "", ""]));
  });

  test("the whole form: sections I–VIII in order, pre-printed III and VIII wording, title with the school year", () => {
    const doc = newPlan2026Document({ ...choices, schoolYear: "2026-2027" }, LAYOUT);
    expect(doc.orientation).toBe("landscape");
    const text = paragraphsOf(doc.blocks);
    const sections = text.filter((t) => /^(I|II|III|IV|V|VI|VII|VIII)\. /.test(t)).map((t) => t.split(".")[0]);
    expect(sections).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toContain("Cải tiến chất lượng giáo dục năm học 2026-2027");
    expect(text).toContain("b) Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên;");
    expect(text).toContain("a) Thực hiện rà soát, đánh giá tối thiểu 02 lần trong năm học;");
    const tables = tablesOf(doc.blocks);
    expect(tables.map((t) => t.formId)).toEqual([null, "issues-2026", "plan-2026", "monitoring-2026", null]);
    expect(tables[0]!.borders).toBe(false);
    const letterhead = tables[0]!.rows[0]!.cells.map(textOf).join("\n");
    expect(letterhead).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(letterhead).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(newPlan2026Document(choices, LAYOUT).title).toBe("Kế hoạch cải tiến chất lượng giáo dục năm học 20… – 20…");
  });
});

describe("choices are checked", () => {
  test("unknown criterion codes are listed in one Vietnamese message", () => {
    expect(() => resolveChoices({ framework: "2026", schoolType: "tieu-hoc", targetLevel: 2, criteria: ["1.4", "1.5", "9.9", "abc"] })).toThrow(
      /^Không có các tiêu chí "1\.5", "9\.9", "abc" trong danh mục Tiểu học theo Thông tư 57\/2026/,
    );
    expect(() => resolveChoices({ framework: "2018", schoolType: "tieu-hoc", targetLevel: 2, criteria: ["5.6"] })).toThrow(/^Không có tiêu chí "5\.6"/);
  });

  test("a level the framework does not have, or no criterion at all, is refused", () => {
    expect(() => resolveChoices({ framework: "2026", schoolType: "trung-hoc", targetLevel: 3, criteria: ["1.4"] })).toThrow(
      "Mức 3 không có trong Thông tư 57/2026 (hiện hành): chọn Mức 1–2.",
    );
    expect(() => resolveChoices({ framework: "2018", schoolType: "trung-hoc", targetLevel: 4, criteria: ["1.4"] })).toThrow(/chọn Mức 1–3/);
    expect(resolveChoices({ framework: "2018", schoolType: "trung-hoc", targetLevel: 3, criteria: ["1.4"] }).criteria).toHaveLength(1);
    expect(() => resolveChoices({ framework: "2026", schoolType: "trung-hoc", targetLevel: 2, criteria: [" ", ""] })).toThrow(/Chưa chọn tiêu chí nào/);
    expect(() => resolveChoices({ framework: "2018", schoolType: "gdtx", targetLevel: 2, criteria: ["1.1"] })).toThrow(/Không có danh mục tiêu chí GDTX/);
  });
});
