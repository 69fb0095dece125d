/// <reference lib="webworker" />
/**
 * One of the page's batch workers: reads and checks plans off the page's thread, one at a time, so the page stays
 * responsive with hundreds of them. Each file is isolated: whatever one file does, the others still get their rows.
 */
import { answerRequest } from "./answer-request";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { INTERNAL_ERROR_REASON } from "./review-file";

declare const self: DedicatedWorkerGlobalScope;

let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // The file is read as soon as it arrives (the page sends at most a couple ahead), so that reading it overlaps
  // with checking the one before it.
  const bytes = request.file.arrayBuffer();
  bytes.catch(() => undefined); // answered in answerRequest, when the request's turn comes
  queue = queue.then(async () => {
    const { response, transfer } = await answerRequest(request, bytes);
    try {
      self.postMessage(response, transfer);
    } catch {
      // A response that cannot be cloned must not stop the queue: the file gets its error row, the others go on.
      const failed: WorkerResponse = { kind: "reviewed", key: request.key, outcome: { status: "unreadable", name: request.name, code: "internal", reason: INTERNAL_ERROR_REASON } };
      self.postMessage(failed);
    }
  });
};
