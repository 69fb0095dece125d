/**
 * Messages between the page and its batch workers (structured clone: plain data and Blobs; the entries of a .zip
 * come back as transferred ArrayBuffers, never copied).
 */
import type { ReviewOutcome } from "./types";

/**
 * "review": read and check one plan. "unpack": open a .zip and send back its plans, so that the page spreads them
 * over its workers like dropped files.
 */
export interface WorkerRequest {
  kind: "review" | "unpack";
  /** The page's key for the file (a .zip's entries get `${key}/${n}`). */
  key: string;
  name: string;
  file: Blob;
  /** Date of the check (ms since epoch), for review points already due. */
  today: number;
}

/** The row of one plan (or of a .zip that could not be opened): only what the table, the plan view and the exports use. */
export interface ReviewResponse {
  kind: "reviewed";
  key: string;
  outcome: ReviewOutcome;
}

/** The plans inside a .zip, in name order, each with its bytes (transferred). */
export interface UnpackResponse {
  kind: "unpacked";
  key: string;
  entries: { name: string; bytes: ArrayBuffer }[];
}

export type WorkerResponse = ReviewResponse | UnpackResponse;
