/**
 * A request context of one `Word.run`: operations on its proxies are queued and applied to the document, in
 * order, at `sync()`. Like Office.js, the first failing operation rejects the sync and the rest of the batch is
 * dropped; operations already applied stay applied.
 */
import { Application } from "./application";
import { DocumentProxy } from "./document-proxy";
import { FakeOfficeError, generalException, invalidObjectPath } from "./errors";
import type { FakeWordDocument } from "./fake-document";
import type { ClientObject, LoadOption } from "./proxy";

/** What every context of one fake host shares. */
export interface HostState {
  readonly document: FakeWordDocument;
  /** Highest WordApi requirement set, as [major, minor]. */
  readonly wordApi: readonly [number, number];
  /** The signed-in user, author of the comments the add-in inserts. */
  readonly userName?: string;
  syncCount: number;
  /** Word on the web refusing comments (office-js#6746): insertComment answers NotAllowed once this many went in. */
  readonly refuseCommentsAfter?: number;
  /** A method called on a null object: gives a null object, or fails the batch (see FakeHostOptions). */
  readonly nullObjectCalls: "propagate" | "refuse";
  /** Comments inserted through the API so far (for refuseCommentsAfter). */
  commentsInserted: number;
  /** UTF-8 bytes of what syncs handed back: getOoxml() strings and loaded text (see fetched-bytes.ts). */
  bytesFetched: number;
  /** Documents opened with application.createDocument(…).open(), in order. */
  readonly openedDocuments: Uint8Array[];
  onDocumentOpened?: (index: number) => void;
}

interface Operation {
  readonly location: string;
  readonly apply: () => void;
}

export class RequestContext {
  readonly document: DocumentProxy;
  readonly application: Application;
  /** Accepted for compatibility; objects still only work inside their own `Word.run` (see report). */
  readonly trackedObjects = {
    add: (objects: ClientObject | ClientObject[]): void => this.checkOwnership(objects),
    remove: (objects: ClientObject | ClientObject[]): void => this.checkOwnership(objects),
  };

  private pending: Operation[] = [];
  private open = true;

  constructor(readonly host: HostState) {
    this.document = new DocumentProxy(this);
    this.application = new Application(this);
  }

  load<T extends ClientObject>(object: T, option?: LoadOption): T {
    this.checkOwnership(object);
    return object.load(option);
  }

  async sync(): Promise<void> {
    this.host.syncCount += 1;
    const batch = this.pending;
    this.pending = [];
    // A sync is a round trip: results are never available synchronously.
    await Promise.resolve();
    try {
      for (const operation of batch) {
        try {
          operation.apply();
        } catch (error) {
          throw asOfficeError(error, operation.location);
        }
      }
    } finally {
      this.host.document.notify();
    }
  }

  /** @internal */
  hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** @internal Called by Word.run when its batch function has settled. */
  close(): void {
    this.open = false;
    this.pending = [];
  }

  /** @internal Queues an operation, refusing proxies of a finished `Word.run`. */
  enqueue(objectPath: string, location: string, apply: () => void): void {
    this.ensureOpen(objectPath);
    this.pending.push({ location, apply });
  }

  /** @internal */
  ensureOpen(objectPath: string): void {
    if (!this.open) throw invalidObjectPath(objectPath);
  }

  /** @internal True when the host supports WordApi major.minor. */
  supports(major: number, minor: number): boolean {
    const [hostMajor, hostMinor] = this.host.wordApi;
    return hostMajor > major || (hostMajor === major && hostMinor >= minor);
  }

  private checkOwnership(objects: ClientObject | ClientObject[]): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) {
      if (object.context !== this) throw invalidObjectPath(object.objectPath);
      this.ensureOpen(object.objectPath);
    }
  }
}

function asOfficeError(error: unknown, location: string): FakeOfficeError {
  if (error instanceof FakeOfficeError) return error;
  // A bug in the fake or an unexpected document shape: report it the way Word reports internal failures.
  const detail = error instanceof Error ? error.message : String(error);
  return generalException(location, detail);
}
