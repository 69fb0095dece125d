/**
 * The document behind the fake Word host: a real .docx package (read by src/ooxml, kept in jszip) whose word/document.xml is a live
 * @xmldom/xmldom DOM. Proxies mutate this DOM at `context.sync()`; the preview renders it; `toDocx()` saves it.
 *
 * The selection is a collapsed cursor at the end (by default) or the start of one paragraph, or a range over the
 * paragraphs from one to another, possibly across table cells. Paragraphs are identified outside by their index
 * among ALL w:p elements of the body in document order (the order of getElementsByTagName("w:p"), so paragraphs
 * inside table cells, the letterhead's among them, and inside content controls count), and kept inside as the
 * elements themselves, so inserting content before the cursor moves its index as Word's cursor would move.
 * Word's selection can be any of these (Word add-in troubleshooting: a selection in a table cell, over several
 * cells, or in a content control).
 */
import JSZip from "jszip";
import type { Document, Element } from "@xmldom/xmldom";
import { DocxError } from "../ooxml/errors";
import { openDocx } from "../ooxml/package";
import { readTables } from "../ooxml/read-tables";
import { loadMedia, type MediaPart } from "./media";
import { StyleSheet } from "./styles";
import { isInside, isW, parseXml, serializeXml, W_NS, wChildren, wDescendants } from "./xml";

export type BlockSelection =
  /** A collapsed cursor at the end of the paragraph. */
  | { kind: "paragraph"; index: number }
  /** A collapsed cursor at the start or the end of the paragraph. */
  | { kind: "cursor"; index: number; at: "start" | "end" }
  /** The paragraphs from `from` to `to` (document order), e.g. dragged over several table cells. */
  | { kind: "range"; from: number; to: number }
  | { kind: "none" };

