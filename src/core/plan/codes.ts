/**
 * Criterion, standard and level references as written in plan tables. Parsing works on folded text, so case,
 * diacritics, NFD and stray line breaks ("Tiêu chí" / "3.1" in two paragraphs) do not matter.
 */
import { parseCriterionCode } from "../catalog/codes";
import { foldVietnamese } from "../text/fold";

/** "Tiêu chí 1.4" as usually typed (NFC, exact diacritics): the fast path; other spellings go through folding. */
const PLAIN_CODE = /^[\s\u00a0]*(?:(?:tiêu\s*chí|tc)\s*:?\s*)?([1-9])\s*[.,]\s*(10|[1-9])(?![0-9])/iu;

/** The criterion code a criterion cell starts with ("Tiêu chí 2.3 Điểm yếu: …" → "2.3"), or null. */
export function leadingCriterion(text: string): string | null {
  // The code sits at the start: folding the head is enough, and most cells (no digit there) need no folding at all.
  const head = text.slice(0, 48);
  if (!/[1-9]/.test(head)) return null;
  const plain = PLAIN_CODE.exec(head);
  if (plain) return `${plain[1]}.${plain[2]}`;
  return parseCriterionCode(head)?.code ?? null;
}

/** "1.4" alone: a TT cell holding the criterion's code. */
export function bareCode(text: string): string | null {
  const m = /^([1-9])\.(10|[1-9])$/.exec(text.trim());
  return m ? `${m[1]}.${m[2]}` : null;
}

const CODE = String.raw`[1-9]\.(?:10|[1-9])(?![0-9]|[.,][0-9])`;
const PREFIXED_CODES = new RegExp(String.raw`(?:\btieu\s*chi|\btc)\s*:?\s*(${CODE}(?:\s*(?:,|;|va)\s*${CODE})*)`, "gu");
const BARE_CODES = new RegExp(String.raw`(?<![0-9.,])${CODE}`, "gu");

/**
 * Every criterion code named in a text, in order: with `prefixed`, only after "tiêu chí" / "TC" ("(tiêu chí 3.2)",
 * "Tiêu chí 1.4, 1.5"); without, any "d.d" that is not part of a larger number. Money ("15.000.000") never is.
 */
export function criteriaNamed(text: string, options: { prefixed: boolean }): string[] {
  const folded = foldVietnamese(text);
  const out: string[] = [];
  const lists = options.prefixed ? [...folded.matchAll(PREFIXED_CODES)].map((m) => m[1] ?? "") : [folded];
  for (const list of lists) {
    for (const m of list.matchAll(BARE_CODES)) if (!out.includes(m[0])) out.push(m[0]);
  }
  return out;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

/** The standard number of a standard row's text ("Tiêu chuẩn 4:", "TIÊU CHUẨN 1. Tổ chức…"), or null. */
export function standardOf(text: string): number | null {
  const m = /^(?:\d{1,2}[.)]?\s+)?tieu\s*chuan\s*:?\s*([1-9]|iv|v|i{1,3})(?![0-9a-z])/u.exec(foldVietnamese(text));
  if (!m) return null;
  const n = m[1]!;
  return ROMAN[n] ?? Number(n);
}

/**
 * The standard a "Tiêu chuẩn" column's cell names: "Tiêu chuẩn 4", or the bare number a column of its own makes
 * enough ("4", "4.", "IV", "4. Hoạt động giáo dục"); never a criterion code ("5.4").
 */
export function standardInColumn(text: string): number | null {
  const named = standardOf(text);
  if (named !== null) return named;
  const m = /^([1-9]|iv|v|i{1,3})\s*[.:)]?(?:\s+\D.*)?$/su.exec(foldVietnamese(text).trim());
  if (!m) return null;
  const n = m[1]!;
  return ROMAN[n] ?? Number(n);
}

/** The level of a level row ("MỨC 2" → "2", "MỨC 1, 2, 3" → "1, 2, 3", "Mức độ 2"), or null. */
export function levelOf(text: string): string | null {
  const m = /^muc(?:\s*do)?\s*:?\s*([1-4](?:\s*(?:,|;|-|–|va)\s*[1-4])*)\.?$/u.exec(foldVietnamese(text));
  if (!m) return null;
  return m[1]!.match(/[1-4]/g)!.join(", ");
}
