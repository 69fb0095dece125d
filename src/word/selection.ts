/**
 * Plain-data operations at the user's cursor. Each is one Word.run with a single context.sync():
 * on Word on the web every sync is a network round trip (DESIGN.md budget: ≤ 2 per user action).
 */
import type { TextParagraph } from "../core/text/paragraph";
import { flatOpcPackage } from "../ooxml/write/flat-opc";
import { paragraphXml } from "../ooxml/write/paragraphs";

/**
 * Inserts the paragraphs after the paragraph that holds the cursor, as one OOXML block (bold runs and indents
 * kept, no paragraph style so they take the document's body style), in a single round trip.
 */
export async function insertParagraphsAfterSelection(paragraphs: readonly TextParagraph[]): Promise<void> {
  if (paragraphs.length === 0) return;
  const ooxml = flatOpcPackage(paragraphs.map(paragraphXml).join(""));
  await Word.run(async (context) => {
    const anchor = context.document.getSelection().paragraphs.getLast();
    anchor.getRange("Whole").insertOoxml(ooxml, "After");
    await context.sync();
  });
}