const DEFAULT_MAIN_PART = "word/document.xml";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export class FakeWordDocument {
  /** Backing store of the add-in settings (Office.context.document.settings and, from WordApi 1.4, Word's). */
  settings = new Map<string, unknown>();
  /** @internal Where word/comments.xml lives (read from the relationships, or beside the main part). */
  readonly commentsPartPath: string;
  /** @internal word/styles.xml as read, for style names and fonts. */
  readonly styleSheet: StyleSheet;
  /** @internal The main part's pictures by relationship id, as getOoxml() sends them (media.ts). */
  media: ReadonlyMap<string, MediaPart> = new Map();

  private selectedParagraph: Element | null = null;
  /** First paragraph of a range selection (null for a collapsed cursor). */
  private selectedFrom: Element | null = null;
  private cursorAtStart = false;
  private commentsXml: Document | null;
  private commentsExXml: Document | null;
  /** @internal Where word/commentsExtended.xml lives (reply threads, w15:commentsEx). */
  readonly commentsExPartPath: string;
  private readonly changeListeners = new Set<() => void>();
  private readonly selectionListeners = new Set<() => void>();
  private changedSinceNotify = false;
  private selectionChangedSinceNotify = false;

  private constructor(
    private readonly zip: JSZip,
    private readonly mainPartPath: string,
    readonly xml: Document,
    /** @internal */ readonly stylesXml: string | null,
    comments: { path: string; xml: Document } | null = null,
    commentsEx: { path: string; xml: Document } | null = null,
  ) {
    this.commentsXml = comments?.xml ?? null;
    this.commentsExXml = commentsEx?.xml ?? null;
    this.commentsExPartPath = commentsEx?.path ?? partBeside(mainPartPath, "commentsExtended.xml");
    this.commentsPartPath = comments?.path ?? partBeside(mainPartPath, "comments.xml");
    this.styleSheet = new StyleSheet(stylesXml === null ? null : tryParse(stylesXml));
    // Word opens a document with the cursor at its start.
    this.selectedParagraph = this.paragraphs()[0] ?? null;
  }

  /**
   * Opens a .docx with the project's reader (src/ooxml/package.ts), so a file the CLI and the web page refuse is
   * refused here with the same DocxError and Vietnamese message: not a zip, password-protected, CRC mismatch,
   * duplicate parts, a zip bomb, invalid bytes for the part's encoding, no main document, malformed XML. The jszip
   * package the fake keeps (to save the document again) is built from the parts that reader inflated and checked.
   */
  static async fromDocx(data: ArrayBuffer | Uint8Array): Promise<FakeWordDocument> {
    const pkg = await openDocx(data);
    // The strict streaming reader the checks use: malformed XML the lenient DOM parser would accept is refused too.
    readTables(pkg.documentXml);
    const zip = new JSZip();
    for (const name of pkg.partNames) {
      if (name.endsWith("/")) continue;
      const bytes = pkg.readPartBytes(name);
      if (bytes) zip.file(name, bytes);
    }
    const mainPartPath = pkg.documentPath;
    const xml = parseDocumentXml(pkg.documentXml, mainPartPath);
    const stylesPath = await stylesPartPath(zip, mainPartPath);
    const stylesXml = stylesPath ? pkg.readPart(stylesPath) : null;
    const commentsPath = await relatedPartPath(zip, mainPartPath, "/comments");
    const commentsText = commentsPath ? pkg.readPart(commentsPath) : null;
    const commentsXml = commentsText !== null ? tryParse(commentsText) : null;
    const comments = commentsPath && commentsXml ? { path: commentsPath, xml: commentsXml } : null;
    const exPath = await relatedPartPath(zip, mainPartPath, "/commentsExtended");
    const exText = exPath ? pkg.readPart(exPath) : null;
    const exXml = exText !== null ? tryParse(exText) : null;
    const commentsEx = exPath && exXml ? { path: exPath, xml: exXml } : null;
    const document = new FakeWordDocument(zip, mainPartPath, xml, stylesXml, comments, commentsEx);
    document.media = await loadMedia(zip, mainPartPath);
    return document;
  }

  /** A minimal valid .docx with one empty paragraph and a Normal style (Times New Roman 13 pt, as NĐ 30/2020). */
  static blank(): FakeWordDocument {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", BLANK_CONTENT_TYPES);
    zip.file("_rels/.rels", BLANK_PACKAGE_RELS);
    zip.file("word/_rels/document.xml.rels", BLANK_DOCUMENT_RELS);
    zip.file("word/styles.xml", BLANK_STYLES);
    zip.file(DEFAULT_MAIN_PART, BLANK_DOCUMENT);
    return new FakeWordDocument(zip, DEFAULT_MAIN_PART, parseXml(BLANK_DOCUMENT), BLANK_STYLES);
  }

  /**
   * The package with word/document.xml replaced by the current DOM; word/comments.xml written when the document
   * has comments (with its relationship and content type); every other part kept as it was.
   */
  async toDocx(): Promise<Uint8Array> {
    this.zip.file(this.mainPartPath, withDeclaration(serializeXml(this.xml)));
    if (this.commentsXml) {
      this.zip.file(this.commentsPartPath, withDeclaration(serializeXml(this.commentsXml)));
      await registerPart(this.zip, this.mainPartPath, this.commentsPartPath, COMMENTS_REL_TYPE, COMMENTS_CONTENT_TYPE);
    }
    if (this.commentsExXml) {
      this.zip.file(this.commentsExPartPath, withDeclaration(serializeXml(this.commentsExXml)));
      await registerPart(this.zip, this.mainPartPath, this.commentsExPartPath, COMMENTS_EX_REL_TYPE, COMMENTS_EX_CONTENT_TYPE);
    }
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  /** @internal word/comments.xml as a live DOM; with `create`, an empty w:comments part when there is none. */
  commentsDocument(create: boolean): Document | null {
    if (!this.commentsXml && create) this.commentsXml = parseXml(EMPTY_COMMENTS);
    return this.commentsXml;
  }

  /** @internal word/commentsExtended.xml (w15:commentsEx: which comment replies to which) as a live DOM. */
  commentsExDocument(create: boolean): Document | null {
    if (!this.commentsExXml && create) this.commentsExXml = parseXml(EMPTY_COMMENTS_EX);
    return this.commentsExXml;
  }

  body(): Element {
    const root = this.xml.documentElement;
    const body = root ? wChildren(root, "body")[0] : undefined;
    if (!body) throw new Error("word/document.xml has no w:body");
    return body;
  }

  /** Every w:p of the body in document order, table cells included (the selection's index space). */
  paragraphs(): Element[] {
    return wDescendants(this.body(), "p");
  }

  get selection(): BlockSelection {
    const paragraph = this.cursorParagraph();
    if (!paragraph) return { kind: "none" };
    const all = this.paragraphs();
    const from = this.selectedFrom;
    if (from && isInside(from, this.body())) return { kind: "range", from: all.indexOf(from), to: all.indexOf(paragraph) };
    if (this.cursorAtStart) return { kind: "cursor", index: all.indexOf(paragraph), at: "start" };
    return { kind: "paragraph", index: all.indexOf(paragraph) };
  }

  set selection(selection: BlockSelection) {
    this.setSelection(selection);
  }

  setSelection(selection: BlockSelection): void {
    this.selectedFrom = null;
    this.cursorAtStart = false;
    if (selection.kind === "none") {
      this.selectedParagraph = null;
    } else if (selection.kind === "range") {
      const from = this.paragraphAt(selection.from);
      const to = this.paragraphAt(selection.to);
      if (selection.to < selection.from) throw new RangeError(`A range selection runs forward: ${selection.from} > ${selection.to}.`);
      this.selectedFrom = from === to ? null : from;
      this.selectedParagraph = to;
    } else {
      this.selectedParagraph = this.paragraphAt(selection.index);
      this.cursorAtStart = selection.kind === "cursor" && selection.at === "start";
    }
    this.selectionChangedSinceNotify = true;
    this.notify();
  }

  /** Called after every sync() that changed the document or the selection; returns an unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** @internal Office's DocumentSelectionChanged event. */
  onSelectionChange(listener: () => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  private paragraphAt(index: number): Element {
    const paragraph = this.paragraphs()[index];
    if (!Number.isInteger(index) || !paragraph) {
      throw new RangeError(`No paragraph at index ${index} (the document has ${this.paragraphs().length}).`);
    }
    return paragraph;
  }

  /** @internal The selection as a range target: a cursor, or the span of a range selection. */
  selectionTarget(): { kind: "cursor"; paragraph: Element; at: "start" | "end" } | { kind: "span"; from: Element; to: Element } | null {
    const paragraph = this.cursorParagraph() ?? this.paragraphs()[0] ?? null;
    if (!paragraph) return null;
    const from = this.selectedFrom;
    if (from && paragraph === this.selectedParagraph && isInside(from, this.body())) return { kind: "span", from, to: paragraph };
    return { kind: "cursor", paragraph, at: this.cursorAtStart && paragraph === this.selectedParagraph ? "start" : "end" };
  }

  /** @internal The paragraph holding the cursor (a range's last); null if none or if it was removed from the document. */
  cursorParagraph(): Element | null {
    const paragraph = this.selectedParagraph;
    if (paragraph && isInside(paragraph, this.body()) && isW(paragraph, "p")) return paragraph;
    return null;
  }

  /** @internal Moves the cursor without notifying: proxies call it inside a sync, which notifies once at its end. */
  moveCursorTo(paragraph: Element | null, at: "start" | "end" = "end"): void {
    if (paragraph !== this.selectedParagraph || this.selectedFrom || this.cursorAtStart !== (at === "start")) {
      this.selectionChangedSinceNotify = true;
    }
    this.selectedParagraph = paragraph;
    this.selectedFrom = null;
    this.cursorAtStart = at === "start";
  }

  /** @internal */
  markChanged(): void {
    this.changedSinceNotify = true;
  }

  /** @internal Tells listeners once about what the last sync changed. */
  notify(): void {
    const selectionChanged = this.selectionChangedSinceNotify;
    if (!this.changedSinceNotify && !selectionChanged) return;
    this.changedSinceNotify = false;
    this.selectionChangedSinceNotify = false;
    for (const listener of [...this.changeListeners]) callSafely(listener);
    if (selectionChanged) for (const listener of [...this.selectionListeners]) callSafely(listener);
  }
}

function callSafely(listener: () => void): void {
  try {
    listener();
  } catch (error) {
    // A broken listener (e.g. a preview re-render) must not fail the add-in's sync.
    console.error("FakeWordDocument listener failed", error);
  }
}

function parseDocumentXml(text: string, path: string): Document {
  let xml: Document;
  try {
    xml = parseXml(text);
  } catch (error) {
    throw new DocxError("bad-xml", `${path}: ${messageOf(error)}`, { part: path });
  }
  const root = xml.documentElement;
  if (!isW(root, "document") || wChildren(root, "body").length === 0) {
    throw new DocxError("no-document", `${path} has no w:document/w:body`);
  }
  return xml;
}

function tryParse(text: string): Document | null {
  try {
    return parseXml(text);
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function relationshipTargets(zip: JSZip, relsPath: string, typeSuffix: string): Promise<string | null> {
  const file = zip.file(relsPath);
  if (!file) return null;
  const rels = tryParse(await file.async("string"));
  if (!rels) return null;
  for (const rel of Array.from(rels.getElementsByTagName("Relationship"))) {
    if ((rel.getAttribute("Type") ?? "").endsWith(typeSuffix)) return rel.getAttribute("Target");
  }
  return null;
}

function withDeclaration(text: string): string {
  return text.startsWith("<?xml") ? text : XML_DECLARATION + text;
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function partBeside(partPath: string, name: string): string {
  return partPath.slice(0, partPath.lastIndexOf("/") + 1) + name;
}

/** The part a relationship of the main part points at, by type suffix ("/comments"). */
async function relatedPartPath(zip: JSZip, mainPartPath: string, typeSuffix: string): Promise<string | null> {
  const target = await relationshipTargets(zip, relsPathOf(mainPartPath), typeSuffix);
  if (!target) return null;
  return target.startsWith("/") ? target.slice(1) : partBeside(mainPartPath, target);
}

const COMMENTS_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

/** Adds the main part's relationship to `partPath` and its content-type override, unless already there. */
async function registerPart(zip: JSZip, mainPartPath: string, partPath: string, relType: string, contentType: string): Promise<void> {
  const relsPath = relsPathOf(mainPartPath);
  const relsFile = zip.file(relsPath);
  const rels = (relsFile ? tryParse(await relsFile.async("string")) : null) ?? parseXml(`<Relationships xmlns="${RELS_NS}"/>`);
  const relRoot = rels.documentElement!;
  const relations = Array.from(relRoot.getElementsByTagName("Relationship"));
  if (!relations.some((r) => r.getAttribute("Type") === relType)) {
    const ids = new Set(relations.map((r) => r.getAttribute("Id")));
    let n = relations.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const rel = rels.createElementNS(RELS_NS, "Relationship");
    rel.setAttribute("Id", `rId${n}`);
    rel.setAttribute("Type", relType);
    rel.setAttribute("Target", partPath.startsWith(partBeside(mainPartPath, "")) ? partPath.slice(partBeside(mainPartPath, "").length) : `/${partPath}`);
    relRoot.appendChild(rel);
    zip.file(relsPath, withDeclaration(serializeXml(rels)));
  }
  const typesFile = zip.file("[Content_Types].xml");
  const types = typesFile ? tryParse(await typesFile.async("string")) : null;
  const typesRoot = types?.documentElement;
  if (types && typesRoot) {
    const partName = `/${partPath}`;
    if (!Array.from(typesRoot.getElementsByTagName("Override")).some((o) => o.getAttribute("PartName") === partName)) {
      const override = types.createElementNS(TYPES_NS, "Override");
      override.setAttribute("PartName", partName);
      override.setAttribute("ContentType", contentType);
      typesRoot.appendChild(override);
      zip.file("[Content_Types].xml", withDeclaration(serializeXml(types)));
    }
  }
}

const COMMENTS_EX_REL_TYPE = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";
const COMMENTS_EX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml";
export const W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml";
export const W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml";

const EMPTY_COMMENTS_EX = XML_DECLARATION + `<w15:commentsEx xmlns:w15="${W15_NS}"/>`;

const EMPTY_COMMENTS =
  XML_DECLARATION +
  `<w:comments xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>`;

async function stylesPartPath(zip: JSZip, mainPartPath: string): Promise<string | null> {
  const folder = mainPartPath.includes("/") ? mainPartPath.slice(0, mainPartPath.lastIndexOf("/") + 1) : "";
  const fileName = mainPartPath.slice(folder.length);
  const target = await relationshipTargets(zip, `${folder}_rels/${fileName}.rels`, "/styles");
  if (!target) return zip.file(`${folder}styles.xml`) ? `${folder}styles.xml` : null;
  return target.startsWith("/") ? target.slice(1) : folder + target;
}

const BLANK_CONTENT_TYPES =
  XML_DECLARATION +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  "</Types>";

const BLANK_PACKAGE_RELS =
  XML_DECLARATION +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  "</Relationships>";

const BLANK_DOCUMENT_RELS =
  XML_DECLARATION +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  "</Relationships>";

const BLANK_STYLES =
  XML_DECLARATION +
  `<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>` +
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>' +
  '<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/>' +
  '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>' +
  "</w:styles>";

const BLANK_DOCUMENT =
  XML_DECLARATION +
  `<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
  "<w:body><w:p/>" +
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>' +
  "</w:body></w:document>";
