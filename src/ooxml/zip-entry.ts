/**
 * Inflating one zip entry with a ceiling: the data is pushed through fflate's streaming inflater in small chunks
 * and the output counted as it comes, so a zip bomb is stopped at the limit instead of being inflated first;
 * the result is checked against the entry's CRC-32 and size, so a damaged entry is an error, never a different
 * reading.
 */
import CRC32 from "crc-32";
import { Inflate } from "fflate";
import { DocxError } from "./errors";
import { entryDataRange, type ZipEntry } from "./zip-directory";

/** Each push inflates to at most ~1,032 times its size (DEFLATE's ceiling): 32 KB in, ≤ 33 MB out. */
const PUSH_BYTES = 32 * 1024;

export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.size > limit) throw new DocxError("zip-bomb", `${entry.name} declares ${entry.size} bytes`, { part: entry.name });
  const { start, end } = entryDataRange(bytes, entry);
  const data = bytes.subarray(start, end);
  let output: Uint8Array;
  if (entry.method === 0) output = data;
  else if (entry.method === 8) output = inflateWithin(data, entry);
  else throw new DocxError("truncated", `${entry.name} uses compression method ${entry.method}`, { part: entry.name });
  if (output.length !== entry.size || (CRC32.buf(output) >>> 0) !== entry.crc32) {
    throw new DocxError("crc-mismatch", entry.name, { part: entry.name });
  }
  return output;
}

function inflateWithin(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    // The declared size is within the limit (checked before inflating), so stopping at it also stops a bomb whose
    // directory lies; more bytes than declared is a damaged entry.
    if (total > entry.size) throw new DocxError("crc-mismatch", `${entry.name} inflates past its declared size`, { part: entry.name });
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += PUSH_BYTES) {
      inflater.push(data.subarray(at, Math.min(at + PUSH_BYTES, data.length)), at + PUSH_BYTES >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError("crc-mismatch", `${entry.name}: ${error instanceof Error ? error.message : String(error)}`, { part: entry.name });
  }
  if (chunks.length === 1) return chunks[0]!;
  const output = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    output.set(chunk, at);
    at += chunk.length;
  }
  return output;
}
