/**
 * Copies a table cell's paragraphs as WordprocessingML, so a report cell keeps the plan's paragraphs, line breaks,
 * bullets, bold and italic — but only what can live outside the plan's package. The copy is re-serialised element by
 * element with the `w:` prefix and nothing else:
 * - tracked changes show the final view: `w:del` / `w:moveFrom` content is dropped, `w:ins` / `w:moveTo` unwrapped;
 * - everything that points into another part of the source package is dropped or unwrapped: hyperlinks (their
 *   relationship id) are unwrapped keeping their runs; drawings, VML pictures, OLE objects, foot/endnote and comment
 *   references, comment ranges are dropped; so is any element or attribute of another namespace (`r:id`,
 *   `r:embed`, `w14:paraId`, `mc:AlternateContent`, math), which is how no relationship id can survive;
 * - marks that carry no text are dropped: bookmarks, `w:proofErr`, permission ranges, rsid attributes;
 * - fields keep their result text (the runs between `separate` and `end`); `w:fldChar` and `w:instrText` go;
 * - content controls, smart tags and custom XML are unwrapped; nested tables are dropped (a report cell holds
 *   paragraphs only).
 * Numbering (`w:numPr`) refers to numbering.xml: `lists: "keep"` keeps it (a copy inserted into the same document,
 * where the definitions exist), `lists: "text"` turns a list item into a paragraph starting with a "– " text bullet
 * (a new document, which has no numbering part).
 */
import { SaxesParser } from "saxes";
import type { SaxesTagPlain } from "saxes";
import type { CopiedParagraph } from "../core/tables/spec";
import type { ParagraphSource } from "../core/report/types";
import type { TableGrid } from "./table-grid";
import { escapeXml } from "./write/xml-text";

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
   * The prefix the source document binds to the WordprocessingML namespace ("w" almost always; "" when it is the
   * default namespace). Default: "w". `wordPrefixOf(documentXml)` finds it.
   */
  sourcePrefix?: string;
}

/** For a copy inserted into the plan's own document (Word's insertOoxml): numbering and styles exist there. */
export const COPY_FOR_SAME_DOCUMENT: CopyOptions = { lists: "keep", styles: "keep" };
/** For a new document (the CLI's .docx), which has neither the plan's numbering definitions nor its styles. */
export const COPY_FOR_NEW_DOCUMENT: CopyOptions = { lists: "text", styles: "drop" };

/** The text bullet that stands for a list item's numbering in a document without the numbering definitions. */
export const TEXT_BULLET = "– ";

const W_NAMESPACES = ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];

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
  "tbl",
  "tcPr",
]);

/** Wrappers whose children are kept in their place. */
const UNWRAPPED = new Set(["ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo", "tc"]);

const RSID = /^rsid/;

/** Run properties a label written beside copied text takes from it, so it has the same font and size. */
const RUN_FONT_PROPERTIES = new Set(["rFonts", "sz", "szCs"]);

/** The prefix bound to the WordprocessingML namespace on the document's root element ("w" if none is found). */
export function wordPrefixOf(documentXml: string): string {
  const root = /<(?![?!])[^>]*>/.exec(documentXml)?.[0] ?? "";
  for (const m of root.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) {
    if (W_NAMESPACES.includes(m[2] ?? "")) return m[1] ?? "";
  }
  return "w";
}

/**
 * What happened to an open element: copied, unwrapped (children kept), the paragraph being copied, or hidden (a
 * numPr turned into a text bullet: read for its numId, not copied).
 */
type Action = "emit" | "unwrap" | "paragraph" | "hidden";

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
  const prefix = options.sourcePrefix ?? "w";
  const qualified = prefix === "" ? "" : `${prefix}:`;
  const localOf = (name: string): string | null => {
    if (qualified === "") return name.includes(":") ? null : name;
    return name.startsWith(qualified) ? name.slice(qualified.length) : null;
  };
  const attributeLocal = (name: string): string | null => {
    if (qualified === "") return name.includes(":") ? null : name;
    return name.startsWith(qualified) ? name.slice(qualified.length) : null;
  };

  const out: CopiedParagraph[] = [];
  const actions: Action[] = [];
  const emitted: string[] = [];
  let dropping = 0;
  let paragraph: ParagraphBuilder | null = null;
  let inText = 0;
  /** rFonts, sz and szCs of the run being read. */
  let currentRunFonts = "";

  const attributesXml = (node: SaxesTagPlain): string => {
    let xml = "";
    for (const [name, value] of Object.entries(node.attributes)) {
      if (name === "xml:space") {
        xml += ` xml:space="${escapeXml(value)}"`;
        continue;
      }
      const local = attributeLocal(name);
      if (local === null || local === "xmlns" || RSID.test(local)) continue;
      xml += ` w:${local}="${escapeXml(value)}"`;
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
      text: p.text,
      listItem: p.numbered && !p.numberingOff,
      ...(p.runFonts !== undefined ? { runFonts: p.runFonts } : {}),
    });
    paragraph = null;
  };

  const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  parser.on("opentag", (node) => {
    if (dropping > 0) {
      dropping++;
      return;
    }
    const local = localOf(node.name);
    if (local === null || DROPPED.has(local) || (dropStyles && (local === "pStyle" || local === "rStyle"))) {
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
    if (local === "numId" && (node.attributes[`${qualified}val`] ?? node.attributes.val) === "0") paragraph.numberingOff = true;
    if (inside === "hidden" || (local === "numPr" && lists === "text")) {
      actions.push("hidden");
      return;
    }
    if (UNWRAPPED.has(local)) {
      actions.push("unwrap");
      return;
    }
    if (local === "r") currentRunFonts = "";
    else if (RUN_FONT_PROPERTIES.has(local) && emitted[emitted.length - 1] === "rPr" && emitted[emitted.length - 2] === "r") {
      currentRunFonts += `<w:${local}${attributesXml(node)}/>`;
    }
    if (local === "t") inText++;
    else if (local === "tab" || local === "ptab") paragraph.text += "\t";
    else if (local === "br" || local === "cr") paragraph.text += "\n";
    else if (local === "noBreakHyphen") paragraph.text += "-";
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
    paragraph.text += normalised;
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

/**
 * Copies cells out of a document's XML (word/document.xml, or the document part of Word's flat-OPC `getOoxml()`),
 * given the tables `readTables` found in that same string. Each cell is copied once, on first use.
 */
export function paragraphSource(documentXml: string, tables: readonly TableGrid[], options: Omit<CopyOptions, "sourcePrefix"> = {}): ParagraphSource {
  const sourcePrefix = wordPrefixOf(documentXml);
  const cache = new Map<string, readonly CopiedParagraph[]>();
  return {
    cellParagraphs(table, ref) {
      const cell = tables[table]?.rows[ref.row]?.cells[ref.cell];
      if (!cell) return null;
      const key = `${table}:${ref.row}:${ref.cell}`;
      let copied = cache.get(key);
      if (!copied) {
        copied = sanitiseParagraphs(documentXml.slice(cell.start, cell.end), { ...options, sourcePrefix });
        cache.set(key, copied);
      }
      return copied;
    },
  };
}
