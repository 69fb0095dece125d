/**
 * How much the add-in pulls out of Word: every string a sync hands back (getOoxml() results and loaded text
 * properties), counted in UTF-8 bytes, the size it crosses the wire in on Word on the web. Word on the web runs
 * each sync as a network round trip and OOXML calls with large payloads take seconds or fail (OfficeDev/office-js
 * #5944, #2577), so tests budget the bytes of each action, not only its syncs.
 */
const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** Bytes of the strings in a returned value (a string, or arrays of them as Table.values returns). */
export function fetchedBytes(value: unknown): number {
  if (typeof value === "string") return utf8Length(value);
  if (Array.isArray(value)) return value.reduce((sum: number, v: unknown) => sum + fetchedBytes(v), 0);
  return 0;
}
