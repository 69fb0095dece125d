/**
 * Tables of the open document: read them (as OOXML), select a cell, add rows to a plan, insert a report after it.
 *
 * Word is asked only for what an action uses, never for the body's OOXML: a body's OOXML carries every picture as
 * base64 (some 13 MB for 10 MB of photos), and on Word on the web that crosses the network on every click
 * (OfficeDev/office-js#5944, #2577). A read takes 1 sync (readSnapshot): the cursor's table size and paragraph (to
 * recognise it, see cursor-table.ts), the text of the first paragraphs of the body (the title block: school year,
 * date line), and each table with its nesting level and the `getOoxml()` of its range, walking
 * Table.getNextOrNullObject(). Only top-level tables' OOXML is used: nested tables come with their parent, and a
 * range inside a nested table answers with the whole outer table (office-js#4101), so a document with nested
 * tables fetches its outer table more than once. No cell is addressed: Word fails whole batches on vertically
 * merged cells (office-js#3200). Actions that write take one more sync, so 2 in all. Rows already in a table are
 * never rewritten: new rows go in with insertRows/addRows, next to them.
 *
 * WordApi 1.3 (the floor): Body.tables, TableCollection.getFirstOrNullObject, Table.getNextOrNullObject,
 * Table.nestingLevel, Table.getRange, Range.getOoxml, Body.paragraphs,
 * Paragraph.text and Paragraph.tableNestingLevel, Range.parentTableOrNullObject; collection loads with `top`.
 */
import { HEADER_ROWS } from "../core/school";
import type { TableEdit, TableEdits } from "../core/tables/insert-rows";
import { readDocumentParagraphs, type DocumentParagraph } from "../core/text/document-paragraphs";
import { wordPrefixOf } from "../ooxml/copy-paragraphs";
import { flatOpcDocumentXml } from "../ooxml/package";
import { readTables } from "../ooxml/read-tables";
import type { TableGrid } from "../ooxml/table-grid";
import { matchCursorTable, topLevelAncestor, type CursorMatch, type WordTableView } from "./cursor-table";
import { WordTableError } from "./errors";
import { addressableCell, mergeStart } from "./merged-cells";
import { wordTableFor, type TableLayoutEntry } from "./table-proxy";

/**
 * How many paragraphs from the start of the body are read as text: the letterhead, title ("… NĂM HỌC 2024–2025")
 * and date line of a plan sit there, before its first section.
 */
export const TITLE_BLOCK_PARAGRAPHS = 40;

export interface DocumentSnapshot {
  /**
   * A `w:document` holding the top-level tables as Word returned them (each table's `getOoxml()`), one after the
   * other: what `readTables` read `tables` from, and where `paragraphSource` copies cells from by their offsets.
   */
  readonly documentXml: string;
  /** Every table, as `readTables(documentXml)` returns them (nested ones included), in document order. */
  readonly tables: readonly TableGrid[];
  /**
   * What the school's name, type and year are read from (src/core/school): the first TITLE_BLOCK_PARAGRAPHS of the
   * body as Word sent their text, each table among them replaced by its first rows read from its OOXML, then the
   * first rows of the later tables.
   */
  readonly paragraphs: readonly DocumentParagraph[];
  /** Reader index of the top-level table holding the cursor; null when outside any table or not recognised. */
  readonly cursorTable: number | null;
  /** How the cursor's table was recognised, or why it was not (for a clear message). */
  readonly cursorMatch: CursorMatch;
}

export type EditResult =
  | { readonly applied: true; readonly rowsInserted: number; readonly notes: readonly string[] }
  | { readonly applied: false; readonly error: string };

export type InsertResult =
  | { readonly applied: true; readonly rowsInserted?: number; readonly notes?: readonly string[] }
  | { readonly applied: false; readonly error: string };

/** Namespace declarations of a start tag, by prefix ("" for the default namespace). */
function declarations(startTag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of startTag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*("[^"]*"|'[^']*')/g)) found.set(m[1] ?? "", m[0]);
  return found;
}

/**
 * One `w:document` with the tables of several `getOoxml()` packages, in order, an empty paragraph between them
 * (adjacent tables would be one table to Word). The root is the first package's, with any namespace another
 * package declares and it does not added, so every table's prefixes stay bound.
 */
