/**
 * Opening a .docx (an OPC zip package) and finding its main document part.
 *
 * Runs unchanged in Node and in the browser: input is bytes, output is the XML string. Files principals send
 * are often not .docx at all (old .doc, password-protected, half-downloaded), so each of those gets its own
 * DocxError code and a message that tells them what to do.
 */
import { SaxesParser } from "saxes";
import { DocxError, MAX_XML_BYTES } from "./errors";
import { decodeXmlPart } from "./part-text";
import { readZipDirectory, type ZipEntry } from "./zip-directory";
import { inflateEntry } from "./zip-entry";

export interface DocxPackage {
  /** Zip entry name of the main document part, usually "word/document.xml". */
  readonly documentPath: string;
  /** Text of the main document part, decoded by its byte-order mark or declared encoding. */
  readonly documentXml: string;
  /** Names of every entry in the package. */
  readonly partNames: readonly string[];
  /** Text of another XML part (same decoding and limits), or null when the package has no such part. */
  readPart(name: string): string | null;
}

const DEFAULT_DOCUMENT_PATH = "word/document.xml";
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED = 1;

export interface OpenOptions {
  /** Most bytes of XML inflated from this file in all (default MAX_XML_BYTES). */
  maxXmlBytes?: number;
}

export async function openDocx(data: Uint8Array | ArrayBuffer, options: OpenOptions = {}): Promise<DocxPackage> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new DocxError("empty");
  if (startsWith(bytes, CFB_MAGIC)) throw new DocxError(classifyCompoundFile(bytes));
  if (!looksLikeZip(bytes)) {
    throw new DocxError(startsWith(bytes, asciiBytes("{\\rtf")) ? "rtf" : "not-zip");
  }

  const entries = readZipDirectory(bytes);
  const byName = indexEntries(entries);
  // One budget for the whole file: a bomb split over many parts is still stopped.
  let budget = options.maxXmlBytes ?? MAX_XML_BYTES;
  const readEntry = (entry: ZipEntry): string => {
    if (entry.flags & ENCRYPTED) throw new DocxError("zip-encrypted", entry.name);
    const inflated = inflateEntry(bytes, entry, budget);
    budget -= inflated.length;
    return decodeXmlPart(inflated, entry.name);
  };
  const find = (name: string): ZipEntry | null => byName.get(name.toLowerCase()) ?? null;

  const documentEntry = findMainDocument(find, readEntry);
  if (documentEntry === null) throw new DocxError("no-document");
  const documentXml = stripBom(readEntry(documentEntry));
  return {
    documentPath: documentEntry.name,
    documentXml,
    partNames: entries.map((e) => e.name),
    readPart: (name) => {
      const entry = find(normalisePartName(name));
      return entry === null ? null : stripBom(readEntry(entry));
    },
  };
}

/**
 * OPC part names are case-insensitive, so two entries whose names differ only in case are the same part
 * written twice: which one a reader takes differs between libraries, so neither is read.
 */
function indexEntries(entries: readonly ZipEntry[]): Map<string, ZipEntry> {
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    if (byName.has(key)) throw new DocxError("duplicate-part", entry.name, { part: entry.name });
    byName.set(key, entry);
  }
  return byName;
}

/** The target of the package's officeDocument relationship, falling back to the usual path. */
function findMainDocument(find: (name: string) => ZipEntry | null, read: (entry: ZipEntry) => string): ZipEntry | null {
  const rels = find("_rels/.rels");
  if (rels) {
    let target: string | null;
    try {
      target = officeDocumentTarget(read(rels));
    } catch (error) {
      // A damaged .rels does not stop us: Word itself falls back to the conventional part name. A bomb does.
      if (error instanceof DocxError && error.code === "zip-bomb") throw error;
      target = null;
    }
    if (target !== null) {
      const entry = find(normalisePartName(target));
      if (entry) return entry;
    }
  }
  return find(DEFAULT_DOCUMENT_PATH);
}

/**
 * The `w:document` element of the main document part of a flat-OPC package (what Word's `getOoxml()` returns),
 * so the table reader reads it exactly as it reads word/document.xml from a .docx.
 */
export function flatOpcDocumentXml(flat: string): string {
  const { start, end } = locateFlatOpcDocumentXml(flat);
  return flat.slice(start, end);
}

/** Character range of the main document's `w:document` element inside a flat-OPC string (for splicing it back). */
export function locateFlatOpcDocumentXml(flat: string): { start: number; end: number } {
  const partMatch = /<(?:[\w.-]+:)?part\b[^>]*?\bname\s*=\s*["']\/word\/document\.xml["'][^>]*>/i.exec(flat);
  if (!partMatch) throw new DocxError("no-document", "flat OPC has no /word/document.xml part");
  const afterPart = partMatch.index + partMatch[0].length;
  const dataOpen = /<(?:[\w.-]+:)?xmlData\b[^>]*>/.exec(flat.slice(afterPart));
  if (!dataOpen) throw new DocxError("no-document", "the /word/document.xml part has no xmlData");
  const contentStart = afterPart + dataOpen.index + dataOpen[0].length;
  const closeTag = /<\/(?:[\w.-]+:)?xmlData\s*>/g;
  closeTag.lastIndex = contentStart;
  const dataClose = closeTag.exec(flat);
  if (!dataClose) throw new DocxError("bad-xml", "unterminated xmlData");
  let start = contentStart;
  let end = dataClose.index;
  while (start < end && isXmlSpace(flat.charCodeAt(start))) start++;
  while (end > start && isXmlSpace(flat.charCodeAt(end - 1))) end--;
  if (start === end) throw new DocxError("no-document", "empty /word/document.xml part");
  return { start, end };
}

function officeDocumentTarget(relsXml: string): string | null {
  let target: string | null = null;
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (node) => {
    if (target !== null || !/(^|:)Relationship$/.test(node.name)) return;
    const type = String(node.attributes["Type"] ?? "");
    const mode = String(node.attributes["TargetMode"] ?? "");
    // Transitional and Strict OOXML use different relationship namespaces with the same last segment.
    if (/\/officeDocument$/.test(type) && mode !== "External") {
      target = String(node.attributes["Target"] ?? "") || null;
    }
  });
  parser.write(stripBom(relsXml)).close();
  return target;
}

function normalisePartName(target: string): string {
  return target.replace(/\\/g, "/").replace(/^\.?\//, "").replace(/^\/+/, "");
}

/**
 * An OLE compound file is either a password-protected OOXML file (its streams are EncryptionInfo and
 * EncryptedPackage) or a legacy binary document; the directory entries name the streams in UTF-16LE.
 */
function classifyCompoundFile(bytes: Uint8Array): "encrypted" | "legacy-doc" | "not-zip" {
  if (containsUtf16le(bytes, "EncryptedPackage")) return "encrypted";
  if (containsUtf16le(bytes, "WordDocument")) return "legacy-doc";
  return "not-zip";
}

function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  const first = pattern[0];
  const last = bytes.length - pattern.length;
  for (let i = bytes.indexOf(first ?? 0); i !== -1 && i <= last; i = bytes.indexOf(first ?? 0, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

function looksLikeZip(bytes: Uint8Array): boolean {
  // Local file header, or the end-of-central-directory record of an empty archive.
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function asciiBytes(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}


