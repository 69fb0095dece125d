/** Errors of src/word the task pane shows as they are: each has a code to branch on and a Vietnamese message. */

export type WordTableErrorCode = "table-not-found" | "nested-table" | "document-changed" | "cell-not-found";

export class WordTableError extends Error {
  constructor(
    readonly code: WordTableErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WordTableError";
  }
}

/** The host's Word lacks a requirement set the action needs (e.g. WordApi 1.4 for comments). */
export class UnsupportedApiError extends Error {
  readonly code = "unsupported-api";

  constructor(
    readonly requirement: string,
    message: string,
  ) {
    super(message);
    this.name = "UnsupportedApiError";
  }
}
