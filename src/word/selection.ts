/**
 * Insertions at the user's cursor. Each is one Word.run with at most 2 context.sync() calls (DESIGN.md budget).
 *
 * A new plan (or a report placed at the cursor) is whole blocks, and Word puts blocks inserted after a paragraph
 * of a table cell INSIDE that cell, as a nested table. Most documents open with the cursor in the letterhead table
 * ("UBND … / TRƯỜNG …"), so sync 1 reads where the cursor is: the chain of tables holding it (up to three levels),
 * a content control holding it, and the page setup of its section (the w:sectPr of the cursor paragraph's
 * getOoxml, docs/word-behaviours.md). Sync 2 inserts after the outermost table, after the content control, or
 * after the cursor's paragraph, with tables sized to that section (src/ooxml/write/place-blocks.ts).
 *
 * Catalog text (paragraphs) goes right after the cursor's paragraph, in a cell too (where a principal wants a
 * criterion's text), and the cursor moves to the end of what was inserted, so consecutive inserts read in order:
 * one sync.
 */
import type { Block, Layout } from "../core/tables";
import type { TableEdits } from "../core/tables/insert-rows";
import type { TextParagraph } from "../core/text/paragraph";
import { flatOpcDocumentXml } from "../ooxml/package";
import { readDocumentLayout } from "../ooxml/read-sections";
import { flatOpcPackage } from "../ooxml/write/flat-opc";
import { paragraphXml } from "../ooxml/write/paragraphs";
import { placeBlocks } from "../ooxml/write/place-blocks";
import { readSnapshot, writeEdits, type DocumentSnapshot } from "./document-tables";

/** Where blocks went, for the pane to say. */
export interface BlocksPlacement {
  /** "paragraph": after the cursor's paragraph; "table": after the top-level table holding the cursor; "control": after the content control holding it. */
  readonly after: "paragraph" | "table" | "control";
  /** A landscape section was made for the blocks (the section at the cursor is portrait). */
  readonly ownLandscapeSection: boolean;
  /** Text width the tables were sized to (twips). */
  readonly textWidth: number;
  readonly orientation: "portrait" | "landscape";
}

/**
 * Inserts the paragraphs after the cursor's paragraph (bold runs and indents kept, no paragraph style, so they take
 * the document's body style) and leaves the cursor at their end.
 */
export async function insertParagraphsAfterSelection(paragraphs: readonly TextParagraph[]): Promise<void> {
  if (paragraphs.length === 0) return;
  const ooxml = flatOpcPackage(paragraphs.map(paragraphXml).join(""));
  await Word.run(async (context) => {
    const anchor = context.document.getSelection().paragraphs.getLast();
    const inserted = anchor.getRange("Whole").insertOoxml(ooxml, "After");
    inserted.select("End");
    await context.sync();
  });
}

/** Queues what sync 1 reads about the cursor; after it, `insert` queues the blocks at the right place. */
function queueCursor(context: Word.RequestContext): { insert(blocks: readonly Block[], layout: Layout): BlocksPlacement } {
  const selection = context.document.getSelection();
  const inner = selection.parentTableOrNullObject;
  const middle = inner.parentTableOrNullObject;
  const outer = middle.parentTableOrNullObject;
  const beyond = outer.parentTableOrNullObject;
  const control = selection.parentContentControlOrNullObject;
  const paragraph = selection.paragraphs.getLast();
  const paragraphOoxml = paragraph.getOoxml();
  return {
    insert(blocks, layout) {
      const sections = readDocumentLayout(flatOpcDocumentXml(paragraphOoxml.value)).sections;
      const section = sections[sections.length - 1]!;
      // A paragraph that ends its section carries its own w:sectPr: its package then holds two (that one and the
      // package's closing one), both with the section's setup.
      const endsSection = sections.length > 1;
      const tables = [inner, middle, outer, beyond].filter((t) => !t.isNullObject);
      if (tables.length === 4) {
        throw new Error("Con trỏ nằm trong bảng lồng quá sâu (hơn ba lớp). Hãy đặt con trỏ vào một đoạn văn ngoài bảng rồi thử lại.");
      }
      const top = tables[tables.length - 1];
      const after: BlocksPlacement["after"] = top ? "table" : control.isNullObject ? "paragraph" : "control";
      const target = top ? top.getRange("Whole") : after === "control" ? control.getRange("Whole") : paragraph.getRange("Whole");
      const placed = placeBlocks(blocks, layout, section, { afterTable: after === "table", afterSectionBreak: after === "paragraph" && endsSection });
      target.insertOoxml(flatOpcPackage(placed.xml), "After");
      return { after, ownLandscapeSection: placed.ownLandscapeSection, textWidth: placed.textWidth, orientation: placed.orientation };
    },
  };
}

/** Inserts headings and whole tables (a new plan) at the cursor, never inside a table cell; 2 syncs. */
export async function insertBlocksAfterSelection(blocks: readonly Block[], layout: Layout): Promise<BlocksPlacement | null> {
  if (blocks.length === 0) return null;
  return Word.run(async (context) => {
    const cursor = queueCursor(context);
    await context.sync();
    const placement = cursor.insert(blocks, layout);
    await context.sync();
    return placement;
  });
}

export type AtSelectionResult =
  | { readonly applied: true; readonly placement?: BlocksPlacement; readonly rowsInserted?: number; readonly notes?: readonly string[] }
  | { readonly applied: false; readonly error: string };

/**
 * A report at the cursor: sync 1 reads the tables and the cursor (see readSnapshot); `compute` returns blocks to
 * insert there, rows to add to existing tables instead, or an error; sync 2 writes.
 */
export async function insertAtSelection(
  compute: (
    snapshot: DocumentSnapshot,
  ) => { readonly blocks: readonly Block[]; readonly layout: Layout } | { readonly edits: TableEdits } | { readonly error: string },
): Promise<AtSelectionResult> {
  return Word.run(async (context): Promise<AtSelectionResult> => {
    const { snapshot, tableItems, extra: cursor } = await readSnapshot(context, () => queueCursor(context));
    const planned = compute(snapshot);
    if ("error" in planned) return { applied: false, error: planned.error };
    if ("edits" in planned) return writeEdits(context, snapshot, tableItems, planned.edits);
    const placement = cursor.insert(planned.blocks, planned.layout);
    await context.sync();
    return { applied: true, placement };
  });
}
