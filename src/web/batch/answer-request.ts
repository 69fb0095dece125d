/**
 * What a batch worker answers to one request, apart from the messaging, so that unit tests drive the same code the
 * workers run. Never throws: every failure is the file's own "unreadable" row.
 */
import { archiveEntries } from "./archive";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { INTERNAL_ERROR_REASON, reviewFile } from "./review-file";
import type { UnreadableFile } from "./types";

const UNREADABLE_BLOB = "Không mở được tệp (tệp đã bị xóa, di chuyển hoặc đang bị khóa).";

export interface Answer {
  response: WorkerResponse;
  /** Buffers to transfer with the response rather than copy. */
  transfer: ArrayBuffer[];
}

/** `bytes`: the request's file, read ahead by the worker while it was busy with an earlier one. */
export async function answerRequest(request: WorkerRequest, bytes: Promise<ArrayBuffer>): Promise<Answer> {
  const unreadable = (code: string, reason: string): Answer => ({ response: { kind: "reviewed", key: request.key, outcome: { status: "unreadable", name: request.name, code, reason } }, transfer: [] });
  let buffer: ArrayBuffer;
  try {
    buffer = await bytes;
  } catch {
    // Reading the Blob itself failed (the file was moved or deleted after it was chosen).
    return unreadable("unreadable-file", UNREADABLE_BLOB);
  }
  try {
    if (request.kind === "review") {
      const outcome = await reviewFile(request.name, new Uint8Array(buffer), { today: new Date(request.today) });
      return { response: { kind: "reviewed", key: request.key, outcome }, transfer: [] };
    }
    const entries = await archiveEntries(request.name, buffer);
    if (!Array.isArray(entries)) return { response: { kind: "reviewed", key: request.key, outcome: entries satisfies UnreadableFile }, transfer: [] };
    const unpacked = entries.map((e) => ({ name: e.name, bytes: ownBuffer(e.bytes) }));
    return { response: { kind: "unpacked", key: request.key, entries: unpacked }, transfer: unpacked.map((e) => e.bytes) };
  } catch {
    // reviewFile never throws; this is for the unforeseen, so that one file never stops the files after it.
    return unreadable("internal", INTERNAL_ERROR_REASON);
  }
}

/** The bytes as a buffer of their own, to transfer: a view on a larger buffer is copied, never sent whole. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}
