/** Sorting and filtering the batch table: plain functions over rows, so they are tested without a browser. */
import type { BatchRow } from "./types";

export type SortKey = "name" | "school" | "schoolType" | "form" | "schoolYear" | "items" | "itemsWithGaps" | "warnings" | "result";
export type SortDirection = "ascending" | "descending";

/** Unreadable first, then incomplete, then complete: what a reviewer has to act on comes first. */
function resultRank(row: BatchRow): number {
  if (row.status === "unreadable") return 0;
  return row.complete ? 2 : 1;
}

function value(row: BatchRow, key: SortKey): string | number | null {
  if (key === "name") return row.name;
  if (key === "result") return resultRank(row);
  if (row.status === "unreadable") return null;
  return row[key];
}

const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });

export function sortRows(rows: readonly BatchRow[], key: SortKey, direction: SortDirection): BatchRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    // Rows without the value (unreadable files) stay at the end whichever way the column is sorted.
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
    return sign * order || collator.compare(a.name, b.name);
  });
}

/** "Chỉ trường còn thiếu": the plans with gaps, and the files that could not be read (no valid plan yet either). */
export function onlyIncomplete(rows: readonly BatchRow[]): BatchRow[] {
  return rows.filter((row) => row.status === "unreadable" || !row.complete);
}
