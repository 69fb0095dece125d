/// <reference lib="webworker" />
/**
 * Reads and checks the batch's files off the page's thread, one request at a time, so the page stays responsive
 * with hundreds of plans. Each file is isolated: whatever one file does, the others still get their rows.
 */
import { archiveEntries } from "./archive";
import type { ReviewRequest, ReviewResponse } from "./protocol";
import { reviewFile } from "./review-file";

declare const self: DedicatedWorkerGlobalScope;

async function review(request: ReviewRequest): Promise<ReviewResponse> {
  const options = { today: new Date(request.today) };
  const bytes = new Uint8Array(await request.file.arrayBuffer());
  if (!request.archive) {
    return { kind: "reviewed", key: request.key, rows: [{ key: request.key, outcome: await reviewFile(request.name, bytes, options) }] };
  }
  const entries = await archiveEntries(request.name, bytes);
  if (!Array.isArray(entries)) return { kind: "reviewed", key: request.key, rows: [{ key: request.key, outcome: entries }] };
  const rows: ReviewResponse["rows"] = [];
  for (const [n, entry] of entries.entries()) {
    rows.push({ key: `${request.key}/${n}`, outcome: await reviewFile(entry.name, entry.bytes, options), bytes: entry.bytes.buffer as ArrayBuffer });
  }
  return { kind: "reviewed", key: request.key, rows };
}

let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<ReviewRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    let response: ReviewResponse;
    try {
      response = await review(request);
    } catch {
      // Reading the Blob itself failed (the file was moved or deleted after it was chosen).
      response = {
        kind: "reviewed",
        key: request.key,
        rows: [{ key: request.key, outcome: { status: "unreadable", name: request.name, code: "unreadable-file", reason: "Không mở được tệp (tệp đã bị xóa, di chuyển hoặc đang bị khóa)." } }],
      };
    }
    self.postMessage(response, response.rows.flatMap((r) => (r.bytes ? [r.bytes] : [])));
  });
};
