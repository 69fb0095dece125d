/**
 * A new plan from the user's choices (framework, school type, target level, criteria): the tables of the 2026
 * ministry form (sections IV, V, VI) or the 2018-era 9-column table, and the documents around them for the CLI.
 */
import {
  findStandard,
  frameworkInfo,
  getCatalog,
  listCriteria,
  parseCriterionCode,
  schoolTypeInfo,
  type Catalog,
  type Criterion,
  type Framework,
  type SchoolType,
} from "../catalog";
import { ISSUES_2026, MONITORING_2026, PLAN_2018, PLAN_2026, writtenColumns, type FormDef } from "../forms";
import { formTable } from "./from-form";
import { letterhead, signatureBlock } from "./letterhead";
import { emptyCell, textCell, type Block, type CellSpec, type DocumentSpec, type Layout, type RowSpec, type TableSpec } from "./spec";

export interface NewPlanChoices {
  framework: Framework;
  schoolType: SchoolType;
  targetLevel: number;
  /** Criterion codes as the user typed or picked them ("1.4", "TC 3.1"); order and duplicates do not matter. */
  criteria: readonly string[];
  /** "2026-2027"; the documents print "…" where it is missing. */
  schoolYear?: string;
}

export type PlanGeneration = "2026" | "2018";

export function generationOf(framework: Framework): PlanGeneration {
  return framework === "2026" ? "2026" : "2018";
}

/** The levels a plan can aim at in this catalog: Mức 1–2 under 57/2026, Mức 1–3 under the 2018 circulars. */
export function targetLevels(catalog: Catalog): number[] {
  // Mức 4 of the 2018 circulars is a separate list of requirements, not a level of the criteria.
  return catalog.levelNumbers.filter((n) => n <= 3);
}

/** A choice the catalog does not allow; `message` is Vietnamese (shown in the pane), `messageEn` for the CLI's --lang en. */
export class PlanChoiceError extends Error {
  readonly messageEn: string;

  constructor(messageVi: string, messageEn: string) {
    super(messageVi);
    this.name = "PlanChoiceError";
    this.messageEn = messageEn;
  }
}

/** The chosen criteria, in catalog order (1.9 before 1.10), without duplicates; unknown codes throw. */
export function resolveCriteria(catalog: Catalog, codes: readonly string[]): Criterion[] {
  const wanted = new Set<string>();
  const unknown: string[] = [];
  for (const raw of codes) {
    const text = raw.trim();
    if (text === "") continue;
    const parsed = parseCriterionCode(text);
    const code = parsed && parsed.rest === "" ? parsed.code : null;
    if (code && listCriteria(catalog).some((c) => c.code === code)) wanted.add(code);
    else unknown.push(text);
  }
  if (unknown.length > 0) {
    const quoted = unknown.map((u) => `"${u}"`).join(", ");
    const codes = listCriteria(catalog).map((c) => c.code).join(", ");
    const where = `${schoolTypeInfo[catalog.schoolTypes[0]!].label} — ${frameworkInfo[catalog.framework].label}`;
    throw new PlanChoiceError(
      `Không có ${unknown.length === 1 ? "tiêu chí" : "các tiêu chí"} ${quoted} ` +
        `trong danh mục ${schoolTypeInfo[catalog.schoolTypes[0]!].label} theo ${frameworkInfo[catalog.framework].label}` +
        ` (các mã có: ${codes}).`,
      `No criterion ${quoted} in the catalog ${where} (its codes: ${codes}).`,
    );
  }
  if (wanted.size === 0) {
    throw new PlanChoiceError(
      "Chưa chọn tiêu chí nào: hãy chọn ít nhất một tiêu chí cho kế hoạch.",
      "No criterion chosen: choose at least one criterion for the plan.",
    );
  }
  return listCriteria(catalog).filter((c) => wanted.has(c.code));
}

