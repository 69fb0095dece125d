/**
 * Everything the task pane may ask of Word, as plain data in and out. Components receive this object
 * through React context, so they can be rendered against any implementation.
 */
import { connectToOffice, type HostInfo } from "./office-host";
import { insertParagraphsAfterSelection, readSelectionText } from "./selection";

export interface WordApi {
  connect(): Promise<HostInfo>;
  readSelectionText(): Promise<string>;
  insertParagraphsAfterSelection(texts: readonly string[]): Promise<void>;
}

export const officeWordApi: WordApi = {
  connect: () => connectToOffice(),
  readSelectionText,
  insertParagraphsAfterSelection,
};

export type { HostInfo, ThemeKind } from "./office-host";