export function joinTableDocuments(documents: readonly string[]): string {
  const tables: string[] = [];
  let root: string | null = null;
  let extra = "";
  let prefix = "w";
  for (const document of documents) {
    const startTag = /<(?![?!])[^>]*>/.exec(document)?.[0] ?? "";
    if (root === null) {
      root = startTag;
      prefix = wordPrefixOf(document);
    } else {
      const known = declarations(root + extra);
      for (const [name, declaration] of declarations(startTag)) if (!known.has(name)) extra += declaration;
    }
    for (const grid of readTables(document)) if (grid.isTopLevel) tables.push(document.slice(grid.start, grid.end));
  }
  if (root === null) return '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>';
  const p = prefix === "" ? "" : `${prefix}:`;
  const rootName = /^<([^\s>/]+)/.exec(root)?.[1] ?? `${p}document`;
  const open = root.endsWith("/>") ? root.slice(0, -2) + extra + ">" : root.slice(0, -1) + extra + ">";
  return `${open}<${p}body>${tables.join(`<${p}p/>`)}</${p}body></${rootName}>`;
}

// Word's Paragraph.text writes a manual line break as a vertical tab; the OOXML readers write "\n".
const VERTICAL_TAB = new RegExp(String.fromCharCode(11), "g");

/**
 * The title block in document order: Word's paragraphs outside tables as Word sent them, and for each run of
 * table paragraphs (the k-th top-level table) that table's first rows from its OOXML; then the later tables.
 */
export function titleBlockParagraphs(
  titleBlock: readonly { readonly text: string; readonly tableNestingLevel: number }[],
  documentXml: string,
  grids: readonly TableGrid[],
): DocumentParagraph[] {
  const byTopLevel = new Map<number, DocumentParagraph[]>();
  for (const paragraph of readDocumentParagraphs(documentXml, { rowsPerTable: HEADER_ROWS })) {
    if (paragraph.table === null) continue;
    const top = topLevelAncestor(grids, paragraph.table);
    byTopLevel.set(top, [...(byTopLevel.get(top) ?? []), paragraph]);
  }
  const topLevel = grids.filter((g) => g.isTopLevel).map((g) => g.index);
  const result: DocumentParagraph[] = [];
  let next = 0;
  let inTable = false;
  for (const paragraph of titleBlock) {
    if (paragraph.tableNestingLevel === 0) {
      inTable = false;
      result.push({ text: paragraph.text.replace(VERTICAL_TAB, "\n").normalize("NFC"), tableDepth: 0, table: null, row: null });
    } else if (!inTable) {
      inTable = true;
      const table = topLevel[next++];
      if (table !== undefined) result.push(...(byTopLevel.get(table) ?? []));
    }
  }
  for (const table of topLevel.slice(next)) result.push(...(byTopLevel.get(table) ?? []));
  return result;
}

interface Structure {
  readonly cursor: Word.Table;
  readonly cursorParagraph: Word.Paragraph;
  readonly titleBlock: Word.ParagraphCollection;
}

/** What the document is made of around the cursor and at its start (read with the tables' first sync). */
function queueStructure(context: Word.RequestContext): Structure {
  const selection = context.document.getSelection();
  const cursor = selection.parentTableOrNullObject;
  cursor.load("nestingLevel,rowCount");
  const cursorParagraph = selection.paragraphs.getFirst();
  cursorParagraph.load("text");
  const titleBlock = context.document.body.paragraphs.load({ select: "items/text,items/tableNestingLevel", top: TITLE_BLOCK_PARAGRAPHS });
  return { cursor, cursorParagraph, titleBlock };
}

/**
 * How many tables the first sync asks for; a document with more takes one more sync for each
 * CHAIN_GROWTH times as many. Plans have a handful (letterhead, plan, monitoring, signatures).
 */
const FIRST_CHAIN = 16;
const CHAIN_GROWTH = 8;

interface ChainLink {
  readonly table: Word.Table;
  readonly ooxml: OfficeExtension.ClientResult<string>;
}

/**
 * Queues `length` tables from `first` on, each with its nesting level and its OOXML, walking
 * Table.getNextOrNullObject(); past the last table the links are null objects, whose calls give null objects
 * (docs/word-behaviours.md). `next` is the table after the last link, to know whether there are more.
 */
function queueChain(first: Word.Table, length: number): { links: ChainLink[]; next: Word.Table } {
  const links: ChainLink[] = [];
  let table = first;
  for (let i = 0; i < length; i++) {
    table.load("nestingLevel");
    links.push({ table, ooxml: table.getRange("Whole").getOoxml() });
    table = table.getNextOrNullObject();
  }
  return { links, next: table };
}

/** What a read gives the action: the snapshot, the tables to address in writes, and what the caller queued with it. */
export interface SnapshotRead<T> {
  readonly snapshot: DocumentSnapshot;
  /** Word's tables in document order (nested ones as Word lists them), with `nestingLevel` loaded; see table-proxy.ts. */
  readonly tableItems: Word.Table[];
  readonly extra: T;
}