function checkLevel(catalog: Catalog, level: number): void {
  const levels = targetLevels(catalog);
  if (!levels.includes(level)) {
    const range = `${levels[0]}–${levels[levels.length - 1]}`;
    throw new PlanChoiceError(
      `Mức ${level} không có trong ${frameworkInfo[catalog.framework].label}: chọn Mức ${range}.`,
      `Level ${level} does not exist in ${frameworkInfo[catalog.framework].label}: choose level ${range}.`,
    );
  }
}

/** The catalog and the chosen criteria, every choice checked (Vietnamese messages, shown to the user). */
export function resolveChoices(choices: NewPlanChoices): { catalog: Catalog; criteria: Criterion[] } {
  const catalog = getCatalog(choices.framework, choices.schoolType);
  checkLevel(catalog, choices.targetLevel);
  return { catalog, criteria: resolveCriteria(catalog, choices.criteria) };
}

export function standardHeading(catalog: Catalog, number: number): string {
  const standard = findStandard(catalog, number);
  return standard ? `Tiêu chuẩn ${standard.number}: ${standard.name}` : `Tiêu chuẩn ${number}`;
}

/** "Tiêu chí 1.4:" in bold, then the name: how schools write a criterion in a cell. */
function criterionCell(criterion: Criterion, prefix = "Tiêu chí"): CellSpec {
  return { paragraphs: [{ runs: [{ text: `${prefix} ${criterion.code}:`, bold: true }, { text: ` ${criterion.name}` }] }] };
}

/** A row of the form's columns with the given cells by key, the others empty. */
function rowOf(form: FormDef, kind: RowSpec["kind"], cells: Record<string, CellSpec>): RowSpec {
  return { kind, cells: writtenColumns(form).map((c) => cells[c.key] ?? emptyCell()) };
}

/** Section IV: one issue row per criterion, standard and criterion filled from the catalog. */
export function issuesTable2026(catalog: Catalog, criteria: readonly Criterion[]): TableSpec {
  return formTable(
    ISSUES_2026,
    criteria.map((criterion, i) =>
      rowOf(ISSUES_2026, "plain", {
        tt: textCell(String(i + 1), { align: "center" }),
        tieuChuan: textCell(standardHeading(catalog, criterion.standard)),
        tieuChi: criterionCell(criterion),
      }),
    ),
  );
}

/** Wording of a new task's "Nội dung cải tiến"; the principal rewrites it into the actual task. */
export function taskContent(criterion: Criterion): string {
  return `Cải tiến tiêu chí ${criterion.code}: ${criterion.name}`;
}

/** Section V: the 10-column plan table, one task row per criterion, numbered 1…n. */
export function planTable2026(criteria: readonly Criterion[]): TableSpec {
  return formTable(
    PLAN_2026,
    criteria.map((criterion, i) =>
      rowOf(PLAN_2026, "task", {
        tt: textCell(String(i + 1), { align: "center" }),
        noiDung: textCell(taskContent(criterion)),
      }),
    ),
  );
}

/** Section VI: the monitoring table with its fixed review points. */
export function monitoringTable2026(): TableSpec {
  const [first] = writtenColumns(MONITORING_2026);
  return formTable(
    MONITORING_2026,
    (MONITORING_2026.fixedRows ?? []).map((label) => rowOf(MONITORING_2026, "plain", { [first!.key]: textCell(label) })),
  );
}

export function levelLabel(level: number): string {
  return `MỨC ${level}`;
}

/**
 * The 2018-era 9-column table: a level row across the whole width, then per standard a row "n | Tiêu chuẩn n: …"
 * (TT counts standards, as schools number them) and its criterion rows with TT empty and "Kết quả cần đạt"
 * prefilled.
 */
