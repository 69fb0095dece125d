import type { CheckResult } from "./types";

/** "12 mục, 3 thiếu thông tin" / "12 items, 3 with missing information". */
export function summaryText(result: CheckResult, lang: "vi" | "en" = "vi"): string {
  const { items, itemsWithGaps } = result.summary;
  return lang === "vi" ? `${items} mục, ${itemsWithGaps} thiếu thông tin` : `${items} item${items === 1 ? "" : "s"}, ${itemsWithGaps} with missing information`;
}
