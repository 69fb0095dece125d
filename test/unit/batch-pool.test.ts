/**
 * The district review's pool of workers: files spread over several workers that answer in any order still give
 * their rows in the order the files were given, a .zip's plans in its place, and a worker that dies costs only the
 * files it held. The fake workers run the same answerRequest the real ones do, on the samples.
 */
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { answerRequest } from "../../src/web/batch/answer-request";
import { BatchController, poolSize } from "../../src/web/batch/batch-controller";
import type { ChosenFile } from "../../src/web/batch/collect-files";
import type { WorkerRequest, WorkerResponse } from "../../src/web/batch/protocol";

const SAMPLES = path.resolve(__dirname, "../../samples");
const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name));
const chosen = (name: string, bytes: Uint8Array): ChosenFile => ({ path: name, file: new File([new Uint8Array(bytes)], name.split("/").pop()!) });

/** A stand-in for a Worker: holds what it is sent until the test lets it answer, then answers as the real worker does. */
class FakeWorker {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly held: WorkerRequest[] = [];
  /** Every request it was sent. */
  readonly sent: WorkerRequest[] = [];
  terminated = false;
  /** Most requests this worker ever held at once. */
  mostHeld = 0;

  postMessage(request: WorkerRequest): void {
    this.held.push(request);
    this.sent.push(request);
    this.mostHeld = Math.max(this.mostHeld, this.held.length);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the request it holds at `index` (the newest by default: out of order on purpose). */
  async answer(index = this.held.length - 1): Promise<void> {
    const [request] = this.held.splice(index, 1);
    const { response } = await answerRequest(request!, request!.file.arrayBuffer());
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }

  crash(): void {
    this.onerror?.({ preventDefault() {} } as ErrorEvent);
  }
}

function pool(size: number): { controller: BatchController; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const controller = new BatchController(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  }, size);
  return { controller, workers };
}

/** Lets the busiest workers answer first, newest request first, until every file has its row. */
async function answerAll(controller: BatchController, workers: FakeWorker[], done: Promise<void>): Promise<void> {
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    const busy = [...workers].reverse().find((w) => !w.terminated && w.held.length > 0);
    if (!busy) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      continue;
    }
    await busy.answer();
  }
}

const names = (controller: BatchController) => controller.getState().rows.map((r) => r.name);

