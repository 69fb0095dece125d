/**
 * Tables of the open document: read them (as OOXML), select a cell, add rows to a plan, insert a report after it.
 *
 * Each function is one Word.run with at most 2 context.sync() calls, whatever the size of the document (DESIGN.md):
 * sync 1 reads — the body's OOXML, the cursor's table size and paragraph (to recognise it, see cursor-table.ts) and `body.tables`
 * with their nesting levels (to address a table later, see table-proxy.ts); the caller's pure `compute` decides;
 * sync 2 writes. Rows already in a table are never rewritten: new rows go in with insertRows/addRows, next to them.
 */
import type { TableEdit, TableEdits } from "../core/tables/insert-rows";
import { flatOpcDocumentXml } from "../ooxml/package";
import { readTables } from "../ooxml/read-tables";
import type { TableGrid } from "../ooxml/table-grid";
import { matchCursorTable, topLevelAncestor, type CursorMatch, type WordTableView } from "./cursor-table";
import { WordTableError } from "./errors";
import { addressableCell, mergeStart } from "./merged-cells";
import { wordTableFor, type TableLayoutEntry } from "./table-proxy";

export interface DocumentSnapshot {
  /** The `w:document` of the body's OOXML, as `readTables` and `readDocumentModel` take it. */
  readonly documentXml: string;
  /** Every table, as `readTables(documentXml)` returns them (nested ones included). */
  readonly tables: readonly TableGrid[];
  /** Reader index of the top-level table holding the cursor; null when outside any table or not recognised. */
  readonly cursorTable: number | null;
  /** How the cursor's table was recognised, or why it was not (for a clear message). */
  readonly cursorMatch: CursorMatch;
}

export type EditResult =
  | { readonly applied: true; readonly rowsInserted: number; readonly notes: readonly string[] }
  | { readonly applied: false; readonly error: string };

export type InsertResult =
  | { readonly applied: true; readonly rowsInserted?: number; readonly notes?: readonly string[] }
  | { readonly applied: false; readonly error: string };

export interface FirstSync {
  snapshot(): DocumentSnapshot;
  tableItems(): Word.Table[];
}

/** Queues everything sync 1 reads; the getters are valid after that sync. */
export function queueSnapshot(context: Word.RequestContext): FirstSync {
  const body = context.document.body;
  const ooxml = body.getOoxml();
  const selection = context.document.getSelection();
  const cursor = selection.parentTableOrNullObject;
  cursor.load("nestingLevel,rowCount");
  const cursorParagraph = selection.paragraphs.getFirst();
  cursorParagraph.load("text");
  const tables = body.tables.load("items/nestingLevel");
  return {
    snapshot: () => {
      const documentXml = flatOpcDocumentXml(ooxml.value);
      const grids = readTables(documentXml);
      const view: WordTableView | null = cursor.isNullObject
        ? null
        : { nestingLevel: cursor.nestingLevel, rowCount: cursor.rowCount, cursorText: cursorParagraph.text };
      const cursorMatch = matchCursorTable(grids, view);
      const cursorTable = cursorMatch.kind === "matched" ? topLevelAncestor(grids, cursorMatch.table) : null;
      return { documentXml, tables: grids, cursorTable, cursorMatch };
    },
    tableItems: () => tables.items,
  };
}

/** The document's tables and the cursor's table, in one sync. */
export async function readDocument(): Promise<DocumentSnapshot> {
  return Word.run(async (context) => {
    const first = queueSnapshot(context);
    await context.sync();
    return first.snapshot();
  });
}

/**
 * Sync 1 for actions that only address tables: `body.tables`, and the document's OOXML unless the caller passes
 * the table layout it already has (a snapshot's `tables`).
 */
export function queueTableLayout(
  context: Word.RequestContext,
  known: readonly TableLayoutEntry[] | undefined,
): { layout(): readonly TableLayoutEntry[]; tableItems(): Word.Table[] } {
  const body = context.document.body;
  const ooxml = known ? null : body.getOoxml();
  const tables = body.tables.load("items/nestingLevel");
  return {
    layout: () => known ?? readTables(flatOpcDocumentXml(ooxml!.value)),
    tableItems: () => tables.items,
  };
}

/** Puts the cursor at the start of a cell (physical row and cell, as the reader counts them); Word scrolls to it. */
export async function selectTableCell(
  table: number,
  row: number,
  cell: number,
  known?: readonly TableLayoutEntry[],
): Promise<void> {
  await Word.run(async (context) => {
    const first = queueTableLayout(context, known);
    await context.sync();
    const layout = first.layout();
    const proxy = wordTableFor(layout, first.tableItems(), table);
    // A finding in a merged cell: its merge's first cell is where Word can put the cursor.
    const at = mergeStart(layout[table], row, cell);
    proxy.getCell(at.row, at.cell).body.select("Start");
    await context.sync();
  });
}

/** Where sync 2 puts a row insertion: the gap before row `anchorRow` (+1 for "After"). */
function gapOf(insertion: TableEdit["rowInsertions"][number]): number {
  return insertion.anchorRow + (insertion.location === "After" ? 1 : 0);
}

