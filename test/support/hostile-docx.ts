/**
 * Hostile .docx files for the abuse suite: packages damaged or crafted the ways abuse testing found (wrong bytes,
 * lying zip directories, bombs, huge values), each built from a valid fixture by a small, stated change.
 */
import { Zip, ZipDeflate } from "fflate";
import { buildDocx, cell, documentXml, row, table } from "./docx-builder";

/** Whether the full (slow, large) abuse cases run: `npm run abuse` sets it; `npm test` runs the quick form. */
export const FULL_ABUSE = process.env.CAITIEN_ABUSE === "full";

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

function indexesOf(bytes: Uint8Array, pattern: Uint8Array): number[] {
  const found: number[] = [];
  for (let i = bytes.indexOf(pattern[0]!); i !== -1 && i <= bytes.length - pattern.length; i = bytes.indexOf(pattern[0]!, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) found.push(i);
  }
  return found;
}

const u32 = (bytes: Uint8Array, at: number): number => new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true);
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Every local (name at +30) and central (name at +46) header of the entry called `name`. */
function headersOf(bytes: Uint8Array, name: string): { local: number[]; central: number[] } {
  const local: number[] = [];
  const central: number[] = [];
  for (const at of indexesOf(bytes, ascii(name))) {
    if (at >= 46 && u32(bytes, at - 46) === CENTRAL) central.push(at - 46);
    if (at >= 30 && u32(bytes, at - 30) === LOCAL) local.push(at - 30);
  }
  return { local, central };
}

/** Renames entries in place (same length), in local and central headers: two entries can then share a name. */
export function renameEntry(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error("renameEntry keeps the length");
  const out = bytes.slice();
  const { local, central } = headersOf(out, from);
  for (const at of local) out.set(ascii(to), at + 30);
  for (const at of central) out.set(ascii(to), at + 46);
  return out;
}

/** Sets the "encrypted" bit of an entry's flags, as a password-protected zip has it. */
export function markEncrypted(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const { local, central } = headersOf(out, name);
  for (const at of local) out[at + 6]! |= 1;
  for (const at of central) out[at + 8]! |= 1;
  return out;
}

/** Writes a different uncompressed size into an entry's central directory record (a lying directory). */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (const at of headersOf(out, name).central) view.setUint32(at + 24, size, true);
  return out;
}

/** Replaces the first occurrence of `from` by `to` (same length) anywhere in the bytes: damages stored data. */
export function replaceBytes(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const [at] = indexesOf(out, ascii(from));
  if (at === undefined) throw new Error(`"${from}" not found`);
  out.set(ascii(to), at);
  return out;
}

/** A plan-like table whose single body cell says `text`. */
export function oneCellTable(text: string): string {
  return table([row([cell("Tiêu chí")]), row([cell(text)])]);
}

/** The bytes of a whole word/document.xml in UTF-16 (little or big endian) with its byte-order mark. */
export function utf16Document(xml: string, order: "le" | "be"): Uint8Array {
  const le = Buffer.from(`\ufeff${xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, "utf16le");
  if (order === "le") return new Uint8Array(le);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

/** The bytes of a word/document.xml declared and written in ISO-8859-1. */
export function latin1Document(xml: string): Uint8Array {
  return new Uint8Array(Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), "latin1"));
}

/** A .docx whose word/document.xml has `invalid` bytes in the middle of the text "before|after". */
export async function invalidUtf8Docx(invalid: readonly number[]): Promise<Uint8Array> {
  const xml = documentXml(oneCellTable("before|after"));
  const utf8 = new Uint8Array(Buffer.from(xml, "utf8"));
  const bar = utf8.indexOf("|".charCodeAt(0));
  const bytes = new Uint8Array([...utf8.subarray(0, bar), ...invalid, ...utf8.subarray(bar + 1)]);
  return buildDocx("", { documentXml: bytes });
}

/**
 * A zip whose word/document.xml inflates to `size` bytes of a comment, built by streaming so that the test never
 * holds the inflated bytes: the compressed file is about a thousandth of `size`.
 */
export function zipBomb(size: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const add = (name: string, text: string): void => {
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    file.push(new TextEncoder().encode(text), true);
  };
  add("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const document = new ZipDeflate("word/document.xml", { level: 1 });
  zip.add(document);
  const head = new TextEncoder().encode('<?xml version="1.0"?><!--');
  document.push(head);
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  let written = head.length;
  while (written + block.length < size) {
    document.push(block);
    written += block.length;
  }
  document.push(new TextEncoder().encode(`-->`), true);
  zip.end();
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
