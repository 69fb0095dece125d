/**
 * Plain-data operations at the user's cursor. Each is one Word.run with a single context.sync():
 * on Word on the web every sync is a network round trip (DESIGN.md budget: ≤ 2 per user action).
 */

export async function readSelectionText(): Promise<string> {
  return Word.run(async (context) => {
    const range = context.document.getSelection();
    range.load("text");
    await context.sync();
    return range.text;
  });
}

/** Inserts the paragraphs after the paragraph holding the cursor, in order, and moves the cursor to the last one. */
export async function insertParagraphsAfterSelection(texts: readonly string[]): Promise<void> {
  if (texts.length === 0) return;
  await Word.run(async (context) => {
    let anchor: Word.Paragraph = context.document.getSelection().paragraphs.getLast();
    for (const text of texts) {
      anchor = anchor.insertParagraph(text, "After");
    }
    anchor.select("End");
    await context.sync();
  });
}
