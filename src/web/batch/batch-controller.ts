/**
 * The district review's state outside React: a small pool of workers that read the files, the rows as they arrive
 * (in the order the files were given, whichever worker answers first), the progress, and where each plan's bytes
 * are, to open it again. Components subscribe with useSyncExternalStore.
 */
import type { ChosenFile } from "./collect-files";
import { isArchiveName } from "./file-names";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { INTERNAL_ERROR_REASON } from "./review-file";
import type { BatchRow } from "./types";

export interface BatchState {
  rows: readonly BatchRow[];
  /** Files (and .zip entries) known so far, and how many of them have their row. */
  total: number;
  done: number;
  running: boolean;
}

type WorkerFactory = () => Worker;

/** How often the progress bar moves, and how often the rows received meanwhile are added to the table. */
const PROGRESS_EVERY_MS = 250;
const ROWS_EVERY_MS = 1000;
/** Requests a worker holds at once: the one it checks and the next one, whose file it reads meanwhile. */
const IN_FLIGHT_PER_WORKER = 2;
const MAX_WORKERS = 4;

/**
 * How many workers to read with: one per core but one, which stays with the page (its table and progress bar), and
 * at least two where there are two cores, since the page is idle most of the time; at most four, as each worker
 * holds its own copy of the reader and the checks.
 */
export function poolSize(hardwareConcurrency: number | undefined): number {
  const cores = hardwareConcurrency && hardwareConcurrency > 0 ? Math.floor(hardwareConcurrency) : 2;
  return Math.min(MAX_WORKERS, Math.max(Math.min(cores, 2), cores - 1));
}

interface PoolWorker {
  worker: Worker;
  /** Keys of the requests sent to it and not yet answered. */
  inFlight: Map<string, WorkerRequest>;
}

export class BatchController {
  private state: BatchState = { rows: [], total: 0, done: 0, running: false };
  private readonly listeners = new Set<() => void>();
  private readonly sources = new Map<number, Blob>();
  private readonly workers: PoolWorker[] = [];
  /** Requests not yet sent to a worker. */
  private queue: WorkerRequest[] = [];
  /** Requests not yet answered (queued or in a worker). */
  private pending = 0;
  private nextKey = 0;
  private nextId = 0;
  /** Where each request's rows go: the position of its file in the order given, and of the plan inside a .zip. */
  private readonly rankOfKey = new Map<string, [number, number]>();
  private nextRank = 0;
  /** Requests not yet answered, by key: their Blob is kept to open the plan again. */
  private readonly requests = new Map<string, WorkerRequest>();
  /** Rows received but not yet published, and the counts that go with them. */
  private arrived: BatchRow[] = [];
  private doneCount = 0;
  private totalCount = 0;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRowsAt = 0;
  /** Row id → its rank (see rankOfKey). */
  private readonly ranks = new Map<number, [number, number]>();

  constructor(
    private readonly createWorker: WorkerFactory,
    private readonly maxWorkers = poolSize(typeof navigator === "undefined" ? undefined : navigator.hardwareConcurrency),
  ) {}

