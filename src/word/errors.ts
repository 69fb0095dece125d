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

/** Word refused the comments (Word on the web answers NotAllowed on some tenants, OfficeDev/office-js#6746). */
export class CommentsRefusedError extends Error {
  readonly code = "comments-refused";

  constructor(
    message: string,
    /** Comments of this run that could not be taken back (0: the document holds none of them). */
    readonly left: number,
    /** What the caller computed before marking (the check's result), so it can be shown without another read. */
    readonly computed?: unknown,
  ) {
    super(message);
    this.name = "CommentsRefusedError";
  }
}
