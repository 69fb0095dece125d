import type { TextParagraph } from "../text/paragraph";
import type { Criterion, Level } from "./schema";
import { criterionHeading } from "./catalog";

/**
 * The paragraphs a principal quotes for a criterion: its heading ("Tiêu chí 1.4: …") and, for each chosen level,
 * "Mức 1: <text>" (one paragraph, 2026 and some 2018 levels) or "Mức 1:" followed by "a) …", "b) …" (2018
 * indicators), in the order of the circular.
 */
export function criterionParagraphs(
  criterion: Criterion,
  options: { heading: boolean; levels: readonly number[] },
): TextParagraph[] {
  const paragraphs: TextParagraph[] = [];
  if (options.heading) paragraphs.push({ runs: [{ text: criterionHeading(criterion), bold: true }] });
  const chosen = criterion.levels.filter((level) => options.levels.includes(level.level));
  for (const level of chosen) paragraphs.push(...levelParagraphs(level));
  return paragraphs;
}

function levelParagraphs(level: Level): TextParagraph[] {
  const label = `Mức ${level.level}:`;
  if (level.text !== undefined) {
    return [{ runs: [{ text: label, bold: true }, { text: ` ${level.text}` }] }];
  }
  return [
    { runs: [{ text: label, bold: true }] },
    ...(level.indicators ?? []).map((indicator) => ({ runs: [{ text: `${indicator.label}) ${indicator.text}` }], indent: 1 })),
  ];
}
