/**
 * Warnings: things a reviewer would question, none of which makes a plan incomplete.
 */
import { formById } from "../forms";
import { criteriaNamed, type Item, type TableModel, type TaskItem } from "../plan";
import { foldVietnamese } from "../text/fold";
import { isEmptyValue } from "./empty-value";
import type { CodeSet } from "./framework";
import { finding } from "./finding";
import { fieldLabel, subject } from "./labels";
import { placeholderIn } from "./placeholders";
import { timeProblems } from "./time-text";
import type { Finding } from "./types";

function standardOfCode(code: string): number {
  return Number(code.split(".")[0]);
}

function quote(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

/** The field of a task whose text names the code (where the reader found it), else Nội dung. */
function fieldNaming(item: Item, code: string): string {
  for (const [key, value] of Object.entries(item.fields)) {
    if (criteriaNamed(value.text, { prefixed: true }).includes(code)) return key;
  }
  return "noiDung";
}

/** `unknown-criterion`: a code that the document's framework and school type do not have. */
export function unknownCriterionFindings(table: TableModel, codes: CodeSet): Finding[] {
  const out: Finding[] = [];
  const report = (item: Item, code: string, field: string): void => {
    if (codes.standards.has(code)) return;
    const who = item.type === "task" ? `${subject(item, "vi")}: tiêu chí ${code}` : `Tiêu chí ${code}`;
    const whoEn = item.type === "task" ? `${subject(item, "en")}: criterion ${code}` : `Criterion ${code}`;
    out.push(
      finding(table.index, item, field, "unknown-criterion", "warning", `${who} không có trong bộ tiêu chí của ${codes.source}`, `${whoEn} does not exist in ${codes.sourceEn}`),
    );
  };
  for (const item of table.items) {
    if (item.type === "criterion") report(item, item.criterion, "tieuChi");
    else if (item.type === "issue") for (const code of item.criteria) report(item, code, "tieuChi");
    else if (item.type === "task") for (const code of item.criteria) report(item, code, fieldNaming(item, code));
  }
  return out;
}

/** `criterion-standard-mismatch`: 5.4 under "Tiêu chuẩn 4" (a criterion belongs to the standard of its first digit). */
export function standardMismatchFindings(table: TableModel): Finding[] {
  const out: Finding[] = [];
  const report = (item: Item, code: string, standard: number): void => {
    const own = standardOfCode(code);
    out.push(
      finding(
        table.index,
        item,
        "tieuChi",
        "criterion-standard-mismatch",
        "warning",
        `Tiêu chí ${code} nằm dưới Tiêu chuẩn ${standard}, nhưng thuộc Tiêu chuẩn ${own}`,
        `Criterion ${code} is filed under Standard ${standard} but belongs to Standard ${own}`,
      ),
    );
  };
  for (const mismatch of table.criterionStandardMismatch) {
    const item = table.items.find((i) => i.rows.includes(mismatch.row));
    if (item) report(item, mismatch.criterion, mismatch.standard);
  }
  for (const item of table.items) {
    if (item.type === "issue" && item.criterion !== undefined && item.standard !== undefined && standardOfCode(item.criterion) !== item.standard) {
      report(item, item.criterion, item.standard);
    }
  }
  return out;
}

function addresses(task: TaskItem, code: string, codes: CodeSet): boolean {
  if (task.criteria.includes(code)) return true;
  const content = task.fields.noiDung?.text ?? "";
  if (criteriaNamed(content, { prefixed: false }).includes(code)) return true;
  // A criterion named in words ("Tự đánh giá, cải tiến, công khai…"); short names such as "Giáo viên" would match
  // too much, so only names of three words or more count.
  const name = codes.names.get(code);
  if (!name || name.split(/\s+/).length < 3) return false;
  return foldVietnamese(content).includes(foldVietnamese(name));
}

/** The document says the criterion does not reach the level yet ("chưa đạt", "không đạt"). */
const BELOW_TARGET = /\b(?:chua|khong)\s+dat\b/u;

/**
 * `issue-not-addressed`: a criterion named in section IV that no task of section V addresses.
 * `mandatory-missing` replaces it when the criterion is mandatory and its "Đánh giá hiện trạng" says, in so many
 * words, that it is not reached ("chưa đạt", "không đạt"): the only statement of a rating below target that the
 * document makes in a place the checker reads. Ratings written elsewhere (prose paragraphs) are not looked at.
 */
export function issueFindings(issues: TableModel, tasks: readonly TaskItem[], codes: CodeSet): Finding[] {
  const out: Finding[] = [];
  for (const item of issues.items) {
    if (item.type !== "issue") continue;
    for (const code of item.criteria) {
      if (!codes.standards.has(code) || tasks.some((task) => addresses(task, code, codes))) continue;
      const below = codes.mandatory.has(code) && BELOW_TARGET.test(foldVietnamese(item.fields.hienTrang?.text ?? ""));
      out.push(
        below
          ? finding(
              issues.index,
              item,
              "tieuChi",
              "mandatory-missing",
              "warning",
              `Tiêu chí ${code} là tiêu chí bắt buộc, hiện trạng chưa đạt, nhưng kế hoạch (mục V) chưa có nhiệm vụ cải tiến tiêu chí này`,
              `Criterion ${code} is mandatory and not yet reached, but no task of the plan (section V) addresses it`,
            )
          : finding(
              issues.index,
              item,
              "tieuChi",
              "issue-not-addressed",
              "warning",
              `Tiêu chí ${code} được nêu ở mục IV nhưng chưa có nhiệm vụ nào trong kế hoạch (mục V) thực hiện`,
              `Criterion ${code} is named in section IV but no task of the plan (section V) addresses it`,
            ),
      );
    }
  }
  return out;
}

/** `invalid-time`: a date that cannot exist, or a period that ends before it starts, in a plan's time column. */
export function timeFindings(table: TableModel): Finding[] {
  if (table.kind !== "plan") return [];
  const out: Finding[] = [];
  for (const item of table.items) {
    const text = item.fields.thoiGian?.text ?? "";
    const [problem] = timeProblems(text);
    if (!problem) continue;
    const shown = quote(text);
    out.push(
      problem.kind === "impossible"
        ? finding(
            table.index,
            item,
            "thoiGian",
            "invalid-time",
            "warning",
            `${subject(item, "vi")}: thời gian “${shown}” có ngày hoặc tháng không tồn tại`,
            `${subject(item, "en")}: the time “${shown}” has a day or month that does not exist`,
          )
        : finding(
            table.index,
            item,
            "thoiGian",
            "invalid-time",
            "warning",
            `${subject(item, "vi")}: thời gian “${shown}” kết thúc trước khi bắt đầu`,
            `${subject(item, "en")}: the time “${shown}” ends before it starts`,
          ),
    );
  }
  return out;
}

/** Columns whose text is copied from elsewhere or numbers rows: a placeholder there is not the principal's blank. */
const NOT_CHECKED_FOR_PLACEHOLDERS = new Set(["tt"]);

/** `placeholder-text`: template blanks ("……", "[…]", "xxx") left in text that is otherwise filled in. */
export function placeholderFindings(table: TableModel): Finding[] {
  if (table.kind === "other" || !table.form) return [];
  const form = formById(table.form);
  const out: Finding[] = [];
  for (const item of table.items) {
    for (const [key, value] of Object.entries(item.fields)) {
      if (NOT_CHECKED_FOR_PLACEHOLDERS.has(key)) continue;
      const mark = placeholderIn(value.text);
      // A cell that is nothing but a blank is an empty field (required-empty's business), not filled text.
      if (!mark || isEmptyValue(value.text)) continue;
      out.push(
        finding(
          table.index,
          item,
          key,
          "placeholder-text",
          "warning",
          `${subject(item, "vi")}: ${fieldLabel(form, key, "vi")} còn chỗ trống của mẫu (“${mark.trim()}”)`,
          `${subject(item, "en")}: the ${fieldLabel(form, key, "en")} still holds a template blank (“${mark.trim()}”)`,
        ),
      );
    }
  }
  return out;
}
