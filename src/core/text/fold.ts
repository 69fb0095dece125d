/**
 * Vietnamese text normalisation shared by header matching, catalog search and the checker.
 *
 * Documents mix NFC and NFD (decomposed diacritics survive copy-paste from PDFs), no-break spaces
 * and stray line breaks inside header cells, so every comparison goes through these two functions.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ANY_WHITESPACE = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

/** Unicode NFC with runs of white space (no-break spaces included) collapsed to one space and trimmed. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(ANY_WHITESPACE, " ").trim();
}

/**
 * Folds diacritics and case so that "du kien kinh phi" matches "Dự kiến kinh phí".
 * "đ"/"Đ" are separate letters in Unicode, not d + mark, so they are mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return normalizeText(text)
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    // Format characters (soft hyphens, zero-width spaces and joiners) are invisible and never part of a word.
    .replace(/\p{Cf}/gu, "")
    .toLowerCase();
}
