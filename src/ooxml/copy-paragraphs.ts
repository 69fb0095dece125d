/**
 * Copies a table cell's paragraphs as WordprocessingML, so a report cell keeps the plan's paragraphs, line breaks,
 * bullets, bold and italic — but only what can live outside the plan's package. The copy is re-serialised element by
 * element with the `w:` prefix and nothing else, elements known by namespace URI as the reader knows them
 * (read-tables.ts), so what the reader counts is what is copied:
 * - tracked changes show the final view: `w:del` / `w:moveFrom` content is dropped, `w:ins` / `w:moveTo` unwrapped;
 * - `mc:AlternateContent`: the reader's rule — the first `mc:Choice` that yields text is copied, `mc:Fallback` only
 *   when no choice yielded any — so the same text is neither doubled nor dropped;
 * - elements of namespaces the copy does not know are unwrapped (their WordprocessingML content is copied, as the
 *   reader reads it); their attributes, and those of other namespaces (`r:id`, `w14:paraId`), are dropped, which is
 *   how no relationship id can survive. Math (OMML) is dropped: it has no WordprocessingML text to keep;
 * - everything that points into another part of the source package is dropped or unwrapped: hyperlinks (their
 *   relationship id) are unwrapped keeping their runs; drawings, VML pictures, text boxes, OLE objects, foot/endnote
 *   and comment references, comment ranges are dropped (the reader skips them too);
 * - marks that carry no text are dropped: bookmarks, `w:proofErr`, permission ranges, rsid attributes;
 * - fields keep their result text (the runs between `separate` and `end`); `w:fldChar`, `w:instrText` and any text
 *   before `separate` go;
 * - content controls, smart tags, custom XML and ruby (its base text kept, its guide text `w:rt` dropped, as the
 *   reader does) are unwrapped; nested tables are dropped (a report cell holds paragraphs only).
 * Numbering (`w:numPr`) refers to numbering.xml: `lists: "keep"` keeps it (a copy inserted into the same document,
 * where the definitions exist), `lists: "text"` turns a list item into a paragraph starting with a "– " text bullet
 * (a new document, which has no numbering part).
 *
 * `paragraphSource` checks every copy against the reader's text of the cell: a copy whose text differs is replaced by
 * the reader's text as plain paragraphs, and the report says so (see `copyIssue`), so no text is ever left out.
 */
import { SaxesParser } from "saxes";
import type { SaxesOptions, SaxesTagNS } from "saxes";
import type { CopiedParagraph } from "../core/tables/spec";
import type { CopyIssue, ParagraphSource } from "../core/report/types";
import { symbolText } from "./read-tables";
import type { TableGrid } from "./table-grid";
import { escapeXml, runXml } from "./write/xml-text";

export type ListHandling = "keep" | "text";

export interface CopyOptions {
  /** Numbering: kept (default), or a "– " text bullet (see above). */
  lists?: ListHandling;
  /**
   * Paragraph and character style references (`w:pStyle`, `w:rStyle`): kept (default), or dropped for a document
   * that does not have the source's styles — LibreOffice drops a whole table whose paragraphs name a style it
   * cannot find ("TableContents" of a LibreOffice-made plan), and Word would fall back to Normal anyway.
   */
  styles?: "keep" | "drop";
  /**
   * The namespace bindings in scope where the fragment was cut from its document (`Cell.namespaces`). Default: the
   * prefixes Word writes (`w`, `r`, `mc`, …), for a fragment written by hand.
   */
  namespaces?: ReadonlyMap<string, string>;
  /** The source document's XML version (a fragment has no declaration of its own). Default "1.0". */
  xmlVersion?: "1.0" | "1.1";
}

/** For a copy inserted into the plan's own document (Word's insertOoxml): numbering and styles exist there. */
export const COPY_FOR_SAME_DOCUMENT: CopyOptions = { lists: "keep", styles: "keep" };
/** For a new document (the CLI's .docx), which has neither the plan's numbering definitions nor its styles. */
export const COPY_FOR_NEW_DOCUMENT: CopyOptions = { lists: "text", styles: "drop" };

