/**
 * A table as the model reads it: deleted rows left out, TCVN3 text decoded, every row's cells indexed by grid
 * column, and each vertically merged cell linked to the cell where its merge starts.
 */
import type { LegacyEncoding } from "../../ooxml/legacy-encoding";
import { decodeTcvn3, encodingOfText, isUppercaseTcvn3Font, legacyEncodingOfFont } from "../../ooxml/legacy-encoding";
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
  /** The legacy encoding most of the table's legacy cells use, null when no cell shows one. */
  readonly legacyEncoding: LegacyEncoding | null;
  /** The cells holding legacy-encoded text. */
  readonly legacyCells: readonly { row: number; cell: number; encoding: LegacyEncoding }[];
}

/** White space and format characters (soft hyphen, zero-width spaces and joiners, BOM, …): nothing a reader sees. */
const BLANK = /^[\s\u00a0\u2007\u202f\p{Cf}]*$/u;

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

const NON_ASCII = /[^\p{ASCII}]/u;

/** Letters only Unicode Vietnamese has: a run holding one is Unicode whatever its font is called. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/**
 * The cell's text as Word shows it, and the legacy encoding found in it. Judged run by run: a run in a `.Vn…` or
 * `VNI-…` font is legacy unless it holds letters only Unicode has (Unikey conversions keep the old font name); runs in
 * other fonts are legacy only when their text, taken together, shows several words that only a legacy encoding
 * writes and that decode to Vietnamese syllables. Only the TCVN3 runs found are decoded (VNI is flagged, not decoded).
 */
function readCell(cell: Cell, unicodeFonts: ReadonlySet<string>): { text: string; encoding: LegacyEncoding | null } {
  if (cell.text === "" || !NON_ASCII.test(cell.text)) return { text: cell.text, encoding: null };
  const runs = cell.fontRuns;
  // Most cells: Unicode Vietnamese in fonts that are not legacy. No run is legacy by its font, and the runs' text
  // taken together holds a letter only Unicode has, so it is no evidence of a legacy encoding either.
  if (UNICODE_VIETNAMESE.test(cell.text) && runs.every((r) => r.font === null || legacyEncodingOfFont(r.font) === null)) {
    return { text: cell.text, encoding: null };
  }
  const byFont = runs.map((r) =>
    r.font !== null && !unicodeFonts.has(r.font) && !UNICODE_VIETNAMESE.test(r.text) ? legacyEncodingOfFont(r.font) : null,
  );
  const others = runs.filter((r, i) => byFont[i] === null && !(r.font !== null && legacyEncodingOfFont(r.font)));
  const byText = encodingOfText(others.map((r) => r.text).join(" "));
  const encodings = runs.map((r, i) => byFont[i] ?? (byText && others.includes(r) && /[^\p{ASCII}]/u.test(r.text) ? byText : null));
  const found = encodings.find((e) => e !== null) ?? null;
  if (!encodings.includes("TCVN3")) return { text: cell.text, encoding: found };
  const paragraphs = cell.paragraphs.map(() => "");
  runs.forEach((r, i) => {
    const uppercaseFont = r.font !== null && isUppercaseTcvn3Font(r.font);
    paragraphs[r.paragraph] += encodings[i] === "TCVN3" ? decodeTcvn3(r.text, { uppercaseFont }) : r.text;
  });
  return { text: paragraphs.join("\n").normalize("NFC"), encoding: found };
}

/**
 * Legacy-named fonts that hold Unicode-only letters somewhere in the table: the document was converted (Unikey keeps
 * the ".VnTime" name), so the font says nothing about the table's Latin-1-only runs ("Ghi chú") either.
 */
function convertedFonts(grid: TableGrid): Set<string> {
  const fonts = new Set<string>();
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      for (const run of cell.fontRuns) {
        if (run.font !== null && legacyEncodingOfFont(run.font) && UNICODE_VIETNAMESE.test(run.text)) fonts.add(run.font);
      }
    }
  }
  return fonts;
}

export function viewTable(grid: TableGrid): TableView {
  let gridWidth = grid.gridCols.length;
  for (const row of grid.rows) {
    for (const cell of row.cells) gridWidth = Math.max(gridWidth, cell.gridCol + cell.gridSpan);
    const last = row.cells[row.cells.length - 1];
    // The reader clamps gridAfter to the grid, so a hostile value cannot size byGrid.
    if (last && row.gridAfter > 0) gridWidth = Math.max(gridWidth, last.gridCol + last.gridSpan + row.gridAfter);
  }
  const unicodeFonts = convertedFonts(grid);
  const rows: ViewRow[] = [];
  const legacyCells: { row: number; cell: number; encoding: LegacyEncoding }[] = [];
  // The origin cell of the vertical merge running through each grid column, from the row above.
  let above: (ViewCell | undefined)[] = [];
  for (const row of grid.rows) {
    if (row.isDeleted) continue;
    const byGrid: (ViewCell | undefined)[] = new Array<ViewCell | undefined>(gridWidth).fill(undefined);
    const cells: ViewCell[] = [];
    let empty = true;
    for (const cell of row.cells) {
      const { text, encoding } = readCell(cell, unicodeFonts);
      if (encoding) legacyCells.push({ row: row.index, cell: cell.index, encoding });
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
  return { grid, rows, gridWidth, legacyEncoding: mostCommon(legacyCells.map((c) => c.encoding)), legacyCells };
}

function mostCommon(encodings: readonly LegacyEncoding[]): LegacyEncoding | null {
  if (encodings.length === 0) return null;
  const tcvn3 = encodings.filter((e) => e === "TCVN3").length;
  return tcvn3 * 2 >= encodings.length ? "TCVN3" : "VNI";
}
