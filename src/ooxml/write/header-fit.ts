/**
 * Header words must not break in the middle ("Nguồ | n lực"): Word breaks a word only when it is wider than its
 * cell, so every column must be at least as wide as the longest word of its header (and of the "(n)" numbering
 * row) plus the cell margins. On a narrow page (the 10-column 2026 form on A4 portrait) the header font shrinks
 * until those minimum widths fit the text width.
 *
 * Widths are estimated from the advance widths of Times New Roman Bold (Adobe's Times-Bold metrics, in
 * thousandths of an em), diacritics ignored (a Vietnamese letter is as wide as its base letter), with a 10 %
 * allowance for the renderer's rounding and the font's hinting.
 */
import type { TableSpec } from "../../core/tables/spec";

const BOLD_WIDTHS: Record<string, number> = {
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833, n: 556,
  o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944, N: 722,
  O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  "(": 333, ")": 333, "/": 278, ",": 250, ".": 250, "-": 333, ":": 333, ";": 333, "%": 1000,
};
const DIGIT = 500;
const OTHER = 600;
const ALLOWANCE = 1.1;
/** Left and right cell margins of the writer's tables (table.ts CELL_MARGIN), in twips. */
export const CELL_MARGINS = 170;

function baseLetter(ch: string): string {
  if (ch === "đ") return "d";
  if (ch === "Đ") return "D";
  return ch.normalize("NFD").charAt(0);
}

/** Estimated width of a word in twips at `sizePt`, bold. */
export function boldWordWidth(word: string, sizePt: number): number {
  let thousandths = 0;
  for (const ch of word) {
    const base = baseLetter(ch);
    thousandths += /[0-9]/.test(base) ? DIGIT : (BOLD_WIDTHS[base] ?? OTHER);
  }
  return Math.ceil((thousandths / 1000) * sizePt * 20 * ALLOWANCE);
}

function longestWord(text: string, sizePt: number): number {
  return Math.max(0, ...text.split(/\s+/).filter((w) => w !== "").map((w) => boldWordWidth(w, sizePt)));
}

/** Per grid column, the narrowest width that holds its header's longest word (single-column header cells). */
export function headerMinimumWidths(spec: TableSpec, sizePt: number): number[] {
  const mins = spec.columns.map((_, i) => (spec.numberingRow ? longestWord(`(${i + 1})`, sizePt) + CELL_MARGINS : 0));
  for (const row of spec.headerRows) {
    let column = 0;
    for (const cell of row) {
      const span = cell.gridSpan ?? 1;
      if (span === 1 && column < mins.length) mins[column] = Math.max(mins[column]!, longestWord(cell.text, sizePt) + CELL_MARGINS);
      column += span;
    }
  }
  return mins;
}

const STEP = 0.5;
const SMALLEST = 9;

/** The largest header size (≤ `sizePt`, by half points, ≥ 9 pt) whose minimum widths fit in `total`. */
export function fittingHeaderSize(spec: TableSpec, total: number, sizePt: number): { sizePt: number; minimums: number[] } {
  for (let size = sizePt; size >= SMALLEST; size -= STEP) {
    const minimums = headerMinimumWidths(spec, size);
    if (minimums.reduce((a, b) => a + b, 0) <= total) return { sizePt: size, minimums };
  }
  return { sizePt: SMALLEST, minimums: headerMinimumWidths(spec, SMALLEST) };
}
