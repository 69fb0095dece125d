/** Messages between the page and the batch worker (structured clone: plain data, Blobs, ArrayBuffers). */
import type { ReviewOutcome } from "./types";

export interface ReviewRequest {
  kind: "review";
  /** The page's key for the file; rows of a .zip's entries get `${key}/${n}`. */
  key: string;
  name: string;
  file: Blob;
  /** Read as a .zip of plans rather than as one plan. */
  archive: boolean;
  /** Date of the check (ms since epoch), for review points already due. */
  today: number;
}

/** The rows of one request: one for a plan, one per .docx entry of a .zip (with the entry's bytes, to open it later). */
export interface ReviewResponse {
  kind: "reviewed";
  key: string;
  rows: { key: string; outcome: ReviewOutcome; bytes?: ArrayBuffer }[];
}
