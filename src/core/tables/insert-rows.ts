/**
 * Where and what to insert when the user adds criteria to an existing plan: pure, from the reader's grids and the
 * plan model, so the Word host only applies the rows (src/word/document-tables.ts, at most 2 syncs) and the rows
 * already in the table are never touched.
 *
 * Rules:
 * - 2018 form: each new criterion goes in code order (1.9 before 1.10) under its standard row; a missing standard
 *   row is created, in standard order, with the criteria under it ("N | Tiêu chuẩn N: …", unmerged: a new row copies
 *   its anchor's cells, one value per physical cell). Criterion rows take the table's own layout: the heading in the
 *   `tieuChi` column, "Đạt Mức N" in `ketQuaCanDat` when the table has it, "Tiêu chuẩn N" in `tieuChuan` when the
 *   table has that column, TT empty. A table without standard rows gets none. Criteria already in the table are
 *   skipped (and named in the notes).
 * - 2026 form: a task row per new criterion at the end of the plan table, TT continuing from the largest TT (the
 *   existing rows keep theirs), "Nội dung cải tiến" worded as in a new plan; and an issue row in the section IV
 *   table when the document has one.
 * - Anchors: Word's insertRows copies the anchor row's cells, so the anchor is a row with one cell per grid column
 *   (never a header row, a merged level/standard row or a row of another shape), preferably an item row and one
 *   without vertical merges. A new block goes into the gap between two rows: the row above ("After") or below
 *   ("Before") serves as anchor when it fits; when neither does, the nearest fitting row does and the block moves
 *   next to it (said in the notes).
 */
import {
  findStandard,
  frameworkInfo,
  type Catalog,
  type Criterion,
} from "../catalog";
import type { DocumentModel, Item, TableModel } from "../plan";
import type { Row, TableGrid } from "../../ooxml/table-grid";
import { normalizeText } from "../text/fold";
import { generationOf, levelLabel, resolveCriteria, standardHeading, taskContent } from "./new-plan";

/** Rows to insert next to one existing row of the table (physical index, as the reader counts rows). */
export interface RowInsertion {
  readonly anchorRow: number;
  readonly location: "Before" | "After";
  /** One array of cell texts per new row, one text per physical cell of the anchor row. */
  readonly rows: readonly (readonly string[])[];
}

/** What to do to one table: insertions next to existing rows and rows appended at its end. */
export interface TableEdit {
  /** Reader index of the table (readTables order). */
  readonly table: number;
  readonly rowInsertions: readonly RowInsertion[];
  /** Rows added after the last row (shaped like it). */
  readonly append?: readonly (readonly string[])[];
}

/** Every table edit of one user action, applied in one sync, and what the user should be told. */
export interface TableEdits {
  readonly edits: readonly TableEdit[];
  /** Vietnamese notes for the user: skipped criteria, anchors that moved. */
  readonly notes: readonly string[];
}

export interface CriterionRowChoices {
  readonly catalog: Catalog;
  /** Codes as picked ("1.4"); order and duplicates do not matter. */
  readonly criteria: readonly string[];
  readonly targetLevel: number;
}

export type PlanResult = TableEdits | { readonly error: string };

const NOT_A_PLAN =
  "Bảng này không phải bảng kế hoạch cải tiến chất lượng (không nhận ra các cột của mẫu kế hoạch). " +
  "Hãy đặt con trỏ vào bảng kế hoạch rồi thử lại.";

/**
 * The plan table the user means: the one holding the cursor; with the cursor in the 2026 form's section IV or VI
 * table, the form's plan table; otherwise the only plan table of the document.
 */
export function findTargetPlanTable(model: DocumentModel, cursorTable: number | null): number | { error: string } {
  const plans = model.tables.filter((t) => t.kind === "plan");
  const atCursor = cursorTable === null ? undefined : model.tables.find((t) => t.index === cursorTable);
  if (atCursor?.kind === "plan") return atCursor.index;
  if (atCursor && (atCursor.form === "issues-2026" || atCursor.form === "monitoring-2026")) {
    const plan2026 = plans.filter((t) => t.form === "plan-2026");
    if (plan2026.length === 1) return plan2026[0]!.index;
  }
  if (plans.length === 1) return plans[0]!.index;
  if (plans.length === 0) return { error: "Văn bản chưa có bảng kế hoạch cải tiến chất lượng nào để chèn thêm tiêu chí." };
  if (atCursor) return { error: NOT_A_PLAN };
  return { error: `Văn bản có ${plans.length} bảng kế hoạch: hãy đặt con trỏ vào bảng cần chèn thêm tiêu chí.` };
}

