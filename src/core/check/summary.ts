import type { CheckResult, CheckSummary, CheckedItemCounts } from "./types";

type Lang = "vi" | "en";

const NAMES: Record<Lang, Record<keyof CheckedItemCounts, (n: number) => string>> = {
  vi: { criterion: (n) => `${n} tiêu chí`, task: (n) => `${n} nhiệm vụ`, review: (n) => `${n} thời điểm theo dõi` },
  en: {
    criterion: (n) => `${n} ${n === 1 ? "criterion" : "criteria"}`,
    task: (n) => `${n} task${n === 1 ? "" : "s"}`,
    review: (n) => `${n} review point${n === 1 ? "" : "s"}`,
  },
};

/** What was checked, by kind: "6 nhiệm vụ, 2 thời điểm theo dõi" (not "8 mục"); "8 mục" when kinds are unknown. */
export function checkedText(summary: Pick<CheckSummary, "items"> & { counts?: CheckedItemCounts }, lang: Lang = "vi"): string {
  const parts = summary.counts
    ? (Object.keys(NAMES[lang]) as (keyof CheckedItemCounts)[]).filter((k) => (summary.counts![k] ?? 0) > 0).map((k) => NAMES[lang][k](summary.counts![k]!))
    : [];
  if (parts.length > 0) return parts.join(", ");
  return lang === "vi" ? `${summary.items} mục` : `${summary.items} item${summary.items === 1 ? "" : "s"}`;
}

/** "6 nhiệm vụ, 2 thời điểm theo dõi, 3 thiếu thông tin" / "6 tasks, 2 review points, 3 with missing information". */
export function summaryText(result: Pick<CheckResult, "summary">, lang: Lang = "vi"): string {
  const gaps = result.summary.itemsWithGaps;
  return `${checkedText(result.summary, lang)}, ${gaps} ${lang === "vi" ? "thiếu thông tin" : "with missing information"}`;
}

/**
 * The all-clear of a complete document, saying what was checked: a plan's required columns, a report's results
 * (a report alone has no budgets to fill).
 */
export function allClearText(summary: Pick<CheckSummary, "checked">, lang: Lang = "vi"): string {
  const { plans, results } = summary.checked;
  if (lang === "en") {
    if (plans && results) return "Every plan item has its budget (resources), time and person in charge, and every report item a result.";
    if (results) return "Every item has a result.";
    return "Every item has its budget (resources), time and person in charge.";
  }
  if (plans && results) return "Mọi mục kế hoạch đã ghi đủ kinh phí (nguồn lực), thời gian và người phụ trách; mọi mục báo cáo đã ghi kết quả thực hiện.";
  if (results) return "Mọi mục đã ghi kết quả thực hiện.";
  return "Mọi mục đã ghi đủ kinh phí (nguồn lực), thời gian và người phụ trách.";
}