/** Checks an edit against the snapshot, so a wrong edit fails before anything is written. */
function editProblem(edit: TableEdit, tables: readonly TableGrid[]): string | null {
  const grid = tables.find((t) => t.index === edit.table);
  if (!grid) return `Không có bảng số ${edit.table + 1} trong văn bản.`;
  for (const insertion of edit.rowInsertions) {
    const anchor = grid.rows[insertion.anchorRow];
    if (!anchor || anchor.index !== insertion.anchorRow) return `Bảng không có dòng ${insertion.anchorRow + 1}.`;
    if (insertion.rows.some((r) => r.length > anchor.cells.length)) return `Dòng mới có nhiều ô hơn dòng ${insertion.anchorRow + 1}.`;
  }
  const last = grid.rows[grid.rows.length - 1];
  if (edit.append && edit.append.length > 0 && (!last || edit.append.some((r) => r.length > last.cells.length))) {
    return "Dòng thêm vào cuối bảng có nhiều ô hơn dòng cuối của bảng.";
  }
  return null;
}

function copyRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((r) => [...r]);
}

/** Queues the row insertions of `planned` (sync 2 of the caller); the number of rows, or the error to show. */
export function queueEdits(snapshot: DocumentSnapshot, items: Word.Table[], planned: TableEdits): number | { error: string } {
  for (const edit of planned.edits) {
    const problem = editProblem(edit, snapshot.tables);
    if (problem) return { error: problem };
  }
  let rowsInserted = 0;
  try {
    for (const edit of planned.edits) {
      const count = edit.rowInsertions.reduce((n, i) => n + i.rows.length, 0) + (edit.append?.length ?? 0);
      if (count === 0) continue;
      const table = wordTableFor(snapshot.tables, items, edit.table);
      if (edit.append && edit.append.length > 0) table.addRows("End", edit.append.length, copyRows(edit.append));
      const insertions = [...edit.rowInsertions].filter((i) => i.rows.length > 0).sort((a, b) => gapOf(b) - gapOf(a));
      const grid = snapshot.tables.find((t) => t.index === edit.table);
      for (const insertion of insertions) {
        // Word fails the batch on a vertically merged continuation cell: address the row through another cell.
        const cell = addressableCell(grid, insertion.anchorRow);
        if (cell === null) return { error: `Dòng ${insertion.anchorRow + 1} của bảng chỉ có ô gộp dọc; Word không cho chèn dòng cạnh nó.` };
        table.getCell(insertion.anchorRow, cell).parentRow.insertRows(insertion.location, insertion.rows.length, copyRows(insertion.rows));
      }
      rowsInserted += count;
    }
  } catch (error) {
    if (error instanceof WordTableError) return { error: error.message };
    throw error;
  }
  return rowsInserted;
}

/**
 * Adds rows to tables in one write: `compute` (pure) gets the snapshot and returns the edits, or an error to show.
 * Insertions are applied bottom-up so each anchor row index stays valid; appended rows go first (they move
 * nothing above them).
 */
export async function editPlanTable(
  compute: (snapshot: DocumentSnapshot) => TableEdits | { readonly error: string },
): Promise<EditResult> {
  return Word.run(async (context): Promise<EditResult> => {
    const first = queueSnapshot(context);
    await context.sync();
    const snapshot = first.snapshot();
    const planned = compute(snapshot);
    if ("error" in planned) return { applied: false, error: planned.error };
    const rowsInserted = queueEdits(snapshot, first.tableItems(), planned);
    if (typeof rowsInserted !== "number") return { applied: false, error: rowsInserted.error };
    if (rowsInserted > 0) await context.sync();
    return { applied: true, rowsInserted, notes: planned.notes };
  });
}

/**
 * Inserts a flat-OPC package right after a table (a report after its plan); the table itself is not touched. Or,
 * when `compute` says so, adds rows to existing tables instead (a 2026 report's rows into the document's own
 * section VI table). One read, one write.
 */
export async function insertAfterTable(
  compute: (
    snapshot: DocumentSnapshot,
  ) => { readonly table: number; readonly ooxml: string } | { readonly edits: TableEdits } | { readonly error: string },
): Promise<InsertResult> {
  return Word.run(async (context): Promise<InsertResult> => {
    const first = queueSnapshot(context);
    await context.sync();
    const snapshot = first.snapshot();
    const planned = compute(snapshot);
    if ("error" in planned) return { applied: false, error: planned.error };
    if ("edits" in planned) {
      const rows = queueEdits(snapshot, first.tableItems(), planned.edits);
      if (typeof rows !== "number") return { applied: false, error: rows.error };
      if (rows > 0) await context.sync();
      return { applied: true, rowsInserted: rows, notes: planned.edits.notes };
    }
    let table: Word.Table;
    try {
      table = wordTableFor(snapshot.tables, first.tableItems(), planned.table);
    } catch (error) {
      if (error instanceof WordTableError) return { applied: false, error: error.message };
      throw error;
    }
    table.getRange("Whole").insertOoxml(planned.ooxml, "After");
    await context.sync();
    return { applied: true };
  });
}

