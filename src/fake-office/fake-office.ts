/**
 * A fake Office.js/Word host over a FakeWordDocument, for jest tests of src/word and for the browser preview and
 * browser tests, where it is installed as the globals `Office` and `Word` in place of Microsoft's office.js.
 */
import type { HostState } from "./context";
import { ErrorCodes, FakeOfficeError } from "./errors";
import type { FakeWordDocument } from "./fake-document";
import { createOfficeNamespace } from "./office";
import { createWordNamespace } from "./word";

export interface FakeHostOptions {
  document: FakeWordDocument;
  platform?: "OfficeOnline" | "PC" | "Mac";
  /** Highest WordApi requirement set supported, e.g. "1.3" (the default) or "1.4". */
  supportedWordApi?: string;
  theme?: "light" | "dark";
  /** The signed-in user's name, the author of inserted comments (default "Người dùng"). */
  userName?: string;
  /**
   * Word on the web refusing comments (OfficeDev/office-js#6746): `Range.insertComment` fails with NotAllowed once
   * this many comments went in (0: every one is refused). Unset: comments are allowed.
   */
  refuseCommentsAfter?: number;
  /**
   * What a method called on a null object (from an *OrNullObject method) does at sync. Office.js's own sample
   * calls `getRange()` on a `getFirstOrNullObject()` comment and loads it in the same batch in which it then tests
   * `isNullObject` (office-js-snippets samples/word/50-document/manage-comments.yaml): the call gives a null object
   * in turn ("propagate", the default). The docs do not state it, so "refuse" makes such a call fail the batch
   * with ItemNotFound, for the fallback that code relying on it must have.
   */
  nullObjectCalls?: "propagate" | "refuse";
}

export interface FakeHost {
  Office: unknown;
  Word: unknown;
  /** OfficeExtension.Error and its codes, so code can test `error instanceof OfficeExtension.Error`. */
  OfficeExtension: unknown;
  /** Total context.sync() calls (including the final flush of a Word.run) since creation or reset. */
  syncCount(): number;
  resetSyncCount(): void;
  /** UTF-8 bytes of the OOXML strings and loaded text returned by syncs since creation or reset. */
  bytesFetched(): number;
  resetBytesFetched(): void;
  document: FakeWordDocument;
  /** The .docx bytes of every document the add-in opened in a new window (application.createDocument). */
  openedDocuments(): readonly Uint8Array[];
  /** Called when the add-in opens a new document (the preview offers it as a download). */
  onDocumentOpened(listener: (bytes: Uint8Array) => void): void;
}

export function createFakeHost(options: FakeHostOptions): FakeHost {
  const state: HostState = {
    document: options.document,
    wordApi: parseVersion(options.supportedWordApi ?? "1.3"),
    ...(options.userName !== undefined ? { userName: options.userName } : {}),
    syncCount: 0,
    commentsInserted: 0,
    ...(options.refuseCommentsAfter !== undefined ? { refuseCommentsAfter: options.refuseCommentsAfter } : {}),
    nullObjectCalls: options.nullObjectCalls ?? "propagate",
    bytesFetched: 0,
    openedDocuments: [],
  };
  return {
    Office: createOfficeNamespace(state, { platform: options.platform ?? "OfficeOnline", theme: options.theme ?? "light" }),
    Word: createWordNamespace(state),
    OfficeExtension: { Error: FakeOfficeError, ErrorCodes: { ...ErrorCodes } },
    syncCount: () => state.syncCount,
    resetSyncCount: () => {
      state.syncCount = 0;
    },
    bytesFetched: () => state.bytesFetched,
    resetBytesFetched: () => {
      state.bytesFetched = 0;
    },
    document: options.document,
    openedDocuments: () => state.openedDocuments,
    onDocumentOpened: (listener) => {
      state.onDocumentOpened = (index) => listener(state.openedDocuments[index]!);
    },
  };
}

/** Sets `target.Office`, `target.Word` and `target.OfficeExtension`. */
export function installFakeHost(target: typeof globalThis, host: FakeHost): void {
  const globals = target as unknown as Record<string, unknown>;
  globals.Office = host.Office;
  globals.Word = host.Word;
  globals.OfficeExtension = host.OfficeExtension;
}

function parseVersion(version: string): [number, number] {
  const match = /^(\d+)\.(\d+)$/.exec(version.trim());
  if (!match) throw new Error(`supportedWordApi must look like "1.3"; got "${version}".`);
  return [Number(match[1]), Number(match[2])];
}
