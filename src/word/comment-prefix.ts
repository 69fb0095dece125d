/** How the add-in recognises its own comments: their text starts with this prefix (a person's never should). */
import { normalizeText } from "../core/text/fold";

export const ADDIN_COMMENT_PREFIX = "[Cải Tiến] ";

export function isAddinComment(content: string): boolean {
  return normalizeText(content).startsWith(normalizeText(ADDIN_COMMENT_PREFIX));
}
