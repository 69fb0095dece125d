/**
 * Paragraphs and tables in document order → body XML, and the flat-OPC package Word's `insertOoxml` takes.
 */
import type { Block, BlockParagraph, Layout, TableSpec } from "../../core/tables/spec";
import { flatOpcPackage } from "./flat-opc";
import { styledParagraphXml } from "./styled-text";
import { tableXml } from "./table";

/** Space above a section heading and below body paragraphs, in twips (6 pt and 3 pt). */
const HEADING_BEFORE = 120;
const PARAGRAPH_AFTER = 60;

export function blockParagraphXml(paragraph: BlockParagraph, layout: Layout, afterTable = false): string {
  return styledParagraphXml(paragraph, layout.fontSizePt, {
    align: paragraph.align,
    before: paragraph.heading ? HEADING_BEFORE : afterTable ? PARAGRAPH_AFTER : 0,
    after: PARAGRAPH_AFTER,
    keepNext: Boolean(paragraph.heading),
  });
}

const EMPTY: BlockParagraph = { runs: [] };

/**
 * Body XML of the blocks. Two tables in a row get an empty paragraph between them (Word would otherwise join
 * them into one table), and a trailing table gets one after it (a body, and an insertion, must not end in a
 * table).
 */
export function blocksXml(blocks: readonly Block[], layout: Layout): string {
  const parts: string[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === "paragraph") {
      parts.push(blockParagraphXml(block.paragraph, layout, blocks[i - 1]?.kind === "table"));
      return;
    }
    parts.push(tableXml(block.table, layout));
    const next = blocks[i + 1];
    if (next === undefined || next.kind === "table") parts.push(blockParagraphXml(EMPTY, layout));
  });
  return parts.join("");
}

export function blocksFlatOpc(blocks: readonly Block[], layout: Layout): string {
  return flatOpcPackage(blocksXml(blocks, layout));
}

export function tableFlatOpc(spec: TableSpec, layout: Layout): string {
  return blocksFlatOpc([{ kind: "table", table: spec }], layout);
}
