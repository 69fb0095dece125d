/**
 * The central directory of a zip file, read exactly as APPNOTE.TXT (PKWARE) lays it out, and nothing inflated.
 *
 * Why not a zip library's own listing: the reader must see what libraries hide — every entry even when two share
 * a name (jszip and fflate keep the last one), the encryption flag, and the declared CRC and sizes — before a
 * single byte is inflated, so that a zip bomb is refused from its directory and a lying directory is caught while
 * inflating (see zip-entry.ts). Inflating itself is left to fflate.
 */
import { DocxError } from "./errors";

export interface ZipEntry {
  readonly name: string;
  /** General-purpose bit flags; bit 0 means the entry is encrypted. */
  readonly flags: number;
  /** 0 stored, 8 deflated; anything else is not something Word writes. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const UTF8_NAMES = 1 << 11;

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
      const zip64Eocd = safeNumber(view.getBigUint64(locator + 8, true));
      if (zip64Eocd + 56 > bytes.length || view.getUint32(zip64Eocd, true) !== ZIP64_EOCD_SIGNATURE) throw truncated("zip64 end record");
      count = safeNumber(view.getBigUint64(zip64Eocd + 32, true));
      offset = safeNumber(view.getBigUint64(zip64Eocd + 48, true));
    }
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw truncated(`central directory entry ${i}`);
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    if (extraStart + extraLength > bytes.length) throw truncated(`central directory entry ${i}`);
    const sizes = zip64Sizes(view, extraStart, extraLength, {
      size: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    entries.push({
      name: decodeName(bytes.subarray(nameStart, extraStart), (flags & UTF8_NAMES) !== 0),
      flags,
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      ...sizes,
    });
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** Byte range of an entry's compressed data, from its local header (whose name and extra lengths may differ). */
export function entryDataRange(bytes: Uint8Array, entry: ZipEntry): { start: number; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw truncated(`local header of ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw truncated(`data of ${entry.name}`);
  return { start, end };
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw truncated("no end of central directory");
}

/** Fields saved as 0xFFFFFFFF are in the zip64 extra field (id 1), in this order, only those that overflowed. */
function zip64Sizes(
  view: DataView,
  extraStart: number,
  extraLength: number,
  sizes: { size: number; compressedSize: number; localHeaderOffset: number },
): { size: number; compressedSize: number; localHeaderOffset: number } {
  const overflowed = (["size", "compressedSize", "localHeaderOffset"] as const).filter((k) => sizes[k] === 0xffffffff);
  if (overflowed.length === 0) return sizes;
  const result = { ...sizes };
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 1) {
      overflowed.forEach((key, i) => {
        if (4 + (i + 1) * 8 <= length + 4 && at + 4 + (i + 1) * 8 <= view.byteLength) {
          result[key] = safeNumber(view.getBigUint64(at + 4 + i * 8, true));
        }
      });
      break;
    }
    at += 4 + length;
  }
  return result;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  // Names without the UTF-8 flag are CP437 by the spec; Word only writes ASCII names, so Latin-1 keeps them apart.
  return utf8 ? new TextDecoder("utf-8").decode(bytes) : String.fromCharCode(...bytes);
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw truncated("zip64 value out of range");
  return Number(value);
}

function truncated(detail: string): DocxError {
  return new DocxError("truncated", detail);
}
