/**
 * Characters a .docx cannot hold: XML 1.0 forbids most control characters outright, and a lone surrogate is not a
 * character at all. An XML 1.1 document may carry control characters (as references), so a plan read from one can
 * hold text no report can be written with.
 */

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
export const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
export const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The characters of `text` that cannot be written into WordprocessingML, once each, as "U+0001". */
export function unwritableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(INVALID_XML_CHARS)) found.add(codePointName(match[0]));
  for (const match of text.matchAll(LONE_SURROGATES)) found.add(codePointName(match[0]));
  return [...found];
}

function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