/** The whole step from a snapshot of the document: which table, then which rows. */
export function planCriterionRowsInDocument(
  model: DocumentModel,
  grids: readonly TableGrid[],
  cursorTable: number | null,
  choices: CriterionRowChoices,
): PlanResult {
  const target = findTargetPlanTable(model, cursorTable);
  if (typeof target !== "number") return target;
  return planCriterionRows(model, grids, target, choices);
}

export function planCriterionRows(
  model: DocumentModel,
  grids: readonly TableGrid[],
  tableIndex: number,
  choices: CriterionRowChoices,
): PlanResult {
  const table = model.tables.find((t) => t.index === tableIndex);
  const grid = grids.find((g) => g.index === tableIndex);
  if (!table || !grid || table.kind !== "plan" || (table.form !== "plan-2018" && table.form !== "plan-2026")) {
    return { error: NOT_A_PLAN };
  }
  const generation = generationOf(choices.catalog.framework);
  const tableGeneration = table.form === "plan-2026" ? "2026" : "2018";
  if (generation !== tableGeneration) {
    const chosen = frameworkInfo[choices.catalog.framework].label;
    return {
      error:
        tableGeneration === "2026"
          ? `Bảng này theo mẫu kế hoạch của Thông tư 57/2026, nhưng các tiêu chí đang chọn thuộc ${chosen}: hãy chọn bộ tiêu chí năm 2026.`
          : `Bảng này theo mẫu kế hoạch 9 cột của các thông tư năm 2018, nhưng các tiêu chí đang chọn thuộc ${chosen}: hãy chọn bộ tiêu chí năm 2018.`,
    };
  }
  let criteria: Criterion[];
  try {
    criteria = resolveCriteria(choices.catalog, choices.criteria);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  return tableGeneration === "2018"
    ? plan2018(table, grid, criteria, choices)
    : plan2026(model, grids, table, grid, criteria, choices.catalog);
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

export function gridWidth(grid: TableGrid): number {
  const widest = Math.max(0, ...grid.rows.map((r) => r.gridBefore + r.cells.reduce((n, c) => n + c.gridSpan, 0) + r.gridAfter));
  return Math.max(grid.gridCols.length, widest);
}

/** A row Word can copy into a row of the table's full layout: one unmerged-across cell per grid column. */
export function isFullRow(row: Row, width: number): boolean {
  return (
    !row.isHeader &&
    !row.isDeleted &&
    row.gridBefore === 0 &&
    row.gridAfter === 0 &&
    row.cells.length === width &&
    row.cells.every((c, i) => c.gridSpan === 1 && c.gridCol === i)
  );
}

/** Cell texts for a row like `anchor`: each field's text in the physical cell under that field's column. */
export function rowValues(table: TableModel, anchor: Row, fields: Readonly<Record<string, string>>): string[] {
  const values = anchor.cells.map(() => "");
  for (const [key, text] of Object.entries(fields)) {
    const column = table.columns[key];
    if (column === undefined) continue;
    const at = anchor.cells.findIndex((c) => c.gridCol <= column && column < c.gridCol + c.gridSpan);
    if (at >= 0) values[at] = text;
  }
  return values;
}

function codeKey(code: string): [number, number] {
  const [s = "0", c = "0"] = code.split(".");
  return [Number(s), Number(c)];
}

function compareCodes(a: string, b: string): number {
  const [as, ac] = codeKey(a);
  const [bs, bc] = codeKey(b);
  return as - bs || ac - bc;
}

function listCodes(codes: readonly string[]): string {
  return codes.join(", ");
}

function skippedNote(codes: readonly string[], where: string): string {
  return `${codes.length === 1 ? "Tiêu chí" : "Các tiêu chí"} ${listCodes(codes)} đã có trong ${where}: không chèn lại.`;
}

// ---------------------------------------------------------------------------------------------------------
// 2018 form

interface Anchor {
  row: number;
  location: "Before" | "After";
  moved: boolean;
}

/**
 * The anchor for the gap before physical row `gap` (gap = rows.length: the end of the table). Candidates rank:
 * next to the gap before anywhere else, item rows before other rows, rows without vertical merges first.
 */
function anchorForGap(grid: TableGrid, table: TableModel, gap: number): Anchor | null {
  const width = gridWidth(grid);
  const itemRows = new Set(table.items.flatMap((i) => i.rows));
  const groupRows = new Set(table.groups.map((g) => g.row));
  const headerRows = new Set(table.headerRows);
  const byIndex = new Map(grid.rows.map((r) => [r.index, r]));
  const rank = (row: Row): number =>
    (row.cells.some((c) => c.vMerge !== null) ? 4 : 0) + (itemRows.has(row.index) ? 0 : groupRows.has(row.index) ? 2 : 1);
  const usable = (index: number): Row | null => {
    const row = byIndex.get(index);
    return row && !headerRows.has(index) && isFullRow(row, width) ? row : null;
  };
  const above = usable(gap - 1);
  const below = usable(gap);
  const candidates: Array<[Row, Anchor]> = [];
  if (above) candidates.push([above, { row: above.index, location: "After", moved: false }]);
  if (below) candidates.push([below, { row: below.index, location: "Before", moved: false }]);
  candidates.sort((a, b) => rank(a[0]) - rank(b[0]));
  if (candidates[0]) return candidates[0][1];
  // No fitting row next to the gap: the nearest fitting row anywhere (ties: the one above), block moved beside it.
  let best: { row: Row; distance: number } | null = null;
  for (const row of grid.rows) {
    if (!usable(row.index)) continue;
    const distance = row.index < gap ? gap - 1 - row.index : row.index - gap;
    const score = distance * 10 + rank(row);
    if (!best || score < best.distance) best = { row, distance: score };
  }
  if (!best) return null;
  return { row: best.row.index, location: best.row.index < gap ? "After" : "Before", moved: true };
}

interface Section {
  /** Physical row of the group row (standard or level); -1 for the start of the body. */
  readonly start: number;
  /** First physical row after the section (the next group row or the end of the table). */
  readonly end: number;
}

function plan2018(table: TableModel, grid: TableGrid, criteria: readonly Criterion[], choices: CriterionRowChoices): PlanResult {
  const existing = new Set(table.items.flatMap((i) => (i.type === "criterion" ? [i.criterion] : [])));
  const skipped = criteria.filter((c) => existing.has(c.code)).map((c) => c.code);
  const fresh = criteria.filter((c) => !existing.has(c.code));
  if (fresh.length === 0) {
    return { error: `Không có tiêu chí mới để chèn: ${skipped.length === 1 ? "tiêu chí" : "các tiêu chí"} ${listCodes(skipped)} đã có trong bảng.` };
  }
  const notes: string[] = skipped.length > 0 ? [skippedNote(skipped, "bảng")] : [];
  const rowCount = grid.rows.length;
  const bodyStart = Math.max(-1, ...table.headerRows) + 1;
  const groups = [...table.groups].sort((a, b) => a.row - b.row);
  const nextGroupAfter = (row: number, types: ReadonlySet<string>): number =>
    groups.find((g) => g.row > row && types.has(g.type))?.row ?? rowCount;

  // The level block the new criteria belong to: the level row of the target level, else the whole body.
  const levels = groups.filter((g) => g.type === "level");
  const wantedLevel = String(choices.targetLevel);
  const levelRow =
    levels.find((g) => g.level === wantedLevel) ?? levels.find((g) => (g.level ?? "").split(/\D+/).includes(wantedLevel));
  const block: Section = levelRow
    ? { start: levelRow.row, end: nextGroupAfter(levelRow.row, new Set(["level"])) }
    : { start: bodyStart - 1, end: rowCount };
  const newLevelRow = levels.length > 0 && !levelRow;
  if (newLevelRow) notes.push(`Bảng chưa có dòng ${levelLabel(choices.targetLevel)}: dòng này được thêm ở cuối bảng.`);
  const blockStart = newLevelRow ? rowCount : block.start;
  const blockEnd = newLevelRow ? rowCount : block.end;

  const standardsInBlock = groups.filter((g) => g.type === "standard" && g.row > blockStart && g.row < blockEnd);
  const usesStandardRows = groups.some((g) => g.type === "standard");
  const hasStandardColumn = table.columns.tieuChuan !== undefined;
  const itemsIn = (from: number, to: number): Item[] =>
    table.items.filter((i) => i.type === "criterion" && i.rows[0]! > from && i.rows[0]! < to);

  // gap → rows (as field maps), filled in code order.
  const byGap = new Map<number, Array<Readonly<Record<string, string>>>>();
  const push = (gap: number, fields: Readonly<Record<string, string>>): void => {
    const list = byGap.get(gap) ?? [];
    list.push(fields);
    byGap.set(gap, list);
  };
  if (newLevelRow) push(rowCount, { tt: levelLabel(choices.targetLevel) });

  const criterionFields = (c: Criterion): Record<string, string> => ({
    tieuChi: `Tiêu chí ${c.code}: ${c.name}`,
    ketQuaCanDat: `Đạt Mức ${choices.targetLevel}`,
    ...(hasStandardColumn ? { tieuChuan: `Tiêu chuẩn ${c.standard}` } : {}),
  });
  /** Gap before the first item of `items` whose code comes after `code`, else `fallback`. */
  const gapInOrder = (items: readonly Item[], code: string, fallback: number): number => {
    const next = items.find((i) => i.type === "criterion" && compareCodes(i.criterion, code) > 0);
    return next ? next.rows[0]! : fallback;
  };

  const byStandard = new Map<number, Criterion[]>();
  for (const c of fresh) byStandard.set(c.standard, [...(byStandard.get(c.standard) ?? []), c]);
  for (const [standard, list] of [...byStandard].sort((a, b) => a[0] - b[0])) {
    if (!usesStandardRows || newLevelRow) {
      if (usesStandardRows) push(rowCount, { tt: String(standard), tieuChi: standardHeading(choices.catalog, standard) });
      const items = newLevelRow ? [] : itemsIn(blockStart, blockEnd);
      for (const c of list) push(gapInOrder(items, c.code, newLevelRow ? rowCount : blockEnd), criterionFields(c));
      continue;
    }
    const standardRow = standardsInBlock.find((g) => g.standard === standard);
    if (standardRow) {
      const end = nextGroupAfter(standardRow.row, new Set(["standard", "level"]));
      const sectionEnd = Math.min(end, blockEnd);
      const items = itemsIn(standardRow.row, sectionEnd);
      for (const c of list) push(gapInOrder(items, c.code, sectionEnd), criterionFields(c));
    } else {
      const later = standardsInBlock.find((g) => (g.standard ?? 0) > standard);
      const gap = later ? later.row : blockEnd;
      const name = findStandard(choices.catalog, standard) ? standardHeading(choices.catalog, standard) : `Tiêu chuẩn ${standard}`;
      push(gap, { tt: String(standard), tieuChi: name });
      for (const c of list) push(gap, criterionFields(c));
    }
  }

  const rowInsertions: RowInsertion[] = [];
  for (const [gap, rows] of [...byGap].sort((a, b) => a[0] - b[0])) {
    const anchor = anchorForGap(grid, table, gap);
    if (!anchor) {
      return {
        error:
          "Không tìm được dòng mẫu trong bảng để chèn thêm (bảng không có dòng nào đủ các cột, không gộp ô). " +
          "Hãy thêm tiêu chí bằng cách chèn một bảng kế hoạch mới.",
      };
    }
    if (anchor.moved) {
      notes.push(
        `Không có dòng mẫu phù hợp ở đúng vị trí: các dòng mới được chèn ${anchor.location === "After" ? "sau" : "trước"} dòng ${anchor.row + 1} của bảng.`,
      );
    }
    const anchorRow = grid.rows.find((r) => r.index === anchor.row)!;
    const values = rows.map((fields) => rowValues(table, anchorRow, fields));
    const same = rowInsertions.find((r) => r.anchorRow === anchor.row && r.location === anchor.location);
    if (same) (same.rows as (readonly string[])[]).push(...values);
    else rowInsertions.push({ anchorRow: anchor.row, location: anchor.location, rows: values });
  }
  return { edits: [{ table: table.index, rowInsertions }], notes };
}

// ---------------------------------------------------------------------------------------------------------
// 2026 form

function largestNumber(texts: readonly (string | undefined)[]): number {
  let max = 0;
  for (const text of texts) {
    const n = Number.parseInt(normalizeText(text ?? ""), 10);
    if (Number.isFinite(n) && n > max) max = n;
  }
  return max;
}

/** Rows at the end of the table: `append` when its last row can be copied, else after the last row that can. */
function endEdit(table: TableModel, grid: TableGrid, rows: readonly Readonly<Record<string, string>>[]): TableEdit | string {
  const width = gridWidth(grid);
  const headerRows = new Set(table.headerRows);
  const fits = (r: Row): boolean => !headerRows.has(r.index) && isFullRow(r, width);
  const last = grid.rows[grid.rows.length - 1];
  if (last && fits(last)) return { table: table.index, rowInsertions: [], append: rows.map((f) => rowValues(table, last, f)) };
  const anchor = [...grid.rows].reverse().find(fits);
  if (!anchor) return "Bảng chưa có dòng nhiệm vụ nào để làm mẫu cho dòng mới.";
  return {
    table: table.index,
    rowInsertions: [{ anchorRow: anchor.index, location: "After", rows: rows.map((f) => rowValues(table, anchor, f)) }],
  };
}

function plan2026(
  model: DocumentModel,
  grids: readonly TableGrid[],
  table: TableModel,
  grid: TableGrid,
  criteria: readonly Criterion[],
  catalog: Catalog,
): PlanResult {
  const inTasks = new Set(table.items.flatMap((i) => (i.type === "task" ? i.criteria : [])));
  const issuesTables = model.tables.filter((t) => t.form === "issues-2026");
  const issues = issuesTables.length === 1 ? issuesTables[0]! : null;
  const inIssues = new Set(issues ? issues.items.flatMap((i) => (i.type === "issue" ? i.criteria : [])) : []);
  const newTasks = criteria.filter((c) => !inTasks.has(c.code));
  const newIssues = issues ? criteria.filter((c) => !inIssues.has(c.code)) : [];
  if (newTasks.length === 0 && newIssues.length === 0) {
    return { error: `Không có tiêu chí mới để chèn: ${listCodes(criteria.map((c) => c.code))} đã có trong kế hoạch.` };
  }
  const notes: string[] = [];
  const skippedTasks = criteria.filter((c) => inTasks.has(c.code)).map((c) => c.code);
  if (skippedTasks.length > 0) notes.push(skippedNote(skippedTasks, "bảng kế hoạch (mục V)"));
  if (issuesTables.length > 1) notes.push("Văn bản có nhiều bảng mục IV: không thêm dòng vấn đề trọng tâm.");
  const edits: TableEdit[] = [];

  if (newTasks.length > 0) {
    let tt = largestNumber(table.items.map((i) => (i.type === "task" ? i.item : undefined)));
    const rows = newTasks.map((c) => ({ tt: String(++tt), noiDung: taskContent(c) }));
    const edit = endEdit(table, grid, rows);
    if (typeof edit === "string") return { error: edit };
    edits.push(edit);
  }
  if (issues && newIssues.length > 0) {
    const issuesGrid = grids.find((g) => g.index === issues.index);
    let tt = largestNumber(issues.items.map((i) => (i.type === "issue" ? i.item : undefined)));
    const rows = newIssues.map((c) => ({
      tt: String(++tt),
      tieuChuan: standardHeading(catalog, c.standard),
      tieuChi: `Tiêu chí ${c.code}: ${c.name}`,
    }));
    const edit = issuesGrid ? endEdit(issues, issuesGrid, rows) : "";
    if (typeof edit === "string") notes.push("Không thêm được dòng vào bảng mục IV (bảng không có dòng mẫu phù hợp).");
    else edits.push(edit);
    const skippedIssues = criteria.filter((c) => inIssues.has(c.code)).map((c) => c.code);
    if (skippedIssues.length > 0) notes.push(skippedNote(skippedIssues, "bảng vấn đề trọng tâm (mục IV)"));
  }
  return { edits, notes };
}
