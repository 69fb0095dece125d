/**
 * Which table of the reader's grids holds the cursor, from what Word tells in the same sync as the document's OOXML:
 * the cursor table's `nestingLevel` and `rowCount` (selection.parentTableOrNullObject) and the text of the
 * paragraph holding the cursor. Nothing is read cell by cell: Word's table APIs fail whole batches on vertically
 * merged cells (DESIGN.md; OfficeDev/office-js#3200), and plan tables are full of them.
 *
 * Word gives no position for a table, so the table is recognised by its size and content:
 * 1. candidates: the grids at the same depth (nestingLevel − 1) with the same number of rows;
 * 2. text: among them, those with a paragraph whose text equals the cursor paragraph's (normalised: NFC, breaks as
 *    spaces, white space collapsed);
 * 3. one text match → that table; several → "ambiguous" unless they all lie in the same top-level table (two
 *    identical tables: better no table and a clear message than the wrong table); none, or an empty cursor
 *    paragraph → the only size candidate if there is exactly one, else "ambiguous" or "unmatched".
 * The caller then takes the table's top-level ancestor: actions work on a plan table, never on a nested table.
 */
import type { TableGrid } from "../ooxml/table-grid";
import { normalizeText } from "../core/text/fold";

export interface WordTableView {
  readonly nestingLevel: number;
  readonly rowCount: number;
  /** Text of the paragraph holding the cursor (Word's Paragraph.text). */
  readonly cursorText: string;
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

function holdsParagraph(grid: TableGrid, text: string): boolean {
  return grid.rows.some((row) => row.cells.some((cell) => cell.paragraphs.some((p) => normalise(p) === text)));
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
  const text = normalise(view.cursorText);
  const byText = text === "" ? [] : sized.filter((g) => holdsParagraph(g, text));
  if (byText.length === 1) return { kind: "matched", table: byText[0]!.index, by: "text" };
  if (byText.length > 1) {
    const tops = new Set(byText.map((g) => topLevelAncestor(grids, g.index)));
    if (tops.size === 1) return { kind: "matched", table: byText[0]!.index, by: "text" };
    return { kind: "ambiguous", candidates: byText.map((g) => g.index) };
  }
  if (sized.length === 1) return { kind: "matched", table: sized[0]!.index, by: "size" };
  if (sized.length > 1 && text === "") return { kind: "ambiguous", candidates: sized.map((g) => g.index) };
  return { kind: "unmatched" };
}