export function planTable2018(catalog: Catalog, criteria: readonly Criterion[], targetLevel: number): TableSpec {
  const width = writtenColumns(PLAN_2018).length;
  const rows: RowSpec[] = [{ kind: "level", cells: [textCell(levelLabel(targetLevel), { bold: true, gridSpan: width })] }];
  let standard = -1;
  for (const criterion of criteria) {
    if (criterion.standard !== standard) {
      standard = criterion.standard;
      rows.push({
        kind: "standard",
        cells: [
          textCell(String(standard), { bold: true, align: "center" }),
          textCell(standardHeading(catalog, standard), { bold: true, gridSpan: width - 1 }),
        ],
      });
    }
    rows.push(
      rowOf(PLAN_2018, "item", {
        tieuChi: criterionCell(criterion),
        ketQuaCanDat: textCell(`Đạt Mức ${targetLevel}`),
      }),
    );
  }
  return formTable(PLAN_2018, rows);
}

// ---------------------------------------------------------------------------------------------------------
// Blocks: what the task pane inserts at the cursor, and the documents the CLI writes around them.

function paragraph(text: string, options: { bold?: boolean; italic?: boolean; align?: "center" | "right" | "both"; heading?: boolean; indent?: number } = {}): Block {
  const { bold, italic, align, heading, indent } = options;
  return {
    kind: "paragraph",
    paragraph: {
      runs: text === "" ? [] : [{ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) }],
      ...(align ? { align } : {}),
      ...(heading ? { heading } : {}),
      ...(indent ? { indent } : {}),
    },
  };
}

const heading = (text: string): Block => paragraph(text, { bold: true, heading: true });
const table = (spec: TableSpec): Block => ({ kind: "table", table: spec });
const lines = (texts: readonly string[]): Block[] => texts.map((t) => paragraph(t, { align: "both" }));

/** The tables of a new plan, each under its section heading (what "Bảng kế hoạch" inserts). */
export function newPlanBlocks(choices: NewPlanChoices): Block[] {
  const { catalog, criteria } = resolveChoices(choices);
  if (generationOf(choices.framework) === "2018") {
    return [heading("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"), table(planTable2018(catalog, criteria, choices.targetLevel))];
  }
  return [
    heading("IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN"),
    table(issuesTable2026(catalog, criteria)),
    paragraph(
      "Lưu ý: Chỉ lựa chọn các vấn đề trọng tâm, có tác động trực tiếp đến chất lượng giáo dục để đưa vào kế hoạch cải tiến.",
      { italic: true, align: "both" },
    ),
    heading("V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"),
    table(planTable2026(criteria)),
    heading("VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)"),
    table(monitoringTable2026()),
  ];
}

const SCHOOL_YEAR_BLANK = "20… – 20…";

/**
 * The whole Biểu 2 form of Thông tư 57/2026 (sections I–VIII) around the three tables; the pre-printed
 * wording of III and VIII is the form's as reported in TT57-2026.md §7.2 (not yet checked against the gazette).
 */
