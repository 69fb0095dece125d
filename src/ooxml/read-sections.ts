/**
 * Sections of a WordprocessingML main document and the top-level tables in each, in one streaming pass (saxes,
 * as read-tables.ts). A section ends with a paragraph whose w:pPr holds a w:sectPr, the last one with the body's
 * own w:sectPr. What the product needs from them: the page setup (size, orientation, margins) and the text width
 * a table may span, and, for checks, how wide each table is.
 */
import { SaxesParser } from "saxes";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface SectionInfo {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly orientation: "portrait" | "landscape";
  readonly marginLeft: number;
  readonly marginRight: number;
  /** Every w:pgMar value (twips), defaults filled in. */
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number; readonly header: number; readonly footer: number; readonly gutter: number };
  /** Page width between the margins (twips): the widest a table may be. */
  readonly textWidth: number;
  /** The w:sectPr element as written (offsets in the input). */
  readonly xml: string;
}

export interface TableLayoutInfo {
  /** Position among the top-level tables, in document order. */
  readonly index: number;
  /** Index into `sections` of the section holding the table. */
  readonly section: number;
  /** Sum of its w:gridCol widths (twips). */
  readonly gridWidth: number;
  /** w:tblW when given in dxa, else null. */
  readonly preferredWidth: number | null;
}

export interface DocumentLayout {
  readonly sections: readonly SectionInfo[];
  readonly tables: readonly TableLayoutInfo[];
}

/** A4 portrait with 2 cm / 3 cm / 1.5 cm margins: what Word assumes when a document states no page setup. */
const DEFAULTS = { w: 11906, h: 16838, top: 1134, right: 850, bottom: 1134, left: 1701, header: 709, footer: 709, gutter: 0 };

function number(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

/** Reads the sections and top-level tables of a `w:document` (word/document.xml or a flat-OPC main part). */
export function readDocumentLayout(documentXml: string): DocumentLayout {
  const parser = new SaxesParser<{ xmlns: true; position: true }>({ xmlns: true, position: true });
  const sections: SectionInfo[] = [];
  const tables: Array<{ index: number; gridWidth: number; preferredWidth: number | null }> = [];
  const tableSection: number[] = [];
  const stack: string[] = [];
  let tableDepth = 0;
  type Margins = SectionInfo["margins"];
  let sect: { start: number; w: number; h: number; orient: string | null; margins: { -readonly [K in keyof Margins]: number } } | null = null;
  let pendingTables: number[] = [];
  let current: { gridWidth: number; preferredWidth: number | null } | null = null;

  parser.on("opentag", (tag) => {
    const name = tag.uri === W_NS ? tag.local : `{${tag.uri}}${tag.local}`;
    const attr = (local: string): string | undefined => {
      const a = Object.values(tag.attributes).find((x) => x.uri === W_NS && x.local === local);
      return a?.value;
    };
    stack.push(name);
    if (name === "tbl") {
      tableDepth += 1;
      if (tableDepth === 1) current = { gridWidth: 0, preferredWidth: null };
    } else if (tableDepth === 1 && current && name === "gridCol" && stack[stack.length - 2] === "tblGrid") {
      current.gridWidth += number(attr("w"), 0);
    } else if (tableDepth === 1 && current && name === "tblW" && stack[stack.length - 2] === "tblPr") {
      current.preferredWidth = (attr("type") ?? "dxa") === "dxa" ? number(attr("w"), 0) : null;
    } else if (name === "sectPr" && tableDepth === 0 && !stack.includes("sectPrChange")) {
      const { top, right, bottom, left, header, footer, gutter } = DEFAULTS;
      sect = { start: documentXml.lastIndexOf("<", parser.position - 1), w: DEFAULTS.w, h: DEFAULTS.h, orient: null, margins: { top, right, bottom, left, header, footer, gutter } };
    } else if (sect && name === "pgSz") {
      sect.w = number(attr("w"), sect.w);
      sect.h = number(attr("h"), sect.h);
      sect.orient = attr("orient") ?? null;
    } else if (sect && name === "pgMar") {
      for (const key of Object.keys(sect.margins) as Array<keyof Margins>) sect.margins[key] = number(attr(key), sect.margins[key]);
    }
  });
  parser.on("closetag", (tag) => {
    const name = stack.pop();
    if (name === "tbl") {
      if (tableDepth === 1 && current) {
        pendingTables.push(tables.length);
        tables.push({ index: tables.length, ...current });
        current = null;
      }
      tableDepth -= 1;
    } else if (name === "sectPr" && sect) {
      const s = sect;
      sect = null;
      const orientation = s.orient === "landscape" || (s.orient === null && s.w > s.h) ? "landscape" : "portrait";
      sections.push({
        pageWidth: s.w,
        pageHeight: s.h,
        orientation,
        marginLeft: s.margins.left,
        marginRight: s.margins.right,
        margins: { ...s.margins },
        textWidth: s.w - s.margins.left - s.margins.right - s.margins.gutter,
        xml: documentXml.slice(s.start, parser.position),
      });
      for (const t of pendingTables) tableSection[t] = sections.length - 1;
      pendingTables = [];
    }
    void tag;
  });
  parser.write(documentXml).close();
  if (pendingTables.length > 0) {
    // No final w:sectPr: Word lays the last section out with its defaults.
    sections.push({
      pageWidth: DEFAULTS.w,
      pageHeight: DEFAULTS.h,
      orientation: "portrait",
      marginLeft: DEFAULTS.left,
      marginRight: DEFAULTS.right,
      margins: { top: DEFAULTS.top, right: DEFAULTS.right, bottom: DEFAULTS.bottom, left: DEFAULTS.left, header: DEFAULTS.header, footer: DEFAULTS.footer, gutter: DEFAULTS.gutter },
      textWidth: DEFAULTS.w - DEFAULTS.left - DEFAULTS.right,
      xml: "",
    });
    for (const t of pendingTables) tableSection[t] = sections.length - 1;
  }
  return { sections, tables: tables.map((t) => ({ ...t, section: tableSection[t.index] ?? sections.length - 1 })) };
}

