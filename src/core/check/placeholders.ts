/**
 * Template blanks left inside text that is otherwise filled in: "Hiệu trưởng ……", "ngày …/…/20…", "[…]", "xxx".
 * A single "…" or "..." at the end of a list is how people write "etc.", so it is not a blank.
 */

const PATTERNS: readonly RegExp[] = [
  /…\s*…/u, // "……"
  /\.{4,}/u, // "......"
  /(?:…|\.{2,})\s*\/\s*(?:…|\.{2,})/u, // "…/…", "../.."
  /\/\s*20\s*(?:…|\.{2,})/u, // "/20…"
  /[[(]\s*(?:…|\.{2,})\s*[\])]/u, // "[…]", "(...)"
  /_{3,}/u, // "____"
  /(?<![\p{L}\p{N}])x{3,}(?![\p{L}\p{N}])/iu, // "xxx", "XXXX"
];

/** Cheap test every pattern above needs to pass: most cells have none of these characters. */
const CANDIDATE = /…|\.\.|__|xxx/i;

/** The placeholder found in the text, or null. */
export function placeholderIn(text: string): string | null {
  if (!CANDIDATE.test(text)) return null;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return null;
}