export function newPlan2026Document(choices: NewPlanChoices, layout: Layout): DocumentSpec {
  const year = choices.schoolYear ?? SCHOOL_YEAR_BLANK;
  const tables = newPlanBlocks(choices);
  return {
    ...layout,
    title: `Kế hoạch cải tiến chất lượng giáo dục năm học ${year}`,
    blocks: [
      letterhead({ numberKind: "KH" }),
      paragraph(""),
      paragraph("KẾ HOẠCH", { bold: true, align: "center" }),
      paragraph(`Cải tiến chất lượng giáo dục năm học ${year}`, { bold: true, align: "center" }),
      heading("I. THÔNG TIN CHUNG"),
      ...lines(["1. Tên cơ sở giáo dục: …", "2. Loại hình: …", "3. Địa chỉ: …"]),
      heading("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH"),
      ...lines([
        "1. Báo cáo tự đánh giá năm học …;",
        "2. Kết quả rà soát việc thực hiện kế hoạch cải tiến chất lượng năm học trước;",
        "3. Kế hoạch năm học và định hướng phát triển của cơ sở giáo dục;",
        "4. …",
      ]),
      heading("III. MỤC ĐÍCH, YÊU CẦU"),
      paragraph("1. Mục đích", { bold: true }),
      ...lines([
        "a) Xác định các vấn đề trọng tâm cần cải tiến trên cơ sở kết quả tự đánh giá;",
        "b) Tổ chức thực hiện các giải pháp nhằm nâng cao chất lượng giáo dục;",
        "c) Tăng cường hiệu quả quản trị, sử dụng nguồn lực và trách nhiệm giải trình của cơ sở giáo dục.",
      ]),
      paragraph("2. Yêu cầu", { bold: true }),
      ...lines([
        "a) Bảo đảm tính trọng tâm, khả thi, hiệu quả, phù hợp với điều kiện thực tế;",
        "b) Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên;",
        "c) Xác định rõ: nội dung, mục tiêu, biện pháp, thời gian, nguồn lực, trách nhiệm và kết quả;",
        "d) Gắn với kế hoạch năm học và kế hoạch phát triển của cơ sở giáo dục;",
        "đ) Có cơ chế theo dõi, đánh giá và điều chỉnh trong quá trình thực hiện.",
      ]),
      ...tables,
      heading("VII. TỔ CHỨC THỰC HIỆN"),
      ...lines([
        "1. Người đứng đầu cơ sở giáo dục: …",
        "2. Hội đồng tự đánh giá: …",
        "3. Các tổ chuyên môn và bộ phận liên quan: …",
      ]),
      heading("VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO"),
      ...lines([
        "a) Thực hiện rà soát, đánh giá tối thiểu 02 lần trong năm học;",
        "b) Kết quả thực hiện kế hoạch cải tiến là cơ sở để cập nhật báo cáo tự đánh giá và xây dựng kế hoạch cải tiến của năm học tiếp theo;",
        "c) Bảo đảm công khai, minh bạch và phục vụ trách nhiệm giải trình của cơ sở giáo dục./.",
      ]),
      paragraph(""),
      signatureBlock(),
    ],
  };
}

/** A plain 2018-era plan document around the 9-column table (sections as in plan-templates.md §2.1). */
export function newPlan2018Document(choices: NewPlanChoices, layout: Layout): DocumentSpec {
  const year = choices.schoolYear ?? SCHOOL_YEAR_BLANK;
  const tables = newPlanBlocks(choices);
  return {
    ...layout,
    title: `Kế hoạch cải tiến chất lượng giáo dục năm học ${year}`,
    blocks: [
      letterhead({ numberKind: "KH" }),
      paragraph(""),
      paragraph("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", { bold: true, align: "center" }),
      paragraph(`Năm học ${year}`, { bold: true, align: "center" }),
      heading("I. MỤC ĐÍCH, YÊU CẦU"),
      ...lines(["…"]),
      heading("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH"),
      ...lines([
        "1. Báo cáo tự đánh giá (giai đoạn từ năm … đến …);",
        "2. Báo cáo đánh giá ngoài;",
        "3. Các văn bản quy phạm pháp luật, văn bản hướng dẫn hiện hành;",
        "4. Kết quả thực hiện cải tiến chất lượng của nhà trường đã đạt được trong năm học …;",
        "5. Chủ trương, định hướng, giải pháp trọng tâm của địa phương, ngành và nhà trường.",
      ]),
      ...tables,
      heading("IV. TỔ CHỨC THỰC HIỆN"),
      ...lines([
        "1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá: …",
        "2. Các thành viên của Hội đồng tự đánh giá: …",
        "3. Tổ Giám sát kế hoạch cải tiến chất lượng: …",
        "4. Cán bộ, giáo viên, nhân viên của trường: …",
      ]),
      paragraph(""),
      signatureBlock(),
    ],
  };
}

export function newPlanDocument(choices: NewPlanChoices, layout: Layout): DocumentSpec {
  return generationOf(choices.framework) === "2026" ? newPlan2026Document(choices, layout) : newPlan2018Document(choices, layout);
}