/**
 * Reads the document in 1 sync (2 or more only past FIRST_CHAIN tables); the table proxies stay usable in the same
 * Word.run for writes, so an action that reads then writes takes 2 syncs. `extra` queues whatever else the caller
 * needs from the same sync (it runs again if the read has to be retried).
 *
 * Each table's OOXML is asked for by walking Table.getNextOrNullObject() in that one sync, before the number of
 * tables is known: the links past the last table are null objects. If Word fails a batch that calls methods on
 * null objects (not documented either way), the read falls back to listing `body.tables` first (sync), then
 * asking for the top-level tables' OOXML (sync): one failed round trip more, never a failed action.
 */
export async function readSnapshot<T = undefined>(context: Word.RequestContext, extra?: () => T): Promise<SnapshotRead<T>> {
  let structure = queueStructure(context);
  let queued = extra?.() as T;
  let tableItems: Word.Table[];
  let ooxml: string[];
  try {
    const chain = queueChain(context.document.body.tables.getFirstOrNullObject(), FIRST_CHAIN);
    await context.sync();
    const links = chain.links.filter((l) => !l.table.isNullObject);
    let next = chain.next;
    while (!next.isNullObject) {
      const more = queueChain(next, links.length * CHAIN_GROWTH);
      await context.sync();
      links.push(...more.links.filter((l) => !l.table.isNullObject));
      next = more.next;
    }
    tableItems = links.map((l) => l.table);
    ooxml = links.filter((l) => l.table.nestingLevel === 1).map((l) => l.ooxml.value);
  } catch {
    structure = queueStructure(context);
    queued = extra?.() as T;
    const tables = context.document.body.tables.load("items/nestingLevel");
    await context.sync();
    tableItems = tables.items;
    const results = tableItems.filter((t) => t.nestingLevel === 1).map((t) => t.getRange("Whole").getOoxml());
    if (results.length > 0) await context.sync();
    ooxml = results.map((r) => r.value);
  }
  const documentXml = joinTableDocuments(ooxml.map(flatOpcDocumentXml));
  const grids = readTables(documentXml);
  const view: WordTableView | null = structure.cursor.isNullObject
    ? null
    : { nestingLevel: structure.cursor.nestingLevel, rowCount: structure.cursor.rowCount, cursorText: structure.cursorParagraph.text };
  const cursorMatch = matchCursorTable(grids, view);
  const cursorTable = cursorMatch.kind === "matched" ? topLevelAncestor(grids, cursorMatch.table) : null;
  const paragraphs = titleBlockParagraphs(structure.titleBlock.items, documentXml, grids);
  return { snapshot: { documentXml, tables: grids, paragraphs, cursorTable, cursorMatch }, tableItems, extra: queued };
}

/** The document's tables, the title block's text and the cursor's table, in 1 sync (see readSnapshot). */
export async function readDocument(): Promise<DocumentSnapshot> {
  return Word.run(async (context) => (await readSnapshot(context)).snapshot);
}

/**
 * What actions that only address tables need before they write: the loaded `body.tables` items, and the tables'
 * layout (grids with their merges). With the layout the caller already has (a snapshot's `tables`) that is 1 sync
 * with nothing but nesting levels; without it the tables are read first (see readSnapshot), never the body's OOXML.
 */
export async function readTableLayout(
  context: Word.RequestContext,
  known: readonly TableLayoutEntry[] | undefined,
): Promise<{ layout: readonly TableLayoutEntry[]; tableItems: Word.Table[] }> {
  if (!known) {
    const { snapshot, tableItems } = await readSnapshot(context);
    return { layout: snapshot.tables, tableItems };
  }
  const tables = context.document.body.tables.load("items/nestingLevel");
  await context.sync();
  return { layout: known, tableItems: tables.items };
}

/** Puts the cursor at the start of a cell (physical row and cell, as the reader counts them); Word scrolls to it. */
export async function selectTableCell(
  table: number,
  row: number,
  cell: number,
  known?: readonly TableLayoutEntry[],
): Promise<void> {
  await Word.run(async (context) => {
    const { layout, tableItems } = await readTableLayout(context, known);
    const proxy = wordTableFor(layout, tableItems, table);
    // A finding in a merged cell: its merge's first cell is where Word can put the cursor.
    const at = mergeStart(layout[table], row, cell);
    proxy.getCell(at.row, at.cell).body.select("Start");
    await context.sync();
  });
}

/** Where sync 2 puts a row insertion: the gap before row `anchorRow` (+1 for "After"). */
function gapOf(insertion: TableEdit["rowInsertions"][number]): number {
  return insertion.anchorRow + (insertion.location === "After" ? 1 : 0);
}

