/**
 * Why a document's school year is not taken as stated: the sentence a host shows next to an empty year field
 * (pane) or in its error message (CLI), naming what the document says and where.
 */
import type { Inference, SchoolYearSource } from "./school-info";

export type ExplainLang = "vi" | "en";

const SOURCE_NAMES: Record<ExplainLang, Record<SchoolYearSource, string>> = {
  vi: { title: "tiêu đề", "plan-header": "hàng tiêu đề của bảng", "date-line": "dòng ngày tháng" },
  en: { title: "title", "plan-header": "table header", "date-line": "date line" },
};

/** "2023-2024" → "2023 – 2024", as the documents print it. */
function shown(year: string): string {
  return year.replace("-", " – ");
}

const QUOTE_MAX = 70;

function quote(text: string, lang: ExplainLang): string {
  const short = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
  return lang === "vi" ? `“${short}”` : `"${short}"`;
}

/** The years the evidence names, each with the first place it stands: "2023 – 2024 (tiêu đề “NĂM HỌC: 2023-2024”)". */
function yearsWithPlaces(inference: Inference<string, SchoolYearSource>, lang: ExplainLang): string[] {
  const seen = new Map<string, string>();
  for (const e of inference.evidence) {
    const key = e.values.join("|");
    if (!seen.has(key)) seen.set(key, `${e.values.map(shown).join(lang === "vi" ? " hoặc " : " or ")} (${SOURCE_NAMES[lang][e.source]} ${quote(e.text, lang)})`);
  }
  return [...seen.values()];
}

/**
 * Why the school year is unknown, or null when it was found: "Văn bản ghi hai năm học khác nhau: 2023 – 2024 (tiêu
 * đề “…”) và 2024 – 2025 (dòng ngày tháng “…”)."
 */
export function schoolYearProblem(inference: Inference<string, SchoolYearSource> | undefined, lang: ExplainLang = "vi"): string | null {
  if (inference?.status === "found") return null;
  const vi = lang === "vi";
  if (!inference || inference.status === "none") {
    return vi ? "Văn bản không ghi năm học (ví dụ “Năm học 2024 – 2025”) ở tiêu đề hay dòng ngày tháng." : "The document states no school year (\"Năm học 2024 – 2025\") in its title or date line.";
  }
  const places = yearsWithPlaces(inference, lang);
  if (inference.status === "conflict") {
    const count = new Set(inference.evidence.flatMap((e) => e.values)).size;
    const countText = vi ? (count === 2 ? "hai" : String(count)) : count === 2 ? "two" : String(count);
    return vi
      ? `Văn bản ghi ${countText} năm học khác nhau: ${places.join(" và ")}.`
      : `The document states ${countText} different school years: ${places.join(" and ")}.`;
  }
  // Ambiguous: a date in August, when one school year ends and the next is being prepared.
  return vi
    ? `Văn bản chỉ ghi ngày tháng, hợp với hai năm học: ${places.join("; ")}.`
    : `The document only gives a date, which fits two school years: ${places.join("; ")}.`;
}
