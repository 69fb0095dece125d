/**
 * Insertions at the user's cursor. Each is one Word.run with a single context.sync(): on Word on the web every
 * sync is a network round trip (DESIGN.md budget: ≤ 2 per user action).
 */
import type { Block, Layout } from "../core/tables";
import type { TextParagraph } from "../core/text/paragraph";
import { blocksFlatOpc } from "../ooxml/write/blocks";
import { flatOpcPackage } from "../ooxml/write/flat-opc";
import { paragraphXml } from "../ooxml/write/paragraphs";

/** Inserts a flat-OPC package after the paragraph that holds the cursor, as whole blocks (paragraphs, tables). */
async function insertOoxmlAfterSelection(ooxml: string): Promise<void> {
  await Word.run(async (context) => {
    const anchor = context.document.getSelection().paragraphs.getLast();
    anchor.getRange("Whole").insertOoxml(ooxml, "After");
    await context.sync();
  });
}

/**
 * Inserts the paragraphs after the cursor's paragraph (bold runs and indents kept, no paragraph style, so they take
 * the document's body style).
 */
export async function insertParagraphsAfterSelection(paragraphs: readonly TextParagraph[]): Promise<void> {
  if (paragraphs.length === 0) return;
  await insertOoxmlAfterSelection(flatOpcPackage(paragraphs.map(paragraphXml).join("")));
}

/** Inserts headings and whole tables (a new plan) after the cursor's paragraph. */
export async function insertBlocksAfterSelection(blocks: readonly Block[], layout: Layout): Promise<void> {
  if (blocks.length === 0) return;
  await insertOoxmlAfterSelection(blocksFlatOpc(blocks, layout));
}
