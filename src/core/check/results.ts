/**
 * `result-missing`: the rules of tables filled in during the year.
 * - A 2018 report row states at least one result: done, in progress (or late), or not started.
 * - A 2026 monitoring review point that is already due has a "Kết quả thực hiện". Due dates follow the school
 *   year: end of học kỳ I ≈ 15 January, end of the year ≈ 31 May, both in the school year's second calendar year
 *   (the usual ministry calendar; a school's own dates may differ by a few days). Without the school year or the
 *   date of the check nothing is reported: a plan written in September is not late.
 */
import type { TableModel } from "../plan";
import { foldVietnamese } from "../text/fold";
import { isEmptyValue } from "./empty-value";
import { finding } from "./finding";
import { subject } from "./labels";
import type { Finding } from "./types";

const REPORT_RESULTS = ["daXong", "dangTrienKhai", "chuaTrienKhai"] as const;

export function reportResultFindings(table: TableModel): Finding[] {
  if (table.form !== "report-2018") return [];
  const present = REPORT_RESULTS.filter((key) => key in table.columns);
  if (present.length === 0) return [];
  const out: Finding[] = [];
  for (const item of table.items) {
    if (present.some((key) => !isEmptyValue(item.fields[key]?.text ?? ""))) continue;
    out.push(
      finding(
        table.index,
        item,
        present[0]!,
        "result-missing",
        "error",
        `${subject(item, "vi")}: chưa ghi kết quả thực hiện (đã triển khai xong, đang triển khai hay chưa triển khai)`,
        `${subject(item, "en")}: no result given (done, in progress or not started)`,
      ),
    );
  }
  return out;
}

/** Month (1-12) and day a review point falls due, in the school year's second calendar year; null if unknown. */
export function reviewDue(point: string): { month: number; day: number } | null {
  const folded = foldVietnamese(point);
  // Mid-term reviews ("Giữa học kỳ I") have no date the form fixes.
  if (/\bgiua\b/u.test(folded)) return null;
  if (/\b(?:hoc\s*ky|hk|ky)\s*(?:i|1)\b/u.test(folded)) return { month: 1, day: 15 };
  if (/\b(?:cuoi\s*nam|nam\s*hoc|tong\s*ket)\b/u.test(folded) || /\b(?:hoc\s*ky|hk|ky)\s*(?:ii|2)\b/u.test(folded)) {
    return { month: 5, day: 31 };
  }
  return null;
}

/** "2026-2027" → 2027. */
function secondYear(schoolYear: string): number | null {
  const m = /^(\d{4})-(\d{4})$/.exec(schoolYear);
  return m ? Number(m[2]) : null;
}

function formatDate(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
}

/**
 * `alone`: the table stands without its plan (a report written for a review point, as `caitien report` does): each
 * of its review points is there to be reported on, so each needs a result whatever the date.
 */
export function monitoringResultFindings(table: TableModel, schoolYear: string | undefined, today: Date | undefined, alone = false): Finding[] {
  if (table.form !== "monitoring-2026" || !("ketQua" in table.columns)) return [];
  if (alone) return monitoringResultsOfReport(table);
  if (!schoolYear || !today) return [];
  const year = secondYear(schoolYear);
  if (year === null) return [];
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const out: Finding[] = [];
  for (const item of table.items) {
    if (item.type !== "review") continue;
    const due = reviewDue(item.point);
    if (!due) continue;
    const dueDate = new Date(Date.UTC(year, due.month - 1, due.day));
    if (todayUtc < dueDate.getTime() || !isEmptyValue(item.fields.ketQua?.text ?? "")) continue;
    out.push(
      finding(
        table.index,
        item,
        "ketQua",
        "result-missing",
        "error",
        `${subject(item, "vi")}: đã đến hạn đánh giá (${formatDate(dueDate)}) nhưng chưa ghi kết quả thực hiện`,
        `${subject(item, "en")}: the review was due (${formatDate(dueDate)}) but no result is given`,
      ),
    );
  }
  return out;
}

function monitoringResultsOfReport(table: TableModel): Finding[] {
  return table.items.flatMap((item) =>
    item.type === "review" && isEmptyValue(item.fields.ketQua?.text ?? "")
      ? [
          finding(
            table.index,
            item,
            "ketQua",
            "result-missing",
            "error",
            `${subject(item, "vi")}: chưa ghi kết quả thực hiện`,
            `${subject(item, "en")}: no result given`,
          ),
        ]
      : [],
  );
}
