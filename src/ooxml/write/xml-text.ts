/**
 * Text written into WordprocessingML. Cell and paragraph text comes from principals and the catalog, so it may
 * hold `<`, `&`, quotes, tabs, line breaks and emoji; XML 1.0 forbids most control characters outright.
 */
import { INVALID_XML_CHARS, LONE_SURROGATES } from "../../core/text/xml-characters";

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(LONE_SURROGATES, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
}

/**
 * One `w:r` holding `text`, with tabs as `w:tab` and line breaks as `w:br` (a line break inside a paragraph, which
 * is what Shift+Enter gives in Word). Text is NFC so that what Word shows is what search and the checker compare.
 */
export function runXml(text: string, format: RunFormat = {}): string {
  const props = `${format.bold ? "<w:b/><w:bCs/>" : ""}${format.italic ? "<w:i/><w:iCs/>" : ""}`;
  const content = text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split(/(\t|\n)/)
    .map((piece) => {
      if (piece === "\t") return "<w:tab/>";
      if (piece === "\n") return "<w:br/>";
      return piece === "" ? "" : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
    })
    .join("");
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}${content}</w:r>`;
}
