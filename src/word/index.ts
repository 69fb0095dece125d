/**
 * Everything the task pane may ask of Word, as plain data in and out. Components receive this object
 * through React context, so they can be rendered against any implementation.
 */
import type { Block, Layout } from "../core/tables";
import type { TextParagraph } from "../core/text/paragraph";
import { connectToOffice, type HostInfo } from "./office-host";
import { loadSetting, saveSetting } from "./settings";

export interface WordApi {
  connect(): Promise<HostInfo>;
  insertParagraphsAfterSelection(paragraphs: readonly TextParagraph[]): Promise<void>;
  /** A new plan: section headings and tables, after the cursor's paragraph, in one round trip. */
  insertBlocksAfterSelection(blocks: readonly Block[], layout: Layout): Promise<void>;
  /** A remembered add-in setting, as stored (validate it before use). */
  loadSetting(key: string): unknown;
  saveSetting(key: string, value: unknown): Promise<void>;
}

// The document operations (and the OOXML reader and writers behind them) load on first use, not with the pane.
const selection = () => import("./selection");

export const officeWordApi: WordApi = {
  connect: () => connectToOffice(),
  insertParagraphsAfterSelection: async (paragraphs) => (await selection()).insertParagraphsAfterSelection(paragraphs),
  insertBlocksAfterSelection: async (blocks, layout) => (await selection()).insertBlocksAfterSelection(blocks, layout),
  loadSetting,
  saveSetting,
};

export type { HostInfo, ThemeKind } from "./office-host";
