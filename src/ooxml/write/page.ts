/**
 * A4 page geometry in twentieths of a point (twips), margins per Nghị định 30/2020/NĐ-CP: top and bottom 2 cm,
 * left 3 cm, right 1.5 cm (the narrow end of 1.5–2 cm, to give the plan table room). The same margins apply in
 * landscape, where the table is widest.
 */
import type { Layout } from "../../core/tables/spec";
import type { SectionInfo } from "../read-sections";

const CM = 1440 / 2.54;
const A4_SHORT = 11906;
const A4_LONG = 16838;

export interface PageGeometry {
  width: number;
  height: number;
  orientation: Layout["orientation"];
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Width between the left and right margins: what a full-width table spans. */
  usableWidth: number;
}

export function pageGeometry(orientation: Layout["orientation"]): PageGeometry {
  const landscape = orientation === "landscape";
  const margin = {
    top: Math.round(2 * CM),
    bottom: Math.round(2 * CM),
    left: Math.round(3 * CM),
    right: Math.round(1.5 * CM),
    header: Math.round(1.25 * CM),
    footer: Math.round(1.25 * CM),
  };
  const width = landscape ? A4_LONG : A4_SHORT;
  return {
    width,
    height: landscape ? A4_SHORT : A4_LONG,
    orientation,
    margin,
    usableWidth: width - margin.left - margin.right,
  };
}

/** `w:sectPr` of a one-section document with this page. */
export function sectionPropertiesXml(orientation: Layout["orientation"]): string {
  const page = pageGeometry(orientation);
  const m = page.margin;
  return (
    "<w:sectPr>" +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"${orientation === "landscape" ? ' w:orient="landscape"' : ""}/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    "</w:sectPr>"
  );
}

/** A paragraph ending a section with this page size and margins (headers, footers and columns are left to Word's defaults). */
export function sectionBreakXml(section: Pick<SectionInfo, "pageWidth" | "pageHeight" | "orientation" | "margins">): string {
  const m = section.margins;
  return (
    "<w:p><w:pPr><w:sectPr>" +
    `<w:pgSz w:w="${section.pageWidth}" w:h="${section.pageHeight}"${section.orientation === "landscape" ? ' w:orient="landscape"' : ""}/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="${m.gutter}"/>` +
    "</w:sectPr></w:pPr></w:p>"
  );
}
