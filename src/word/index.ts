/**
 * Everything the task pane may ask of Word, as plain data in and out. Components receive this object
 * through React context, so they can be rendered against any implementation.
 */
import type { Block, Layout } from "../core/tables";
import type { TextParagraph } from "../core/text/paragraph";
import { connectToOffice, type HostInfo } from "./office-host";
import { loadSetting, saveSetting } from "./settings";
import type { TableEdits } from "../core/tables/insert-rows";
import type { CellMark, RemovedComments } from "./comments";
import type { DocumentSnapshot, EditResult, InsertResult } from "./document-tables";
import type { TableLayoutEntry } from "./table-proxy";
import type { AtSelectionResult, BlocksPlacement } from "./selection";

export interface WordApi {
  connect(): Promise<HostInfo>;
  insertParagraphsAfterSelection(paragraphs: readonly TextParagraph[]): Promise<void>;
  /**
   * A new plan (or a report): section headings and tables at the cursor, never inside a table cell (after the
   * top-level table holding the cursor), sized to the section there; ≤ 2 syncs. Says where they went.
   */
  insertBlocksAfterSelection(blocks: readonly Block[], layout: Layout): Promise<BlocksPlacement | null>;
  /** A remembered add-in setting, as stored (validate it before use). */
  loadSetting(key: string): unknown;
  saveSetting(key: string, value: unknown): Promise<void>;
  /** Every table (as OOXML grids), the title block and the top-level table holding the cursor, in 2 syncs. */
  readDocument(): Promise<DocumentSnapshot>;
  /**
   * Puts the cursor in a cell (reader table index, physical row and cell) and scrolls to it; 2 syncs with the
   * snapshot's `tables` passed, 3 without (the tables are read first).
   */
  selectTableCell(table: number, row: number, cell: number, known?: readonly TableLayoutEntry[]): Promise<void>;
  /** WordApi 1.4 (UnsupportedApiError otherwise): one add-in comment per cell; 2 syncs with `known`, 3 without. */
  addCommentsToCells(marks: readonly CellMark[], known?: readonly TableLayoutEntry[]): Promise<number>;
  /** WordApi 1.4: removes the comments this add-in added and nobody replied to (says how many it kept); ≤ 2 syncs. */
  removeAddinComments(): Promise<RemovedComments>;
  /**
   * WordApi 1.4: reads the tables, lets `compute` check them, and marks the cells it names, in 3 syncs; all marks or
   * none (CommentsRefusedError when Word refuses them).
   */
  checkAndMark<T>(
    compute: (snapshot: DocumentSnapshot) => { readonly result: T; readonly marks: readonly CellMark[] },
  ): Promise<{ readonly result: T; readonly added: number }>;
  /** Adds rows to existing tables, decided by `compute` from a fresh snapshot; ≤ 3 syncs (2 to read, 1 to write). */
  editPlanTable(compute: (snapshot: DocumentSnapshot) => TableEdits | { readonly error: string }): Promise<EditResult>;
  /** Inserts OOXML right after a table (the report after its plan); ≤ 3 syncs (2 to read, 1 to write). */
  insertAfterTable(
    compute: (
      snapshot: DocumentSnapshot,
    ) => { readonly table: number; readonly ooxml: string } | { readonly edits: TableEdits } | { readonly error: string },
  ): Promise<InsertResult>;
  /** A report at the cursor (blocks there, or rows into the document's own tables), decided from a fresh read; ≤ 2 syncs. */
  insertAtSelection(
    compute: (
      snapshot: DocumentSnapshot,
    ) => { readonly blocks: readonly Block[]; readonly layout: Layout } | { readonly edits: TableEdits } | { readonly error: string },
  ): Promise<AtSelectionResult>;
  /** Opens a .docx in a new Word window (desktop Word; Word on the web cannot fill a new document); 1 sync. */
  openNewDocument(docx: Uint8Array): Promise<void>;
}

// The document operations (and the OOXML reader and writers behind them) load on first use, not with the pane.
const selection = () => import("./selection");
const documentTables = () => import("./document-tables");
const comments = () => import("./comments");

export const officeWordApi: WordApi = {
  connect: () => connectToOffice(),
  insertParagraphsAfterSelection: async (paragraphs) => (await selection()).insertParagraphsAfterSelection(paragraphs),
  insertBlocksAfterSelection: async (blocks, layout) => (await selection()).insertBlocksAfterSelection(blocks, layout),
  loadSetting,
  saveSetting,
  readDocument: async () => (await documentTables()).readDocument(),
  selectTableCell: async (table, row, cell, known) => (await documentTables()).selectTableCell(table, row, cell, known),
  addCommentsToCells: async (marks, known) => (await comments()).addCommentsToCells(marks, known),
  removeAddinComments: async () => (await comments()).removeAddinComments(),
  checkAndMark: async (compute) => (await comments()).checkAndMark(compute),
  editPlanTable: async (compute) => (await documentTables()).editPlanTable(compute),
  insertAfterTable: async (compute) => (await documentTables()).insertAfterTable(compute),
  insertAtSelection: async (compute) => (await selection()).insertAtSelection(compute),
  openNewDocument: async (docx) => (await import("./new-document")).openNewDocument(docx),
};

export type { HostInfo, ThemeKind } from "./office-host";
export type { DocumentSnapshot, EditResult, InsertResult } from "./document-tables";
export type { CursorMatch } from "./cursor-table";
export type { CellMark, RemovedComments } from "./comments";
export type { AtSelectionResult, BlocksPlacement } from "./selection";
export type { TableLayoutEntry } from "./table-proxy";
export { ADDIN_COMMENT_PREFIX, isAddinComment } from "./comment-prefix";
export { CommentsRefusedError, UnsupportedApiError, WordTableError } from "./errors";
