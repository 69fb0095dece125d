/**
 * Runs and paragraphs with their font written out (Times New Roman, 13 or 12 pt, Nghị định 30): a table inserted
 * into a school's document must look the same whatever that document's own styles are. Text goes through
 * `runXml`, so escaping, tabs, line breaks and NFC stay in one place.
 */
import type { Align } from "../../core/tables/spec";
import type { TextParagraph } from "../../core/text/paragraph";
import { runXml, type RunFormat } from "./xml-text";

export const FONT_NAME = "Times New Roman";
/** Left indent of one indent level: 0.75 cm, as in paragraphs.ts. */
const INDENT_STEP_TWIPS = 425;

const RUN_OPEN = "<w:r>";
const RPR_OPEN = "<w:rPr>";
const RPR_CLOSE = "</w:rPr>";

export function fontPropertiesXml(fontSizePt: number): { fonts: string; size: string } {
  const halfPoints = Math.round(fontSizePt * 2);
  return {
    fonts: `<w:rFonts w:ascii="${FONT_NAME}" w:hAnsi="${FONT_NAME}" w:eastAsia="${FONT_NAME}" w:cs="${FONT_NAME}"/>`,
    size: `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`,
  };
}

/**
 * `runXml` with `w:rFonts` first and `w:sz` last in its `w:rPr` (the schema's order: rFonts, b, bCs, i, iCs, …,
 * sz, szCs).
 */
export function styledRunXml(text: string, format: RunFormat, fontSizePt: number): string {
  const { fonts, size } = fontPropertiesXml(fontSizePt);
  const run = runXml(text, format);
  const inner = run.slice(RUN_OPEN.length, -"</w:r>".length);
  if (inner.startsWith(RPR_OPEN)) {
    const close = inner.indexOf(RPR_CLOSE);
    return `${RUN_OPEN}${RPR_OPEN}${fonts}${inner.slice(RPR_OPEN.length, close)}${size}${RPR_CLOSE}${inner.slice(close + RPR_CLOSE.length)}</w:r>`;
  }
  return `${RUN_OPEN}${RPR_OPEN}${fonts}${size}${RPR_CLOSE}${inner}</w:r>`;
}

export interface ParagraphLook {
  align?: Align | undefined;
  /** Space before and after, in twips. */
  before?: number;
  after?: number;
  keepNext?: boolean;
  /** Formatting applied to every run on top of its own (header cells are bold, numbering rows italic). */
  bold?: boolean;
  italic?: boolean;
}

/**
 * A `w:p` whose paragraph mark carries the font too, so an empty cell is one 13 pt line high rather than the
 * height of the host document's default font.
 */
export function styledParagraphXml(paragraph: TextParagraph, fontSizePt: number, look: ParagraphLook = {}): string {
  const { fonts, size } = fontPropertiesXml(fontSizePt);
  const ppr =
    (look.keepNext ? "<w:keepNext/>" : "") +
    `<w:spacing w:before="${look.before ?? 0}" w:after="${look.after ?? 0}" w:line="240" w:lineRule="auto"/>` +
    (paragraph.indent ? `<w:ind w:left="${paragraph.indent * INDENT_STEP_TWIPS}"/>` : "") +
    (look.align ? `<w:jc w:val="${look.align}"/>` : "") +
    `<w:rPr>${fonts}${size}</w:rPr>`;
  const runs = paragraph.runs
    .filter((run) => run.text !== "")
    .map((run) =>
      styledRunXml(run.text, { bold: Boolean(run.bold || look.bold), italic: Boolean(run.italic || look.italic) }, fontSizePt),
    )
    .join("");
  return `<w:p><w:pPr>${ppr}</w:pPr>${runs}</w:p>`;
}