/** The text bullet that stands for a list item's numbering in a document without the numbering definitions. */
export const TEXT_BULLET = "– ";

const W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_NAMESPACES = new Set([W_MAIN, "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const MATH_NAMESPACES = new Set(["http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"]);

/** The prefixes Word writes, for fragments that carry no bindings of their own. */
const WORD_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  w: W_MAIN,
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  mc: MC_NAMESPACE,
  m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
  wp: "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  pic: "http://schemas.openxmlformats.org/drawingml/2006/picture",
  wps: "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  w14: "http://schemas.microsoft.com/office/word/2010/wordml",
  w15: "http://schemas.microsoft.com/office/word/2012/wordml",
}));

/** Subtrees dropped whole. */
const DROPPED = new Set([
  "del",
  "moveFrom",
  "delText",
  "delInstrText",
  "instrText",
  "fldChar",
  "fldData",
  "drawing",
  "pict",
  "object",
  "txbxContent",
  "contentPart",
  "subDoc",
  "altChunk",
  "footnoteReference",
  "endnoteReference",
  "footnoteRef",
  "endnoteRef",
  "separator",
  "continuationSeparator",
  "commentReference",
  "annotationRef",
  "commentRangeStart",
  "commentRangeEnd",
  "bookmarkStart",
  "bookmarkEnd",
  "moveFromRangeStart",
  "moveFromRangeEnd",
  "moveToRangeStart",
  "moveToRangeEnd",
  "customXmlInsRangeStart",
  "customXmlInsRangeEnd",
  "customXmlDelRangeStart",
  "customXmlDelRangeEnd",
  "customXmlMoveFromRangeStart",
  "customXmlMoveFromRangeEnd",
  "customXmlMoveToRangeStart",
  "customXmlMoveToRangeEnd",
  "proofErr",
  "permStart",
  "permEnd",
  "lastRenderedPageBreak",
  "rPrChange",
  "pPrChange",
  "numberingChange",
  "sectPr",
  "customXmlPr",
  "smartTagPr",
  "sdtPr",
  "sdtEndPr",
  "rt",
  "rubyPr",
  "tbl",
  "tcPr",
]);

/** Wrappers whose children are kept in their place. */
const UNWRAPPED = new Set(["ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo", "ruby", "rubyBase", "tc"]);

/** Run content that shows text: not shown between a field's `begin` and `separate` (its instruction). */
const RUN_TEXT = new Set(["t", "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen", "sym"]);

const RSID = /^rsid/;

/** Run properties a label written beside copied text takes from it, so it has the same font and size. */
const RUN_FONT_PROPERTIES = new Set(["rFonts", "sz", "szCs"]);

/** The prefix bound to the WordprocessingML namespace on the document's root element ("w" if none is found). */
export function wordPrefixOf(documentXml: string): string {
  const root = /<(?![?!])[^>]*>/.exec(documentXml)?.[0] ?? "";
  for (const m of root.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) {
    if (W_NAMESPACES.has(m[2] ?? "")) return m[1] ?? "";
  }
  return "w";
}

/** The XML version the document declares (saxes reads the declaration; a document without one is 1.0). */
export function xmlVersionOf(documentXml: string): "1.0" | "1.1" {
  let version: "1.0" | "1.1" = "1.0";
  const parser = new SaxesParser();
  parser.on("xmldecl", (declaration) => {
    if (declaration.version === "1.1") version = "1.1";
  });
  parser.on("error", () => undefined);
  // The declaration, when there is one, is the first thing in the document.
  const end = documentXml.indexOf("?>");
  if (end >= 0 && end < 1024) parser.write(documentXml.slice(0, end + 2));
  return version;
}

/**
 * What happened to an open element: copied, unwrapped (children kept), the paragraph being copied, hidden (a
 * numPr turned into a text bullet: read for its numId, not copied), or an mc:AlternateContent.
 */
type Action = "emit" | "unwrap" | "paragraph" | "hidden" | "alternate";

interface ParagraphBuilder {
  xml: string;
  text: string;
  /** It has a numPr … */
  numbered: boolean;
  /** … whose numId is 0, which switches numbering off. */
  numberingOff: boolean;
  /** Fonts and size of its first run with text. */
  runFonts: string | undefined;
}

