/**
 * Opening a .docx (an OPC zip package) and finding its main document part.
 *
 * Runs unchanged in Node and in the browser: input is bytes, output is the XML string. Files principals send
 * are often not .docx at all (old .doc, password-protected, half-downloaded), so each of those gets its own
 * DocxError code and a message that tells them what to do.
 */
import { SaxesParser } from "saxes";
import { DocxError, MAX_XML_BYTES, type PackageKind } from "./errors";
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
  /** Bytes of any part (pictures too), inflated within the same limit and checked against its CRC; null when absent. */
  readPartBytes(name: string): Uint8Array | null;
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
  const inflate = (entry: ZipEntry): Uint8Array => {
    if (entry.flags & ENCRYPTED) throw new DocxError("zip-encrypted", entry.name);
    const inflated = inflateEntry(bytes, entry, budget);
    budget -= inflated.length;
    return inflated;
  };
  const readEntry = (entry: ZipEntry): string => decodeXmlPart(inflate(entry), entry.name);
  const find = (name: string): ZipEntry | null => byName.get(name.toLowerCase()) ?? null;

  const documentEntry = findMainDocument(find, readEntry);
  if (documentEntry === null) throw new DocxError("no-document", undefined, undefined, kindOfEntries(find));
  const documentXml = stripBom(readEntry(documentEntry));
  const prolog = readProlog(documentXml);
  // OOXML parts may not carry a DTD (ECMA-376 Part 2, §8.1.4): one that does is refused before anything expands it.
  if (prolog.doctype) throw new DocxError("dtd", documentEntry.name);
  if (prolog.root && !isWordDocumentRoot(prolog.root)) {
    throw new DocxError("no-document", `main part ${documentEntry.name} is <${prolog.root.name}>`, undefined, kindOfRoot(prolog.root.local) ?? kindOfEntries(find));
  }
  return {
    documentPath: documentEntry.name,
    documentXml,
    partNames: entries.map((e) => e.name),
    readPart: (name) => {
      const entry = find(normalisePartName(name));
      return entry === null ? null : stripBom(readEntry(entry));
    },
    readPartBytes: (name) => {
      const entry = find(normalisePartName(name));
      return entry === null ? null : inflate(entry);
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
    // Some tools write entries with backslashes ("word\document.xml"); Word reads them as the same parts.
    const key = entry.name.replace(/\\/g, "/").toLowerCase();
    if (byName.has(key)) throw new DocxError("duplicate-part", entry.name, { part: entry.name });
    byName.set(key, entry);
  }
  return byName;
}

interface RootElement {
  readonly name: string;
  readonly local: string;
  readonly namespace: string | undefined;
}

/** Whether the part declares a DOCTYPE, and its root element; stops reading at the root's start tag. */
function readProlog(xml: string): { doctype: boolean; root: RootElement | null } {
  const found: { doctype: boolean; root: RootElement | null } = { doctype: false, root: null };
  const parser = new SaxesParser({ position: false });
  const stop = new Error("root reached");
  parser.on("doctype", () => {
    found.doctype = true;
    throw stop;
  });
  parser.on("opentag", (node) => {
    const colon = node.name.indexOf(":");
    const prefix = colon === -1 ? "" : node.name.slice(0, colon);
    const namespace = node.attributes[prefix ? `xmlns:${prefix}` : "xmlns"];
    found.root = { name: node.name, local: node.name.slice(colon + 1), namespace: namespace === undefined ? undefined : String(namespace) };
    throw stop;
  });
  parser.on("error", () => {
    throw stop;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    // Malformed XML stops here too: the table reader reports it with its position.
    if (error !== stop) throw error;
  }
  return found;
}

const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

function isWordDocumentRoot(root: RootElement): boolean {
  return root.local === "document" && (root.namespace === undefined || WORD_NAMESPACES.has(root.namespace));
}

function kindOfRoot(local: string): PackageKind | null {
  if (local === "workbook") return "excel";
  if (local === "presentation") return "powerpoint";
  if (local === "theme" || local === "themeManager") return "theme";
  return null;
}

/** What a package that holds no Word document is, from the parts it has. */
function kindOfEntries(find: (name: string) => ZipEntry | null): PackageKind {
  if (find("xl/workbook.xml")) return "excel";
  if (find("ppt/presentation.xml")) return "powerpoint";
  if (find("theme/theme/theme1.xml") || find("theme/theme/thememanager.xml")) return "theme";
  if (find("mimetype") && find("content.xml")) return "opendocument";
  return "unknown";
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


