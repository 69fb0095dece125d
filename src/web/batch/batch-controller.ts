/**
 * The district review's state outside React: the worker that reads the files, the rows as they arrive, the
 * progress, and where each plan's bytes are, to open it again. Components subscribe with useSyncExternalStore.
 */
import type { ChosenFile } from "./collect-files";
import { isArchiveName } from "./file-names";
import type { ReviewRequest, ReviewResponse } from "./protocol";
import type { BatchRow } from "./types";

export interface BatchState {
  rows: readonly BatchRow[];
  /** Files (and .zip entries) known so far, and how many of them have their row. */
  total: number;
  done: number;
  running: boolean;
}

type WorkerFactory = () => Worker;

const PUBLISH_EVERY_MS = 250;

export class BatchController {
  private state: BatchState = { rows: [], total: 0, done: 0, running: false };
  private readonly listeners = new Set<() => void>();
  private readonly sources = new Map<number, Blob>();
  private worker: Worker | null = null;
  private pending = 0;
  private nextKey = 0;
  private nextId = 0;
  /** Rows keep the order the files were given in, whatever order the worker answers in. */
  private readonly order = new Map<string, number>();

  constructor(private readonly createWorker: WorkerFactory) {}

  getState = (): BatchState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Adds files to the batch (a second drop adds to the first); resolves when all of them have their rows. */
  add(files: readonly ChosenFile[], today = new Date()): Promise<void> {
    if (files.length === 0) return Promise.resolve();
    const worker = this.ensureWorker();
    this.totalCount += files.length;
    this.set({ total: this.totalCount, running: true });
    this.pending += files.length;
    for (const { path, file } of files) {
      const key = `f${this.nextKey++}`;
      this.order.set(key, this.order.size);
      const request: ReviewRequest = { kind: "review", key, name: path, file, archive: isArchiveName(path), today: today.getTime() };
      this.blobs.set(key, file);
      worker.postMessage(request);
    }
    return new Promise((resolve) => {
      const check = () => {
        if (this.pending === 0) {
          unsubscribe();
          resolve();
        }
      };
      const unsubscribe = this.subscribe(check);
      check();
    });
  }

  /** The bytes of a row's plan, to render it or make its report. */
  async bytesOf(id: number): Promise<Uint8Array> {
    const blob = this.sources.get(id);
    if (!blob) throw new Error(`No file for row ${id}`);
    return new Uint8Array(await blob.arrayBuffer());
  }

  clear(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending = 0;
    this.sources.clear();
    this.blobs.clear();
    this.order.clear();
    this.ranks.clear();
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.arrived = [];
    this.doneCount = 0;
    this.totalCount = 0;
    this.set({ rows: [], total: 0, done: 0, running: false });
  }

  private readonly blobs = new Map<string, Blob>();
  /** Rows received but not yet published, and the counts that go with them. */
  private arrived: BatchRow[] = [];
  private doneCount = 0;
  private totalCount = 0;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** Row id → [position of its file in the order given, position inside a .zip]. */
  private readonly ranks = new Map<number, [number, number]>();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<ReviewResponse>) => this.receive(event.data);
    this.worker = worker;
    return worker;
  }

  private receive(response: ReviewResponse): void {
    const requestBlob = this.blobs.get(response.key);
    this.blobs.delete(response.key);
    const rank = this.order.get(response.key) ?? 0;
    const added: BatchRow[] = [];
    for (const [sub, row] of response.rows.entries()) {
      const id = this.nextId++;
      const source = row.bytes ? new Blob([row.bytes]) : requestBlob;
      if (source && row.outcome.status === "read") this.sources.set(id, source);
      this.ranks.set(id, [rank, sub]);
      added.push({ ...row.outcome, id });
    }
    this.pending -= 1;
    this.arrived.push(...added);
    this.doneCount += response.rows.length;
    // A .zip counted as one file at first: its entries replace it in the count.
    this.totalCount += response.rows.length - 1;
    // Redrawing a table of hundreds of rows for every file would keep the page's thread busier than the reading:
    // rows are published a few times a second, and at once when the last file is in.
    if (this.pending === 0) this.publish();
    else this.flushTimer ??= setTimeout(() => this.publish(), PUBLISH_EVERY_MS);
  }

  private publish(): void {
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const rankOf = (row: BatchRow) => this.ranks.get(row.id) ?? [0, 0];
    const rows = [...this.state.rows, ...this.arrived].sort((a, b) => rankOf(a)[0] - rankOf(b)[0] || rankOf(a)[1] - rankOf(b)[1]);
    this.arrived = [];
    this.set({ rows, total: this.totalCount, done: this.doneCount, running: this.pending > 0 });
  }

  private set(patch: Partial<BatchState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