describe("the batch's pool of workers", () => {
  test("as many workers as cores but one, at least two where there are two, at most four", () => {
    expect([1, 2, 3, 4, 8, 16].map(poolSize)).toEqual([1, 2, 2, 3, 4, 4]);
    expect(poolSize(undefined)).toBe(2);
  });

  test("files answered out of order by three workers come out in the order given, each read once", async () => {
    const { controller, workers } = pool(3);
    const sources = ["ke-hoach-2026-thcs.docx", "ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "bao-cao-tieu-hoc.docx"];
    const files = Array.from({ length: 11 }, (_, i) => chosen(`truong-${String.fromCharCode(107 - i)}.docx`, sample(sources[i % 4]!)));
    files.splice(5, 0, chosen("truong-rong.docx", new Uint8Array(0)));
    const done = controller.add(files);
    // Work is spread: every worker holds the file it checks and the next one, no more; the rest wait.
    expect(workers).toHaveLength(3);
    expect(workers.map((w) => w.held.length)).toEqual([2, 2, 2]);
    await answerAll(controller, workers, done);

    expect(names(controller)).toEqual(files.map((f) => f.path));
    expect(workers.every((w) => w.mostHeld <= 2)).toBe(true);
    const state = controller.getState();
    expect(state).toMatchObject({ total: 12, done: 12, running: false });
    expect(state.rows[5]).toMatchObject({ status: "unreadable", code: "empty" });
    expect(state.rows.filter((r) => r.status === "read")).toHaveLength(11);
    // Each row opens its own file again.
    const first = state.rows[0]!;
    expect(Buffer.from(await controller.bytesOf(first.id)).equals(sample(sources[0]!))).toBe(true);
  });

  test("one file starts one worker, not the whole pool", async () => {
    const { controller, workers } = pool(4);
    const done = controller.add([chosen("mot-truong.docx", sample("ke-hoach-mam-non.docx"))]);
    await answerAll(controller, workers, done);
    expect(workers).toHaveLength(1);
    expect(names(controller)).toEqual(["mot-truong.docx"]);
  });

  test("warmed up before any file, the whole pool is started once and the files use it", async () => {
    const { controller, workers } = pool(3);
    controller.warmUp();
    expect(workers).toHaveLength(3);
    expect(workers.every((w) => w.sent.length === 0)).toBe(true);
    controller.warmUp();
    expect(workers).toHaveLength(3);
    const files = ["ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "bao-cao-tieu-hoc.docx"].map((name, i) => chosen(`truong-${i}.docx`, sample(name)));
    const done = controller.add(files);
    expect(workers.map((w) => w.held.length)).toEqual([1, 1, 1]);
    await answerAll(controller, workers, done);
    expect(workers).toHaveLength(3);
    expect(names(controller)).toEqual(files.map((f) => f.path));
    // Cleared, its workers are stopped; warmed up again, a fresh pool waits.
    controller.clear();
    expect(workers.every((w) => w.terminated)).toBe(true);
    controller.warmUp();
    expect(workers.filter((w) => !w.terminated)).toHaveLength(3);
  });

  test("a .zip's plans are spread over the workers and take the .zip's place in the order", async () => {
    const zip = new JSZip();
    zip.file("phong-gd/c-thcs.docx", sample("ke-hoach-2026-thcs.docx"));
    zip.file("phong-gd/a-mam-non.docx", sample("ke-hoach-mam-non.docx"));
    zip.file("phong-gd/b-tieu-hoc.docx", sample("ke-hoach-tieu-hoc.docx"));
    const archive = await zip.generateAsync({ type: "uint8array" });
    const { controller, workers } = pool(2);
    const files = [chosen("dau.docx", sample("bao-cao-tieu-hoc.docx")), chosen("ho-so.zip", archive), chosen("cuoi.docx", sample("ke-hoach-mam-non.docx"))];
    const done = controller.add(files);
    await answerAll(controller, workers, done);

    expect(names(controller)).toEqual(["dau.docx", "ho-so.zip › phong-gd/a-mam-non.docx", "ho-so.zip › phong-gd/b-tieu-hoc.docx", "ho-so.zip › phong-gd/c-thcs.docx", "cuoi.docx"]);
    // The .zip counted as one file until it was opened, then as its three plans.
    expect(controller.getState()).toMatchObject({ total: 5, done: 5, running: false });
    // The worker that opened the .zip sent its plans back: they went through the pool's queue as plans of their own.
    const sent = workers.flatMap((w) => w.sent).map((r) => `${r.kind} ${r.name}`);
    expect(sent.filter((s) => s.startsWith("review ho-so.zip › "))).toHaveLength(3);
    expect(sent).toContain("unpack ho-so.zip");
    const plan = controller.getState().rows[3]!;
    expect(plan).toMatchObject({ status: "read", school: "TRƯỜNG THCS TÂN PHÚ" });
    expect(Buffer.from(await controller.bytesOf(plan.id)).equals(sample("ke-hoach-2026-thcs.docx"))).toBe(true);
  });

  test("a worker that dies gives its files an error row each; a new worker takes the rest", async () => {
    const { controller, workers } = pool(2);
    const files = Array.from({ length: 6 }, (_, i) => chosen(`truong-${i + 1}.docx`, sample("ke-hoach-mam-non.docx")));
    const done = controller.add(files);
    const dead = workers[0]!;
    const lost = dead.held.map((r) => r.name);
    dead.crash();
    expect(dead.terminated).toBe(true);
    await answerAll(controller, workers, done);

    const rows = controller.getState().rows;
    expect(rows.map((r) => r.name)).toEqual(files.map((f) => f.path));
    expect(rows.filter((r) => r.status === "unreadable").map((r) => r.name)).toEqual(lost);
    expect(rows.filter((r) => r.status === "read")).toHaveLength(6 - lost.length);
    expect(workers.filter((w) => !w.terminated).length).toBeLessThanOrEqual(2);
  });

  test("clearing the list ends the workers and forgets the rows", async () => {
    const { controller, workers } = pool(2);
    void controller.add([chosen("a.docx", sample("ke-hoach-mam-non.docx")), chosen("b.docx", sample("ke-hoach-mam-non.docx"))]);
    controller.clear();
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(controller.getState()).toEqual({ rows: [], total: 0, done: 0, running: false });
  });
});
