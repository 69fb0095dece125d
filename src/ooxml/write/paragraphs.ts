import type { TextParagraph } from "../../core/text/paragraph";
import { runXml } from "./xml-text";

/** Left indent of one indent level: 0.75 cm, in twentieths of a point. */
const INDENT_STEP_TWIPS = 425;

/**
 * A `w:p` with no paragraph style, so Word gives it the document's own body style ("Normal"): inserted criterion
 * text then looks like the principal's other paragraphs, whatever template the school uses.
 */
export function paragraphXml(paragraph: TextParagraph): string {
  const props = paragraph.indent ? `<w:pPr><w:ind w:left="${paragraph.indent * INDENT_STEP_TWIPS}"/></w:pPr>` : "";
  return `<w:p>${props}${paragraph.runs.map((run) => runXml(run.text, run)).join("")}</w:p>`;
}
