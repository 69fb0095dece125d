/**
 * A table as the model reads it: deleted rows left out, TCVN3 text decoded, every row's cells indexed by grid
 * column, and each vertically merged cell linked to the cell where its merge starts.
 */
import type { LegacyEncoding } from "../../ooxml/legacy-encoding";
import { decodeTcvn3, detectLegacyEncoding, isUppercaseTcvn3Font, legacyEncodingOfFont } from "../../ooxml/legacy-encoding";
import type { Cell, TableGrid, VMerge } from "../../ooxml/table-grid";

export interface ViewCell {
  readonly row: number;
  readonly cell: number;
  readonly gridCol: number;
  readonly gridSpan: number;
  readonly vMerge: VMerge;
  /** Text as Word shows it (TCVN3 decoded). */
  readonly text: string;
  /** True when the text has something besides white space. */
  readonly filled: boolean;
  /** The cell where this cell's vertical merge starts; the cell itself when it is not a continuation. */
  origin: ViewCell;
}

export interface ViewRow {
  readonly index: number;
  readonly cells: readonly ViewCell[];
  /** Cell covering each grid column (undefined where the row has no cell: gridBefore / gridAfter). */
  readonly byGrid: readonly (ViewCell | undefined)[];
  /** True when no own cell has text (continuations of a vertical merge count as empty). */
  readonly empty: boolean;
}

export interface TableView {
  readonly grid: TableGrid;
  readonly rows: readonly ViewRow[];
  readonly gridWidth: number;
  readonly legacyEncoding: LegacyEncoding | null;
}

/** White space and format characters (soft hyphen, zero-width spaces and joiners, BOM, …): nothing a reader sees. */
const BLANK = /^[\s\u00a0\u2007\u202f\p{Cf}]*$/u;

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/**
 * The table's legacy encoding, judged on all its fonts and text together: a cell that is plain ASCII, or Latin-1
 * like "Ghi chú", reads the same in both worlds, so one Unicode-only letter anywhere (a document converted with
 * Unikey that kept ".VnTime") decides for the whole table.
 */
function tableEncoding(grid: TableGrid): LegacyEncoding | null {
  const fonts = new Set<string>();
  const texts: string[] = [];
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      for (const font of cell.fonts) fonts.add(font);
      if (cell.text !== "") texts.push(cell.text);
    }
  }
  return detectLegacyEncoding(fonts, texts.join("\n"));
}

/** TCVN3 text decoded, in cells whose fonts are TCVN3 ones or unknown (the font then comes from a style). */
function decodedText(cell: Cell, encoding: LegacyEncoding | null): string {
  if (encoding !== "TCVN3" || cell.text === "") return cell.text;
  const fonts = [...cell.fonts];
  if (fonts.length > 0 && !fonts.some((f) => legacyEncodingOfFont(f) === "TCVN3")) return cell.text;
  const uppercaseFont = fonts.length > 0 && fonts.every(isUppercaseTcvn3Font);
  return decodeTcvn3(cell.text, { uppercaseFont });
}

export function viewTable(grid: TableGrid): TableView {
  let gridWidth = grid.gridCols.length;
  for (const row of grid.rows) {
    for (const cell of row.cells) gridWidth = Math.max(gridWidth, cell.gridCol + cell.gridSpan);
  }
  const legacyEncoding = tableEncoding(grid);
  const rows: ViewRow[] = [];
  // The origin cell of the vertical merge running through each grid column, from the row above.
  let above: (ViewCell | undefined)[] = [];
  for (const row of grid.rows) {
    if (row.isDeleted) continue;
    const byGrid: (ViewCell | undefined)[] = new Array<ViewCell | undefined>(gridWidth).fill(undefined);
    const cells: ViewCell[] = [];
    let empty = true;
    for (const cell of row.cells) {
      const text = decodedText(cell, legacyEncoding);
      const filled = !isBlank(text);
      const view: ViewCell = {
        row: row.index,
        cell: cell.index,
        gridCol: cell.gridCol,
        gridSpan: cell.gridSpan,
        vMerge: cell.vMerge,
        text,
        filled,
        origin: undefined as unknown as ViewCell,
      };
      const upper = cell.vMerge === "continue" ? above[cell.gridCol] : undefined;
      view.origin = upper && upper.gridCol === cell.gridCol ? upper.origin : view;
      if (filled) empty = false;
      cells.push(view);
      for (let g = cell.gridCol; g < cell.gridCol + cell.gridSpan && g < gridWidth; g++) byGrid[g] = view;
    }
    rows.push({ index: row.index, cells, byGrid, empty });
    above = byGrid;
  }
  return { grid, rows, gridWidth, legacyEncoding };
}
