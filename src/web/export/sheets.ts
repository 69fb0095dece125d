/**
 * The batch as two tables — one row per file, one row per finding — shared by the .xlsx workbook (two sheets) and
 * the .csv files, so both say the same thing.
 */
import { isSchoolType, schoolTypeInfo } from "../../core/catalog";
import { groupFindings } from "../../core/check/groups";
import type { BatchRow } from "../batch/types";

export interface Sheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: (string | number)[][];
}

export function schoolTypeLabel(schoolType: string | null): string {
  return schoolType && isSchoolType(schoolType) ? schoolTypeInfo[schoolType].label : "";
}

export function resultLabel(row: BatchRow): string {
  if (row.status === "unreadable") return "Không đọc được";
  return row.complete ? "Đầy đủ" : "Còn thiếu";
}

export function summarySheet(rows: readonly BatchRow[]): Sheet {
  return {
    name: "Tổng hợp",
    columns: [
      { header: "Tệp", width: 36 },
      { header: "Trường", width: 32 },
      { header: "Cấp học", width: 12 },
      { header: "Mẫu", width: 7 },
      { header: "Năm học", width: 11 },
      { header: "Số mục", width: 8 },
      { header: "Mục còn thiếu", width: 13 },
      { header: "Cảnh báo", width: 10 },
      { header: "Kết quả", width: 15 },
      { header: "Lý do không đọc được", width: 60 },
    ],
    rows: rows.map((row) =>
      row.status === "unreadable"
        ? [row.name, "", "", "", "", "", "", "", resultLabel(row), row.reason]
        : [row.name, row.school ?? "", schoolTypeLabel(row.schoolType), row.form ?? "", row.schoolYear ?? "", row.items, row.itemsWithGaps, row.warnings, resultLabel(row), ""],
    ),
  };
}

export function findingsSheet(rows: readonly BatchRow[]): Sheet {
  const lines: (string | number)[][] = [];
  for (const row of rows) {
    if (row.status !== "read") continue;
    const school = row.school ?? "";
    for (const notice of row.notices) lines.push([row.name, school, "Toàn văn bản", notice.severity === "error" ? "Lỗi" : "Cảnh báo", notice.message]);
    for (const group of groupFindings(row.findings)) {
      for (const f of group.findings) lines.push([row.name, school, group.label, f.severity === "error" ? "Lỗi" : "Cảnh báo", f.message]);
    }
  }
  return {
    name: "Nhận xét",
    columns: [
      { header: "Tệp", width: 36 },
      { header: "Trường", width: 32 },
      { header: "Mục", width: 16 },
      { header: "Mức", width: 10 },
      { header: "Nhận xét", width: 80 },
    ],
    rows: lines,
  };
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so Excel shows the diacritics; CRLF line ends, as Excel writes. */
export function sheetToCsv(sheet: Sheet): Uint8Array {
  const quote = (value: string | number): string => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [sheet.columns.map((c) => c.header), ...sheet.rows].map((cells) => cells.map(quote).join(","));
  const body = new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
