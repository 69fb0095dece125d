/**
 * Which form a table is drawn on, read from its header row(s): every grid column of the header is matched against
 * each form's columns (`matchColumn`, tolerant of wording, diacritics, case, numbering), and the form whose signature
 * columns are all present and that matches most columns, then best, wins.
 */
import { FORMS, MAX_HEADER_TEXT, isColumnNumber, matchColumn, normalizeHeader, type FormDef, type FormId, type TableKind } from "../forms";
import { normalizeText } from "../text/fold";
import type { OtherReason } from "./types";
import { type TableView, type ViewCell, type ViewRow } from "./table-view";

export interface Recognition {
  readonly kind: TableKind | "other";
  readonly form?: FormId;
  readonly formDef?: FormDef;
  readonly otherReason?: OtherReason;
  /** Field key → grid columns [start, end). */
  readonly columnRanges: Readonly<Record<string, readonly [number, number]>>;
  /** Positions in `view.rows` of the header rows (numbering row included). */
  readonly headerRowPositions: readonly number[];
  readonly unknownHeaders: readonly string[];
}

/** A column of a header candidate: the grid columns it covers and its (leaf) header text. */
interface HeaderColumn {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A cell of the upper header row spanning several leaf columns (the 2018 report's "Kết quả thực hiện"). */
interface HeaderGroupCell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Candidate {
  readonly start: number;
  readonly height: number;
  readonly columns: readonly HeaderColumn[];
  readonly groups: readonly HeaderGroupCell[];
}

interface FormMatch {
  readonly form: FormDef;
  readonly candidate: Candidate;
  readonly ranges: Record<string, readonly [number, number]>;
  readonly count: number;
  readonly score: number;
  readonly unknown: string[];
}

/** A title row or two may sit above the header inside the table. */
const MAX_HEADER_START = 2;

function candidates(rows: readonly ViewRow[]): Candidate[] {
  const out: Candidate[] = [];
  for (let start = 0; start <= MAX_HEADER_START && start < rows.length; start++) {
    const top = rows[start]!;
    if (top.empty) continue;
    out.push({ start, height: 1, columns: top.cells.map(columnOf), groups: [] });
    const bottom = rows[start + 1];
    if (bottom && !bottom.empty) out.push(twoRowCandidate(start, top, bottom));
  }
  return out;
}

function columnOf(cell: ViewCell): HeaderColumn {
  return { start: cell.gridCol, end: cell.gridCol + cell.gridSpan, text: cell.text };
}

/**
 * Leaves come from the lower row; where the lower cell continues a vertical merge (or is empty), the upper cell's
 * text stands for the column. An upper cell over several lower cells is a group.
 */
function twoRowCandidate(start: number, top: ViewRow, bottom: ViewRow): Candidate {
  const columns: HeaderColumn[] = [];
  const groups: HeaderGroupCell[] = [];
  const covered = new Set<ViewCell>();
  for (const cell of bottom.cells) {
    const upper = top.byGrid[cell.gridCol];
    if (upper) covered.add(upper);
    const upperIsGroup = upper !== undefined && upper.gridSpan > cell.gridSpan;
    if ((cell.vMerge === "continue" || !cell.filled) && upper && !upperIsGroup) {
      columns.push({ start: upper.gridCol, end: upper.gridCol + upper.gridSpan, text: upper.text });
    } else {
      columns.push(columnOf(cell));
    }
    if (upperIsGroup && !groups.some((g) => g.start === upper.gridCol)) {
      groups.push({ start: upper.gridCol, end: upper.gridCol + upper.gridSpan, text: upper.text });
    }
  }
  for (const cell of top.cells) if (!covered.has(cell)) columns.push(columnOf(cell));
  const unique = columns.filter((c, i) => columns.findIndex((d) => d.start === c.start && d.end === c.end) === i);
  unique.sort((a, b) => a.start - b.start);
  return { start, height: 2, columns: unique, groups };
}

function isGroupHeaderOf(form: FormDef, text: string): boolean {
  if (text.length > MAX_HEADER_TEXT) return false;
  const header = normalizeHeader(text);
  return (form.headerGroups ?? []).some((group) =>
    [group.header, ...group.variants].some((variant) => {
      const v = normalizeHeader(variant.replace(/[…\s.]+$/u, ""));
      return v !== "" && header.startsWith(v);
    }),
  );
}

function matchForm(form: FormDef, candidate: Candidate): FormMatch | null {
  const proposals: { column: number; key: string; score: number }[] = [];
  candidate.columns.forEach((column, i) => {
    const match = matchColumn(form, column.text);
    if (match) proposals.push({ column: i, key: match.column.key, score: match.score });
  });
  proposals.sort((a, b) => b.score - a.score || a.column - b.column);
  const ranges: Record<string, readonly [number, number]> = {};
  const usedColumns = new Set<number>();
  let score = 0;
  for (const p of proposals) {
    if (usedColumns.has(p.column) || ranges[p.key]) continue;
    const column = candidate.columns[p.column]!;
    ranges[p.key] = [column.start, column.end];
    usedColumns.add(p.column);
    score += p.score;
  }
  // A group header whose leaves name nothing of this form may itself name a column ("Thời gian" over "Từ" / "Đến").
  const groupCovered = new Set<number>();
  for (const group of candidate.groups) {
    const leaves = candidate.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.start >= group.start && c.end <= group.end);
    if (isGroupHeaderOf(form, group.text)) continue;
    if (leaves.some(({ i }) => usedColumns.has(i))) continue;
    const match = matchColumn(form, group.text);
    if (!match || ranges[match.column.key]) continue;
    ranges[match.column.key] = [group.start, group.end];
    score += match.score;
    for (const { i } of leaves) groupCovered.add(i);
  }
  const keys = Object.keys(ranges);
  if (!form.columns.every((c) => !c.signature || keys.includes(c.key))) return null;
  const unknown: string[] = [];
  candidate.columns.forEach((column, i) => {
    if (usedColumns.has(i) || groupCovered.has(i) || column.text.length > MAX_HEADER_TEXT) return;
    const text = normalizeText(column.text);
    if (text && !isColumnNumber(text)) unknown.push(text);
  });
  // A group over recognised leaves ("Điều kiện thực hiện" over Phụ trách / Thời gian / Kinh phí) is understood.
  for (const group of candidate.groups) {
    if (group.text.length > MAX_HEADER_TEXT) continue;
    const text = normalizeText(group.text);
    const used = Object.values(ranges).some(([s, e]) => s >= group.start && e <= group.end);
    if (text && !used && !isGroupHeaderOf(form, group.text)) unknown.push(text);
  }
  return { form, candidate, ranges, count: keys.length, score, unknown };
}

function better(a: FormMatch, b: FormMatch | null): boolean {
  if (!b) return true;
  if (a.count !== b.count) return a.count > b.count;
  if (a.score !== b.score) return a.score > b.score;
  // Same columns, same wording: the shorter header, then the one nearer the top.
  if (a.candidate.height !== b.candidate.height) return a.candidate.height < b.candidate.height;
  return a.candidate.start < b.candidate.start;
}

/** A row "(1)", "(2)", … under the header (the 2026 plan form prints one). */
function isNumberingRow(row: ViewRow): boolean {
  const filled = row.cells.filter((c) => c.filled);
  return filled.length >= 2 && filled.every((c) => isColumnNumber(c.text));
}

/** Texts of the first non-empty row, for an "other" table: what the user would see as its header. */
function firstRowTexts(rows: readonly ViewRow[]): string[] {
  const row = rows.find((r) => !r.empty);
  if (!row) return [];
  return row.cells.filter((c) => c.text.length <= MAX_HEADER_TEXT).map((c) => normalizeText(c.text)).filter((t) => t !== "" && !isColumnNumber(t));
}

function other(reason: OtherReason, unknownHeaders: string[] = []): Recognition {
  return { kind: "other", otherReason: reason, columnRanges: {}, headerRowPositions: [], unknownHeaders };
}

export function recogniseTable(view: TableView): Recognition {
  const { rows } = view;
  if (rows.every((r) => r.empty)) return other("empty");
  // Layout tables (letterheads, signature blocks) are drawn without borders; schools never print a plan that way.
  if (!view.grid.hasBorders) return other("borderless");
  let best: FormMatch | null = null;
  for (const candidate of candidates(rows)) {
    for (const form of FORMS) {
      const match = matchForm(form, candidate);
      if (match && better(match, best)) best = match;
    }
  }
  if (!best) return other("no-header", firstRowTexts(rows));
  const { candidate, form } = best;
  // Title rows above the header (inside the table) are counted with it: they are not items either.
  const headerRowPositions: number[] = [];
  for (let p = 0; p < candidate.start + candidate.height; p++) headerRowPositions.push(p);
  const next = rows[candidate.start + candidate.height];
  if (next && isNumberingRow(next)) headerRowPositions.push(candidate.start + candidate.height);
  return {
    kind: form.kind,
    form: form.id,
    formDef: form,
    columnRanges: best.ranges,
    headerRowPositions,
    unknownHeaders: best.unknown,
  };
}
