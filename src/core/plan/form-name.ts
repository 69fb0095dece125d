/**
 * How a host names a table it recognised, as the table is: "bảng kế hoạch 8 cột" for the 8-column variant of the
 * 2018-era plan, never "mẫu 9 cột" for a table that does not have those 9 columns.
 */
import { formById, writtenColumns } from "../forms";
import type { TableModel } from "./types";

/** The header's columns: the recognised ones and those whose header the reader did not know. */
export function headerColumnCount(table: TableModel): number {
  return Object.keys(table.columnRanges).length + table.unknownHeaders.length;
}

/** True when the table has exactly the columns its form is drawn with (the 9 of the 2018 plan, the 10 of the 2026 plan, …). */
function hasEveryFormColumn(table: TableModel): boolean {
  if (!table.form) return false;
  const keys = writtenColumns(formById(table.form)).map((c) => c.key);
  return headerColumnCount(table) === keys.length && keys.every((key) => key in table.columnRanges);
}

/** "bảng kế hoạch 9 cột theo mẫu các thông tư năm 2018", "bảng kế hoạch 8 cột theo các thông tư năm 2018", … */
export function formName(table: TableModel): string {
  const n = headerColumnCount(table);
  const exact = hasEveryFormColumn(table);
  switch (table.form) {
    case "plan-2018":
      return exact ? `bảng kế hoạch ${n} cột theo mẫu các thông tư năm 2018` : `bảng kế hoạch ${n} cột theo các thông tư năm 2018`;
    case "report-2018":
      return exact ? `bảng báo cáo ${n} cột theo mẫu các thông tư năm 2018` : `bảng báo cáo ${n} cột theo các thông tư năm 2018`;
    case "plan-2026":
      return exact ? `bảng kế hoạch ${n} cột theo mẫu Thông tư 57/2026 (mục V)` : `bảng kế hoạch ${n} cột theo Thông tư 57/2026 (mục V, mẫu có 10 cột)`;
    case "issues-2026":
      return "bảng vấn đề trọng tâm cần cải tiến (mục IV, Thông tư 57/2026)";
    case "monitoring-2026":
      return "bảng theo dõi và đánh giá thực hiện (mục VI, Thông tư 57/2026)";
    case undefined:
      return "bảng không theo mẫu nào";
  }
}
