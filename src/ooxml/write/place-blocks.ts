/**
 * Blocks (headings, tables) drawn for the section they land in. Word gives inserted OOXML the page setup of the
 * destination section (docs/word-behaviours.md), so tables are sized to that section's text width; "A4 ngang"
 * (landscape) blocks landing in a portrait section get a landscape section of their own, between two section
 * breaks, so the rest of the document keeps its orientation, as principals do by hand.
 *
 * Known limit: the break that ends the text before the blocks copies its section's page size and margins but not
 * its header and footer references (they point at parts of the destination document a package cannot name), so
 * when the destination section has a header or footer, the pages before the plan and the plan's own pages show
 * none (a section without references inherits from the one before it, and the first has none); the pages after
 * the plan keep theirs.
 */
import type { Block, Layout } from "../../core/tables/spec";
import type { SectionInfo } from "../read-sections";
import { blocksXml } from "./blocks";
import { sectionBreakXml } from "./page";

export interface PlacedBlocks {
  /** Body XML to insert (section breaks included). */
  readonly xml: string;
  readonly ownLandscapeSection: boolean;
  /** Text width the tables were sized to (twips). */
  readonly textWidth: number;
  readonly orientation: "portrait" | "landscape";
}

const EMPTY_PARAGRAPH = '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>';

/** Where the blocks go after. */
export interface Anchor {
  /** Right after a table: the blocks must start with a paragraph (two tables that touch are one table in Word). */
  readonly afterTable?: boolean;
  /**
   * After the paragraph that ends `section` (it holds its section break): what follows it is the next section, whose
   * page setup the anchor does not tell, so the blocks end with a break of their own carrying `section`'s setup.
   */
  readonly afterSectionBreak?: boolean;
}

export function placeBlocks(blocks: readonly Block[], layout: Layout, section: SectionInfo, anchor: Anchor = {}): PlacedBlocks {
  const lead = anchor.afterTable && blocks[0]?.kind === "table" ? EMPTY_PARAGRAPH : "";
  if (layout.orientation === "landscape" && section.orientation === "portrait") {
    const landscape = {
      pageWidth: Math.max(section.pageWidth, section.pageHeight),
      pageHeight: Math.min(section.pageWidth, section.pageHeight),
      orientation: "landscape" as const,
      margins: section.margins,
    };
    const textWidth = landscape.pageWidth - section.margins.left - section.margins.right - section.margins.gutter;
    // The first break ends the text before the blocks in the destination's (portrait) setup (unless the anchor
    // already ends it); the second ends the blocks' landscape section; what follows stays in its section.
    const opening = anchor.afterSectionBreak ? "" : sectionBreakXml(section);
    const xml = opening + blocksXml(blocks, { ...layout, textWidth }) + sectionBreakXml(landscape);
    return { xml, ownLandscapeSection: true, textWidth, orientation: "landscape" };
  }
  const closing = anchor.afterSectionBreak ? sectionBreakXml(section) : "";
  const xml = lead + blocksXml(blocks, { ...layout, orientation: section.orientation, textWidth: section.textWidth }) + closing;
  return { xml, ownLandscapeSection: false, textWidth: section.textWidth, orientation: section.orientation };
}