/**
 * The sanitised paragraphs of a WordprocessingML fragment (a `w:tc` … `</w:tc>`, or any run of block content):
 * one entry per block-level `w:p`, empty paragraphs included.
 */
export function sanitiseParagraphs(fragmentXml: string, options: CopyOptions = {}): CopiedParagraph[] {
  const lists = options.lists ?? "keep";
  const dropStyles = options.styles === "drop";
  const namespaces = options.namespaces ?? WORD_PREFIXES;

  const out: CopiedParagraph[] = [];
  const actions: Action[] = [];
  const emitted: string[] = [];
  /** Content counter marks of the open mc:AlternateContent elements (the reader's rule: see read-tables.ts). */
  const alternates: number[] = [];
  let dropping = 0;
  let paragraph: ParagraphBuilder | null = null;
  let inText = 0;
  /** Grows whenever text is copied: tells whether an mc:Choice yielded anything. */
  let contentCounter = 0;
  /** Open complex fields: true once past `separate` (showing the result). */
  const fields: boolean[] = [];
  let hiddenFields = 0;
  /** rFonts, sz and szCs of the run being read. */
  let currentRunFonts = "";

  /** A WordprocessingML attribute's value (`w:val`, or `val` without a namespace, which Word also accepts). */
  const attr = (node: SaxesTagNS, local: string): string | undefined => {
    for (const key in node.attributes) {
      const a = node.attributes[key]!;
      if (a.local === local && (a.uri === "" || W_NAMESPACES.has(a.uri))) return a.value;
    }
    return undefined;
  };

  const attributesXml = (node: SaxesTagNS): string => {
    let xml = "";
    for (const key in node.attributes) {
      const a = node.attributes[key]!;
      if (a.prefix === "xml" && a.local === "space") {
        xml += ` xml:space="${escapeXml(a.value)}"`;
        continue;
      }
      if (!(a.uri === "" || W_NAMESPACES.has(a.uri)) || a.prefix === "xmlns" || a.name === "xmlns" || RSID.test(a.local)) continue;
      xml += ` w:${a.local}="${escapeXml(a.value)}"`;
    }
    return xml;
  };

  const bulletRun = `<w:r><w:t xml:space="preserve">${escapeXml(TEXT_BULLET)}</w:t></w:r>`;

  const finishParagraph = (p: ParagraphBuilder): void => {
    let xml = `${p.xml}</w:p>`;
    // The bullet was written before the runs were seen: give it their font now.
    if (p.runFonts && xml.includes(bulletRun)) xml = xml.replace(bulletRun, bulletRun.replace("<w:r>", `<w:r><w:rPr>${p.runFonts}</w:rPr>`));
    out.push({
      kind: "copied",
      xml,
      text: p.text.normalize("NFC"),
      listItem: p.numbered && !p.numberingOff,
      ...(p.runFonts !== undefined ? { runFonts: p.runFonts } : {}),
    });
    paragraph = null;
  };

  const addText = (p: ParagraphBuilder, text: string): void => {
    if (text === "") return;
    p.text += text;
    contentCounter++;
  };

  const onFieldChar = (type: string | undefined): void => {
    if (type === "begin") {
      fields.push(false);
      hiddenFields++;
    } else if (type === "separate") {
      const last = fields.length - 1;
      if (last >= 0 && fields[last] === false) {
        fields[last] = true;
        hiddenFields--;
      }
    } else if (type === "end") {
      if (fields.pop() === false) hiddenFields--;
    }
  };

  /** An element the copy does not write, or whose place in the copy would not be valid WordprocessingML. */
  const isDropped = (local: string): boolean => {
    if (DROPPED.has(local) || (dropStyles && (local === "pStyle" || local === "rStyle"))) return true;
    if (hiddenFields > 0 && RUN_TEXT.has(local)) return true;
    const parent = emitted[emitted.length - 1];
    // An unwrapped foreign element may hold properties out of their place: they would make the copy invalid.
    if (local === "pPr") return parent !== undefined;
    if (local === "rPr") return parent !== "r" && parent !== "pPr";
    return false;
  };

  const parserOptions = {
    xmlns: true as const,
    fragment: true,
    position: false,
    defaultXMLVersion: options.xmlVersion ?? "1.0",
    forceXMLVersion: true as const,
    // Bindings made outside the fragment; a prefix bound nowhere is an unknown namespace, not a failure.
    resolvePrefix: (prefix: string) => namespaces.get(prefix) ?? (prefix === "" ? undefined : `urn:caitien:unbound:${prefix}`),
  } satisfies SaxesOptions;
  const parser = new SaxesParser<typeof parserOptions>(parserOptions);
  parser.on("opentag", (node) => {
    if (dropping > 0) {
      dropping++;
      return;
    }
    if (node.uri === MC_NAMESPACE) {
      if (node.local === "AlternateContent") {
        alternates.push(contentCounter);
        actions.push("alternate");
        return;
      }
      if ((node.local === "Choice" || node.local === "Fallback") && alternates.length > 0 && contentCounter === alternates[alternates.length - 1]) {
        actions.push("unwrap");
        return;
      }
      dropping = 1;
      return;
    }
    if (!W_NAMESPACES.has(node.uri)) {
      if (MATH_NAMESPACES.has(node.uri)) dropping = 1;
      else actions.push("unwrap");
      return;
    }
    const local = node.local;
    if (local === "fldChar") onFieldChar(attr(node, "fldCharType"));
    if (isDropped(local)) {
      dropping = 1;
      return;
    }
    if (paragraph === null) {
      if (local === "p") {
        paragraph = { xml: "<w:p>", text: "", numbered: false, numberingOff: false, runFonts: undefined };
        actions.push("paragraph");
      } else {
        actions.push("unwrap");
      }
      return;
    }
    const inside = actions[actions.length - 1];
    if (local === "numPr") paragraph.numbered = true;
    if (local === "numId" && attr(node, "val") === "0") paragraph.numberingOff = true;
    if (inside === "hidden" || (local === "numPr" && lists === "text")) {
      actions.push("hidden");
      return;
    }
    if (UNWRAPPED.has(local)) {
      actions.push("unwrap");
      return;
    }
    const parent = emitted[emitted.length - 1];
    if (local === "r") currentRunFonts = "";
    else if (RUN_FONT_PROPERTIES.has(local) && parent === "rPr" && emitted[emitted.length - 2] === "r") {
      currentRunFonts += `<w:${local}${attributesXml(node)}/>`;
    }
    // Text as the reader counts it: inside a run (a w:tab in w:tabs is a tab stop, not a tab).
    if (parent === "r") {
      if (local === "t") inText++;
      else if (local === "tab" || local === "ptab") addText(paragraph, "\t");
      else if (local === "br" || local === "cr") addText(paragraph, "\n");
      else if (local === "noBreakHyphen") addText(paragraph, "-");
      else if (local === "softHyphen") addText(paragraph, "\u00ad");
      else if (local === "sym") addText(paragraph, symbolText(attr(node, "char"), attr(node, "font")));
    }
    actions.push("emit");
    emitted.push(local);
    paragraph.xml += `<w:${local}${attributesXml(node)}${node.isSelfClosing ? "/>" : ">"}`;
  });
  parser.on("closetag", (node) => {
    if (dropping > 0) {
      dropping--;
      return;
    }
    const action = actions.pop();
    if (action === "alternate") {
      alternates.pop();
      return;
    }
    const p = paragraph;
    if (!p) return;
    if (action === "paragraph") {
      finishParagraph(p);
      return;
    }
    if (action !== "emit") return;
    const local = emitted.pop() ?? "";
    if (local === "t" && inText > 0) inText--;
    if (!node.isSelfClosing) p.xml += `</w:${local}>`;
    if (local === "pPr" && lists === "text" && p.numbered && !p.numberingOff) p.xml += bulletRun;
  });
  const onText = (text: string): void => {
    if (dropping > 0 || inText === 0 || !paragraph) return;
    const normalised = text.normalize("NFC");
    paragraph.xml += escapeXml(normalised);
    addText(paragraph, normalised);
    if (paragraph.runFonts === undefined && normalised.trim() !== "") paragraph.runFonts = currentRunFonts;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("error", (error) => {
    throw new Error(`Cannot copy the cell's paragraphs: ${error.message}`);
  });
  parser.write(fragmentXml).close();
  return out;
}

/**
 * A bold run of `text` in the given fonts (a CopiedParagraph's `runFonts`: rFonts, sz, szCs in schema order), for a
 * label written beside copied text.
 */
export function labelRunXml(text: string, runFonts: string, format: { bold?: boolean; italic?: boolean } = { bold: true }): string {
  const fonts = /<w:rFonts[^>]*\/>/.exec(runFonts)?.[0] ?? "";
  const sizes = runFonts.replace(fonts, "");
  const props = fonts + (format.bold ? "<w:b/><w:bCs/>" : "") + (format.italic ? "<w:i/><w:iCs/>" : "") + sizes;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(text.normalize("NFC"))}</w:t></w:r>`;
}

/**
 * `runXml` inserted at the start of a copied paragraph's content, after its properties: a label in the paragraph
 * ("Thời gian: " before "Tháng 10/2024").
 */
export function withLeadingRun(paragraphXml: string, runXml: string): string {
  if (paragraphXml.startsWith("<w:p><w:pPr>")) {
    const end = paragraphXml.indexOf("</w:pPr>");
    if (end >= 0) return paragraphXml.slice(0, end + 8) + runXml + paragraphXml.slice(end + 8);
  }
  if (paragraphXml.startsWith("<w:p><w:pPr/>")) return `<w:p><w:pPr/>${runXml}${paragraphXml.slice(13)}`;
  if (paragraphXml.startsWith("<w:p>")) return `<w:p>${runXml}${paragraphXml.slice(5)}`;
  throw new Error("Not a copied paragraph");
}

/** The reader's text of a cell as plain copied paragraphs: what the report holds when the cell's copy is not faithful. */
function plainCopies(paragraphs: readonly string[]): CopiedParagraph[] {
  return paragraphs.map((text) => ({
    kind: "copied",
    xml: `<w:p>${text === "" ? "" : runXml(text)}</w:p>`,
    text,
    listItem: false,
    ...(text.trim() !== "" ? { runFonts: "" } : {}),
  }));
}

function sameTexts(copied: readonly CopiedParagraph[], read: readonly string[]): boolean {
  return copied.length === read.length && copied.every((p, i) => p.text === read[i]);
}

/**
 * Copies cells out of a document's XML (word/document.xml, or the document part of Word's flat-OPC `getOoxml()`),
 * given the tables `readTables` found in that same string. Each cell is copied once, on first use, and checked
 * against the reader's text of the cell: what is checked is what is copied.
 */
export function paragraphSource(documentXml: string, tables: readonly TableGrid[], options: Omit<CopyOptions, "namespaces" | "xmlVersion"> = {}): ParagraphSource {
  const xmlVersion = xmlVersionOf(documentXml);
  const cache = new Map<string, { paragraphs: readonly CopiedParagraph[]; issue: CopyIssue | null }>();
  const copy = (table: number, ref: { row: number; cell: number }) => {
    const cell = tables[table]?.rows[ref.row]?.cells[ref.cell];
    if (!cell) return null;
    const key = `${table}:${ref.row}:${ref.cell}`;
    let copied = cache.get(key);
    if (!copied) {
      let paragraphs: CopiedParagraph[] | null;
      try {
        paragraphs = sanitiseParagraphs(documentXml.slice(cell.start, cell.end), { ...options, namespaces: cell.namespaces, xmlVersion });
      } catch {
        paragraphs = null;
      }
      copied =
        paragraphs !== null && sameTexts(paragraphs, cell.paragraphs)
          ? { paragraphs, issue: null }
          : { paragraphs: plainCopies(cell.paragraphs), issue: "formatting" };
      cache.set(key, copied);
    }
    return copied;
  };
  return {
    cellParagraphs: (table, ref) => copy(table, ref)?.paragraphs ?? null,
    copyIssue: (table, ref) => copy(table, ref)?.issue ?? null,
  };
}
