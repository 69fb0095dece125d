/**
 * Which table of the reader's grids holds the cursor, from what Word tells about the cursor's table in the same
 * sync as the document's OOXML (`selection.parentTableOrNullObject`: nestingLevel, rowCount, values).
 *
 * Word gives no position for a table, so the table is recognised by its content:
 * 1. candidates: the grids at the same depth (nestingLevel − 1) with the same number of rows;
 * 2. text match: every row's non-empty cell texts equal, in order, after normalising (NFC, paragraph and line
 *    breaks as spaces, white space collapsed) — empty cells are left out because Word may list a merged cell's
 *    covered positions as empty values, and rows holding a nested table are not compared (Word's value of such a
 *    cell includes the nested table's text, the reader's does not);
 * 3. one text match → that table; several → "ambiguous" unless they all lie in the same top-level table (two
 *    identical tables: better no table and a clear message than the wrong table); none → the only size candidate
 *    if there is exactly one (text Word and the reader see differently, e.g. tracked changes), else "unmatched".
 * The caller then takes the table's top-level ancestor: actions work on a plan table, never on a nested table.
 */
import type { TableGrid } from "../ooxml/table-grid";
import { normalizeText } from "../core/text/fold";

export interface WordTableView {
  readonly nestingLevel: number;
  readonly rowCount: number;
  readonly values: readonly (readonly string[])[];
}

export type CursorMatch =
  | { readonly kind: "outside" }
  | { readonly kind: "matched"; readonly table: number; readonly by: "text" | "size" }
  | { readonly kind: "ambiguous"; readonly candidates: readonly number[] }
  | { readonly kind: "unmatched" };

// Paragraph marks, line breaks, Word's manual line break (vertical tab) and end-of-cell mark (BEL).
const BREAKS = new Set(["\r", "\n", String.fromCharCode(11), String.fromCharCode(7)]);

function normalise(text: string): string {
  return normalizeText(Array.from(text, (ch) => (BREAKS.has(ch) ? " " : ch)).join(""));
}

function nonEmpty(texts: readonly string[]): string[] {
  return texts.map(normalise).filter((t) => t !== "");
}

function sameText(grid: TableGrid, values: readonly (readonly string[])[]): boolean {
  return grid.rows.every((row, r) => {
    if (row.cells.some((c) => c.nestedTables.length > 0)) return true;
    const word = nonEmpty(values[r] ?? []);
    const reader = nonEmpty(row.cells.map((c) => c.text));
    return word.length === reader.length && word.every((t, i) => t === reader[i]);
  });
}

/** The top-level table that holds `index` (itself when it is top-level). */
export function topLevelAncestor(grids: readonly TableGrid[], index: number): number {
  let current = grids.find((g) => g.index === index);
  while (current && current.parentIndex !== null) {
    const parent = current.parentIndex;
    current = grids.find((g) => g.index === parent);
  }
  return current?.index ?? index;
}

export function matchCursorTable(grids: readonly TableGrid[], view: WordTableView | null): CursorMatch {
  if (view === null) return { kind: "outside" };
  const sized = grids.filter((g) => g.rows.length === view.rowCount && g.depth === view.nestingLevel - 1);
  const byText = sized.filter((g) => sameText(g, view.values));
  if (byText.length === 1) return { kind: "matched", table: byText[0]!.index, by: "text" };
  if (byText.length > 1) {
    const tops = new Set(byText.map((g) => topLevelAncestor(grids, g.index)));
    if (tops.size === 1) return { kind: "matched", table: byText[0]!.index, by: "text" };
    return { kind: "ambiguous", candidates: byText.map((g) => g.index) };
  }
  if (sized.length === 1) return { kind: "matched", table: sized[0]!.index, by: "size" };
  return { kind: "unmatched" };
}
