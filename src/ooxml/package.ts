/**
 * Opening a .docx (an OPC zip package) and finding its main document part.
 *
 * Runs unchanged in Node and in the browser: input is bytes, output is the XML string. Files principals send
 * are often not .docx at all (old .doc, password-protected, half-downloaded), so each of those gets its own
 * DocxError code and a message that tells them what to do.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { DocxError } from "./errors";

export interface DocxPackage {
  /** The loaded zip, kept so writers can replace parts and re-zip. */
  readonly zip: JSZip;
  /** Zip entry name of the main document part, usually "word/document.xml". */
  readonly documentPath: string;
  /** Text of the main document part (UTF-8 decoded, byte-order mark removed). */
  readonly documentXml: string;
}

const DEFAULT_DOCUMENT_PATH = "word/document.xml";
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function openDocx(data: Uint8Array | ArrayBuffer): Promise<DocxPackage> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new DocxError("empty");
  if (startsWith(bytes, CFB_MAGIC)) throw new DocxError(classifyCompoundFile(bytes));
  if (!looksLikeZip(bytes)) {
    throw new DocxError(startsWith(bytes, asciiBytes("{\\rtf")) ? "rtf" : "not-zip");
  }

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    // It starts like a zip, so a failure here means the end of the file (the central directory) is missing or damaged.
    throw new DocxError("truncated", errorText(error));
  }

  const documentPath = await findMainDocumentPath(zip);
  const entry = documentPath === null ? null : zip.file(documentPath);
  if (documentPath === null || entry === null) throw new DocxError("no-document");

  let documentXml: string;
  try {
    documentXml = await entry.async("string");
  } catch (error) {
    throw new DocxError("truncated", errorText(error));
  }
  return { zip, documentPath, documentXml: stripBom(documentXml) };
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

/** The target of the package's officeDocument relationship, falling back to the usual path. */
async function findMainDocumentPath(zip: JSZip): Promise<string | null> {
  const rels = findEntry(zip, "_rels/.rels");
  if (rels) {
    let target: string | null;
    try {
      target = officeDocumentTarget(await rels.async("string"));
    } catch {
      // A damaged .rels does not stop us: Word itself falls back to the conventional part name.
      target = null;
    }
    if (target !== null) {
      const entry = findEntry(zip, normalisePartName(target));
      if (entry) return entry.name;
    }
  }
  return findEntry(zip, DEFAULT_DOCUMENT_PATH)?.name ?? null;
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

/** OPC part names are case-insensitive; zip entry names are not. */
function findEntry(zip: JSZip, name: string): JSZip.JSZipObject | null {
  const exact = zip.file(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  const matches = zip.file(new RegExp(`^${escapeRegExp(lower)}$`, "i"));
  return matches[0] ?? null;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
