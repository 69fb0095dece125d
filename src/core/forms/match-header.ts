import { foldVietnamese } from "../text/fold";
import type { ColumnDef, FormDef } from "./types";

/**
 * A header cell's text, folded for matching: no diacritics, lower case, one space between words, no column
 * number "(7)" / "7." at either end, no trailing colon or asterisk, and "a / b" written "a/b".
 */
export function normalizeHeader(text: string): string {
  return foldVietnamese(text)
    .replace(/^\(?\d{1,2}\)?[.:]?\s+/, "")
    .replace(/\s+\(?\d{1,2}\)$/, "")
    .replace(/\s*([/,\-–])\s*/g, (_, sep: string) => (sep === "," ? ", " : sep === "–" ? "-" : sep))
    .replace(/[:*]+$/, "")
    .trim();
}

/**
 * The longest text a header cell can have: the longest known wording is under 100 characters. A longer cell is
 * body text (a 10 MB cell among the first rows must not be folded once per form and column).
 */
export const MAX_HEADER_TEXT = 300;

/** True for a numbering cell such as "(1)", "1", "(10)": the row under the 2026 plan's header. */
export function isColumnNumber(text: string): boolean {
  if (text.length > 16) return false;
  return /^\(?\d{1,2}\)?$/.test(foldVietnamese(text));
}

export interface ColumnMatch {
  column: ColumnDef;
  /** Higher is a better match: exact wording, then a known wording followed by a qualifier, then one inside. */
  score: number;
}

const foldedVariants = new WeakMap<ColumnDef, string[]>();

function variantsOf(column: ColumnDef): string[] {
  let folded = foldedVariants.get(column);
  if (!folded) {
    folded = [column.header, ...column.variants].map(normalizeHeader);
    foldedVariants.set(column, folded);
  }
  return folded;
}

function isBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !/[a-z0-9]/.test(char);
}

/** The column of `form` this header text means, if any ("Kinh phí (đồng)" → kinhPhi). */
export function matchColumn(form: FormDef, headerText: string): ColumnMatch | null {
  if (headerText.length > MAX_HEADER_TEXT) return null;
  const header = normalizeHeader(headerText);
  if (!header) return null;
  let best: ColumnMatch | null = null;
  for (const column of form.columns) {
    for (const variant of variantsOf(column)) {
      let score = 0;
      if (header === variant) score = 3000 + variant.length;
      else if (header.startsWith(variant) && isBoundary(header, variant.length)) score = 2000 + variant.length;
      else {
        const at = header.indexOf(variant);
        if (at >= 0 && isBoundary(header, at - 1) && isBoundary(header, at + variant.length)) score = 1000 + variant.length;
      }
      if (score > (best?.score ?? 0)) best = { column, score };
    }
  }
  return best;
}
