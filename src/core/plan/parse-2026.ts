/**
 * Items of the 2026 form's tables (Biểu 2, Thông tư 57/2026): section V tasks identified by their TT, section IV
 * issue rows, section VI review points. A row with an empty TT that has text is a continuation of the item above
 * (a row split by a PDF round trip); a vertically merged cell ("Nội dung cải tiến" over several tasks) belongs to
 * every task it spans. Criterion codes written in a task's text are references, never what identifies it.
 */
import { foldVietnamese, normalizeText } from "../text/fold";
import { criteriaNamed, leadingCriterion, standardOf } from "./codes";
import { cellAt, collectFields, soleText, type ColumnRanges } from "./fields";
import type { ViewRow } from "./table-view";
import type { Group, IssueItem, ReviewItem, TaskItem } from "./types";

export interface Parsed<T> {
  items: T[];
  groups: Group[];
  unassignedRows: number[];
}

/** "1", "2.", "3)", "1.2", "a", "IV": a TT; anything longer is a heading written in the TT column. */
const ITEM_ID = /^(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[a-z])[.):]?$/u;

export function itemId(text: string): string | null {
  const tt = normalizeText(text);
  if (!ITEM_ID.test(foldVietnamese(tt))) return null;
  return tt.replace(/[.):]$/u, "");
}

/** A row whose only text is one cell covering most of the table's width: a heading ("Tiêu chuẩn 1", "Nhóm …"). */
function isHeadingRow(row: ViewRow, gridWidth: number): boolean {
  const sole = soleText(row);
  return sole !== null && sole.gridSpan * 2 > gridWidth;
}

interface Draft {
  id: string | undefined;
  rows: ViewRow[];
}

/** Splits rows into items by their TT (or, for issues, a criterion code of their own) and joins continuations. */
function splitByTt(
  body: readonly ViewRow[],
  ranges: ColumnRanges,
  gridWidth: number,
  startsItem: (row: ViewRow) => boolean = () => false,
): { drafts: Draft[]; groups: Group[]; unassignedRows: number[] } {
  const drafts: Draft[] = [];
  const groups: Group[] = [];
  const unassignedRows: number[] = [];
  let current: Draft | undefined;
  for (const row of body) {
    if (row.empty) continue;
    const ttCell = cellAt(row, ranges, "tt");
    const ttText = ttCell && ttCell.origin === ttCell ? normalizeText(ttCell.text) : "";
    const id = ttText ? itemId(ttText) : null;
    if (isHeadingRow(row, gridWidth) || (ttText !== "" && id === null && soleText(row) === ttCell)) {
      const text = normalizeText(soleText(row)?.text ?? ttText);
      const standard = standardOf(text);
      groups.push({ type: standard !== null ? "standard" : "heading", row: row.index, text, ...(standard !== null ? { standard } : {}) });
      current = undefined;
      continue;
    }
    // Without a TT column, nothing marks a continuation: every row with text is an item of its own.
    if (ttText !== "" || !current || startsItem(row) || !ranges.tt) {
      if (ttText === "" && !current && ranges.tt && !startsItem(row)) {
        unassignedRows.push(row.index);
        continue;
      }
      current = { id: id ?? (ttText || undefined), rows: [row] };
      drafts.push(current);
      continue;
    }
    current.rows.push(row);
  }
  return { drafts, groups, unassignedRows };
}

export function parsePlan2026(body: readonly ViewRow[], ranges: ColumnRanges, gridWidth: number): Parsed<TaskItem> {
  const { drafts, groups, unassignedRows } = splitByTt(body, ranges, gridWidth);
  const items = drafts.map((d, i): TaskItem => {
    const fields = collectFields(d.rows, ranges);
    const named = [fields.noiDung?.text ?? "", fields.mucTieu?.text ?? "", fields.hoatDong?.text ?? ""].join("\n");
    return {
      type: "task",
      item: d.id ?? String(i + 1),
      criteria: criteriaNamed(named, { prefixed: true }),
      rows: d.rows.map((r) => r.index),
      fields,
    };
  });
  return { items, groups, unassignedRows };
}

export function parseIssues2026(body: readonly ViewRow[], ranges: ColumnRanges, gridWidth: number): Parsed<IssueItem> {
  const ownCode = (row: ViewRow): boolean => {
    const cell = cellAt(row, ranges, "tieuChi");
    return cell !== undefined && cell.origin === cell && criteriaNamed(cell.text, { prefixed: false }).length > 0;
  };
  const { drafts, groups, unassignedRows } = splitByTt(body, ranges, gridWidth, ownCode);
  const items = drafts.map((d): IssueItem => {
    const fields = collectFields(d.rows, ranges);
    const criterionText = fields.tieuChi?.text ?? "";
    const criteria = criteriaNamed(criterionText, { prefixed: false });
    const criterion = leadingCriterion(criterionText) ?? criteria[0];
    const standard = standardOf(fields.tieuChuan?.text ?? "") ?? undefined;
    return {
      type: "issue",
      ...(d.id !== undefined ? { item: d.id } : {}),
      ...(criterion !== undefined ? { criterion } : {}),
      criteria,
      ...(standard !== undefined ? { standard } : {}),
      rows: d.rows.map((r) => r.index),
      fields,
    };
  });
  return { items, groups, unassignedRows };
}

/** Review rows are keyed by their "Thời điểm" cell; a row without one continues the point above. */
export function parseMonitoring2026(body: readonly ViewRow[], ranges: ColumnRanges): Parsed<ReviewItem> {
  const drafts: { point: string; rows: ViewRow[] }[] = [];
  let current: { point: string; rows: ViewRow[] } | undefined;
  for (const row of body) {
    if (row.empty) continue;
    const cell = cellAt(row, ranges, "thoiDiem");
    const point = cell && cell.origin === cell ? normalizeText(cell.text) : "";
    if (point !== "" || !current) {
      current = { point, rows: [row] };
      drafts.push(current);
    } else {
      current.rows.push(row);
    }
  }
  const items = drafts.map((d): ReviewItem => ({ type: "review", point: d.point, rows: d.rows.map((r) => r.index), fields: collectFields(d.rows, ranges) }));
  return { items, groups: [], unassignedRows: [] };
}