  getState = (): BatchState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Adds files to the batch (a second drop adds to the first); resolves when all of them have their rows. */
  add(files: readonly ChosenFile[], today = new Date()): Promise<void> {
    if (files.length === 0) return Promise.resolve();
    this.totalCount += files.length;
    this.pending += files.length;
    this.set({ total: this.totalCount, running: true });
    for (const { path, file } of files) {
      const key = `f${this.nextKey++}`;
      this.rankOfKey.set(key, [this.nextRank++, 0]);
      const request: WorkerRequest = { kind: isArchiveName(path) ? "unpack" : "review", key, name: path, file, today: today.getTime() };
      this.requests.set(key, request);
      this.queue.push(request);
    }
    this.pump();
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

  /**
   * Starts the whole pool before any file comes: a worker's script (the reader and the checks) takes one to two
   * seconds to load and compile on a school's machine, which would otherwise come out of the first files' time.
   * The page calls it once it has drawn itself; a pool already started is left as it is.
   */
  warmUp(): void {
    while (this.workers.length < this.maxWorkers) this.startWorker();
  }

  /** Workers started so far (never more than the pool's size). */
  get workerCount(): number {
    return this.workers.length;
  }

  clear(): void {
    for (const { worker } of this.workers) worker.terminate();
    this.workers.length = 0;
    this.queue = [];
    this.pending = 0;
    this.sources.clear();
    this.requests.clear();
    this.rankOfKey.clear();
    this.ranks.clear();
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.lastRowsAt = 0;
    this.arrived = [];
    this.doneCount = 0;
    this.totalCount = 0;
    this.set({ rows: [], total: 0, done: 0, running: false });
  }

  /** Sends queued requests to the least busy worker, starting another one while the pool is not full. */
  private pump(): void {
    while (this.queue.length > 0) {
      let target = this.workers.reduce<PoolWorker | undefined>((best, w) => (!best || w.inFlight.size < best.inFlight.size ? w : best), undefined);
      if ((!target || target.inFlight.size > 0) && this.workers.length < this.maxWorkers) target = this.startWorker();
      if (!target || target.inFlight.size >= IN_FLIGHT_PER_WORKER) return;
      const request = this.queue.shift()!;
      target.inFlight.set(request.key, request);
      target.worker.postMessage(request);
    }
  }

  private startWorker(): PoolWorker {
    const entry: PoolWorker = { worker: this.createWorker(), inFlight: new Map() };
    entry.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      entry.inFlight.delete(event.data.key);
      this.receive(event.data);
      this.pump();
    };
    // A worker that fails outside a file's isolation (its script could not load, it ran out of memory) is
    // replaced; the files it held get an error row each rather than leaving the batch waiting for ever.
    entry.worker.onerror = (event) => {
      event.preventDefault();
      entry.worker.terminate();
      const index = this.workers.indexOf(entry);
      if (index < 0) return; // the list was cleared meanwhile
      this.workers.splice(index, 1);
      for (const request of entry.inFlight.values()) {
        this.receive({ kind: "reviewed", key: request.key, outcome: { status: "unreadable", name: request.name, code: "internal", reason: INTERNAL_ERROR_REASON } });
      }
      entry.inFlight.clear();
      this.pump();
    };
    this.workers.push(entry);
    return entry;
  }

  private receive(response: WorkerResponse): void {
    const request = this.requests.get(response.key);
    this.requests.delete(response.key);
    if (!request) return; // an answer for a list cleared meanwhile
    const rank = this.rankOfKey.get(response.key) ?? [0, 0];
    this.rankOfKey.delete(response.key);
    if (response.kind === "unpacked") {
      // The plans of a .zip take its place in the order, and go to the front of the queue: their bytes are held
      // in memory until they are checked.
      const requests = response.entries.map((entry, n): WorkerRequest => {
        const key = `${response.key}/${n}`;
        const review: WorkerRequest = { kind: "review", key, name: entry.name, file: new Blob([entry.bytes]), today: request.today };
        this.rankOfKey.set(key, [rank[0], n]);
        this.requests.set(key, review);
        return review;
      });
      this.queue.unshift(...requests);
      this.pending += requests.length - 1;
      this.totalCount += requests.length - 1;
      if (this.pending === 0) this.publish();
      else this.set({ total: this.totalCount });
      return;
    }
    const id = this.nextId++;
    if (response.outcome.status === "read") this.sources.set(id, request.file);
    this.ranks.set(id, rank);
    this.arrived.push({ ...response.outcome, id });
    this.pending -= 1;
    this.doneCount += 1;
    // Laying out a table of hundreds of rows again for every file would keep the page's thread busier than the
    // reading: the progress moves a few times a second, the table grows once a second, and all is shown at once
    // when the last file is in.
    if (this.pending === 0) this.publish();
    else this.flushTimer ??= setTimeout(() => this.publish(), PROGRESS_EVERY_MS);
  }

  private publish(): void {
    if (this.flushTimer !== undefined) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const progress = { total: this.totalCount, done: this.doneCount, running: this.pending > 0 };
    const now = Date.now();
    if (progress.running && now - this.lastRowsAt < ROWS_EVERY_MS) {
      if (progress.done !== this.state.done || progress.total !== this.state.total) this.set(progress);
      // Rows held back are shown within the second even if no other file comes in meanwhile.
      if (this.arrived.length > 0) this.flushTimer = setTimeout(() => this.publish(), PROGRESS_EVERY_MS);
      return;
    }
    this.lastRowsAt = now;
    const rankOf = (row: BatchRow) => this.ranks.get(row.id) ?? [0, 0];
    const rows = [...this.state.rows, ...this.arrived].sort((a, b) => rankOf(a)[0] - rankOf(b)[0] || rankOf(a)[1] - rankOf(b)[1]);
    this.arrived = [];
    this.set({ rows, ...progress });
  }

  private set(patch: Partial<BatchState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
