/**
 * How people write criterion and standard references: "3.5", "tc 3.5", "TC3.5", "Tiêu chí 3.5:",
 * "tiêu chuẩn 2", "TC2". Parsing works on folded text so case, diacritics and NFD do not matter.
 */
import { foldVietnamese } from "../text/fold";

/** A criterion code at the start of the text, optionally prefixed, then the rest of the text. */
const LEADING_CRITERION = /^(?:(?:tieu\s*chi|tc)\s*:?\s*)?([1-9])\s*[.,]\s*(10|[1-9])(?![0-9])\s*[.:\-–—]?\s*(.*)$/su;
/** A whole-query standard reference: "tiêu chuẩn 2", "TC 2", "tc2". */
const STANDARD_REFERENCE = /^(?:tieu\s*chuan|tc)\s*:?\s*([1-5])\s*[.:]?$/u;

export interface ParsedCriterionCode {
  /** Canonical code, e.g. "3.5". */
  code: string;
  standard: number;
  /** Folded text after the code (e.g. the name in a pasted heading); empty when the code stands alone. */
  rest: string;
}

export function parseCriterionCode(text: string): ParsedCriterionCode | null {
  const m = LEADING_CRITERION.exec(foldVietnamese(text));
  if (!m) return null;
  const [, standard = "", criterion = "", rest = ""] = m;
  return { code: `${standard}.${criterion}`, standard: Number(standard), rest: rest.trim() };
}

/** The standard number of a query such as "tiêu chuẩn 2", or null. */
export function parseStandardReference(text: string): number | null {
  const m = STANDARD_REFERENCE.exec(foldVietnamese(text));
  return m ? Number(m[1]) : null;
}