/** Checks an edit against the snapshot, so a wrong edit fails before anything is written. */
function editProblem(edit: TableEdit, tables: readonly TableGrid[]): string | null {
  const grid = tables.find((t) => t.index === edit.table);
  if (!grid) return `Không có bảng số ${edit.table + 1} trong văn bản.`;
  for (const insertion of edit.rowInsertions) {
    const anchor = grid.rows[insertion.anchorRow];
    if (!anchor || anchor.index !== insertion.anchorRow) return `Bảng không có dòng ${insertion.anchorRow + 1}.`;
    if (insertion.rows.some((r) => r.length > anchor.cells.length)) return `Dòng mới có nhiều ô hơn dòng ${insertion.anchorRow + 1}.`;
  }
  const last = grid.rows[grid.rows.length - 1];
  if (edit.append && edit.append.length > 0 && (!last || edit.append.some((r) => r.length > last.cells.length))) {
    return "Dòng thêm vào cuối bảng có nhiều ô hơn dòng cuối của bảng.";
  }
  return null;
}

function copyRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((r) => [...r]);
}

/** Queues the row insertions of `planned` (sync 2 of the caller); the number of rows, or the error to show. */
export function queueEdits(snapshot: DocumentSnapshot, items: Word.Table[], planned: TableEdits): number | { error: string } {
  for (const edit of planned.edits) {
    const problem = editProblem(edit, snapshot.tables);
    if (problem) return { error: problem };
  }
  let rowsInserted = 0;
  try {
    for (const edit of planned.edits) {
      const count = edit.rowInsertions.reduce((n, i) => n + i.rows.length, 0) + (edit.append?.length ?? 0);
      if (count === 0) continue;
      const table = wordTableFor(snapshot.tables, items, edit.table);
      if (edit.append && edit.append.length > 0) table.addRows("End", edit.append.length, copyRows(edit.append));
      const insertions = [...edit.rowInsertions].filter((i) => i.rows.length > 0).sort((a, b) => gapOf(b) - gapOf(a));
      const grid = snapshot.tables.find((t) => t.index === edit.table);
      for (const insertion of insertions) {
        // Word fails the batch on a vertically merged continuation cell: address the row through another cell.
        const cell = addressableCell(grid, insertion.anchorRow);
        if (cell === null) return { error: `Dòng ${insertion.anchorRow + 1} của bảng chỉ có ô gộp dọc; Word không cho chèn dòng cạnh nó.` };
        table.getCell(insertion.anchorRow, cell).parentRow.insertRows(insertion.location, insertion.rows.length, copyRows(insertion.rows));
      }
      rowsInserted += count;
    }
  } catch (error) {
    if (error instanceof WordTableError) return { error: error.message };
    throw error;
  }
  return rowsInserted;
}

/**
 * Adds rows to tables in one write: `compute` (pure) gets the snapshot and returns the edits, or an error to show.
 * Insertions are applied bottom-up so each anchor row index stays valid; appended rows go first (they move
 * nothing above them).
 */
export async function editPlanTable(
  compute: (snapshot: DocumentSnapshot) => TableEdits | { readonly error: string },
): Promise<EditResult> {
  return Word.run(async (context): Promise<EditResult> => {
    const { snapshot, tableItems } = await readSnapshot(context);
    const planned = compute(snapshot);
    if ("error" in planned) return { applied: false, error: planned.error };
    return writeEdits(context, snapshot, tableItems, planned);
  });
}

/** Queues `planned` (see queueEdits) and writes it in one sync; nothing is written when it has an error. */
export async function writeEdits(
  context: Word.RequestContext,
  snapshot: DocumentSnapshot,
  tableItems: Word.Table[],
  planned: TableEdits,
): Promise<EditResult> {
  const rowsInserted = queueEdits(snapshot, tableItems, planned);
  if (typeof rowsInserted !== "number") return { applied: false, error: rowsInserted.error };
  if (rowsInserted > 0) await context.sync();
  return { applied: true, rowsInserted, notes: planned.notes };
}

/**
 * Inserts a flat-OPC package right after a table (a report after its plan); the table itself is not touched. Or,
 * when `compute` says so, adds rows to existing tables instead (a 2026 report's rows into the document's own
 * section VI table). One read, one write.
 */
export async function insertAfterTable(
  compute: (
    snapshot: DocumentSnapshot,
  ) => { readonly table: number; readonly ooxml: string } | { readonly edits: TableEdits } | { readonly error: string },
): Promise<InsertResult> {
  return Word.run(async (context): Promise<InsertResult> => {
    const { snapshot, tableItems } = await readSnapshot(context);
    const planned = compute(snapshot);
    if ("error" in planned) return { applied: false, error: planned.error };
    if ("edits" in planned) return writeEdits(context, snapshot, tableItems, planned.edits);
    let table: Word.Table;
    try {
      table = wordTableFor(snapshot.tables, tableItems, planned.table);
    } catch (error) {
      if (error instanceof WordTableError) return { applied: false, error: error.message };
      throw error;
    }
    table.getRange("Whole").insertOoxml(planned.ooxml, "After");
    await context.sync();
    return { applied: true };
  });
}

