/**
 * When a cell counts as empty for the check. Principals leave the template's blanks in place ("……", "…/…/20…",
 * "(…)") and Word keeps no-break and zero-width spaces, so "no visible text" is not enough. An explicit "Không",
 * "Không có", "/", "-" or "Tự túc" is filled: the principal says there is none, which is an answer. A cell holding only
 * invisible characters (soft hyphens, zero-width spaces, joiners, BOMs) is empty.
 */
import { foldVietnamese } from "../text/fold";

/** White space and format characters (\p{Cf}: soft hyphen, zero-width spaces and joiners, word joiner, BOM, bidi marks). */
const INVISIBLE = /[\s\u00a0\u2007\u202f\p{Cf}]+/gu;
/** Marks templates use for blanks, and the punctuation around them. */
const MARKS = /[.…_‥⋯·,;:()[\]{}<>/\\*"'“”‘’\-–—~]/g;
/** A lone slash or dash is how many schools write "none" in a table cell. */
const EXPLICIT_NONE = /^[/\-–—]$/;
/** Blank date and period templates: "…/…/20…", "Tháng …/20…", "ngày … tháng … năm 20…", "Từ … đến …". */
const TEMPLATE_WORDS = /\b(?:ngay|thang|nam|tu|den|hoc|ky|20|19)\b/g;
const HAS_BLANK_MARK = /[.…_‥⋯]/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isEmptyValue(text: string): boolean {
  // Most cells hold words and no blank mark: they are filled, and this runs for every required cell of big plans.
  if (!HAS_BLANK_MARK.test(text) && LETTER_OR_DIGIT.test(text)) return false;
  const visible = text.replace(INVISIBLE, "");
  if (visible === "") return true;
  if (EXPLICIT_NONE.test(visible)) return false;
  if (visible.replace(MARKS, "") === "") return true;
  // Template words around blanks ("Tháng …/20…") carry no answer; without a blank mark they may ("Năm học").
  if (!HAS_BLANK_MARK.test(text)) return false;
  const folded = foldVietnamese(text.replace(MARKS, " "));
  return folded.replace(TEMPLATE_WORDS, "").replace(INVISIBLE, "") === "";
}
