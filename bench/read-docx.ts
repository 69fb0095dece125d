/**
 * Reading .docx plans close to the floor (issue 14):
 * - read + model of 300, 3,000 and 30,000-row plans: median time, and peak memory of a fresh process that reads it;
 * - the floor in the same run: unzip document.xml (fflate) + one streaming pass over it (saxes, no handlers);
 * - mammoth.extractRawText on the same files (300 and 3,000 rows; 30,000 would take a minute) as a yardstick;
 * - `caitien check` over 250, 500 and 1,000 files, each in one fresh process: files/s and peak memory, which should
 *   not grow with the number of files.
 *
 * Peak memory is the child process's maximum resident set size (process.resourceUsage().maxRSS), so each figure
 * is measured alone, not after whatever the bench did before.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import mammoth from "mammoth";
import { SaxesParser } from "saxes";
import { runCheck } from "../src/cli/commands/check";
import { readDocumentModel } from "../src/core/plan";
import { openDocx, readTables } from "../src/ooxml";
import { decodeWhole } from "../src/ooxml/part-text";
import { buildDocx } from "../test/support/docx-builder";
import { makeLargePlanDocumentXml } from "../test/support/large-plan";
import { medianMs, type Figure } from "./figure";

const SIZES = [300, 3000, 30000];
const CHECK_COUNTS = [250, 500, 1000];
const SAMPLES = ["ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "ke-hoach-2026-thcs.docx", "bao-cao-tieu-hoc.docx"];
const MB = 1024 * 1024;

function runsFor(rows: number): number {
  return rows >= 30000 ? 3 : rows >= 3000 ? 7 : 15;
}

/** What the product does with a .docx: unzip, read every table, build the document model. */
async function readAndModel(docx: Uint8Array): Promise<number> {
  const { documentXml } = await openDocx(docx);
  const model = readDocumentModel(readTables(documentXml), { documentXml });
  return model.tables.reduce((n, t) => n + t.items.length, 0);
}

/** The floor: no reader can do less than unzip the main part and tokenise it once. */
function floor(docx: Uint8Array): number {
  const files = unzipSync(docx, { filter: (file) => file.name === "word/document.xml" });
  // Decoded the fastest way Node has, the reader's own (see part-text.ts).
  const xml = decodeWhole(new TextDecoder(), files["word/document.xml"]!);
  const parser = new SaxesParser();
  parser.write(xml).close();
  return xml.length;
}

function peakMb(): number {
  // maxRSS is in kilobytes.
  return +((process.resourceUsage().maxRSS * 1024) / MB).toFixed(1);
}

/** Child process: `--read FILE` or `--check LISTFILE`; prints one JSON object. */
export async function child(args: readonly string[]): Promise<boolean> {
  if (args[0] === "--bench-read") {
    const docx = new Uint8Array(readFileSync(args[1]!));
    const start = performance.now();
    const items = await readAndModel(docx);
    process.stdout.write(JSON.stringify({ ms: performance.now() - start, items, peakMb: peakMb() }));
    return true;
  }
  if (args[0] === "--bench-check") {
    const files = readFileSync(args[1]!, "utf8").split("\n").filter(Boolean);
    let out = 0;
    const io = { stdout: { write: (s: string) => ((out += s.length), true) }, stderr: { write: () => true } };
    const start = performance.now();
    const code = await runCheck([...files, "--json", "--today", "2026-10-01"], io, "vi");
    const seconds = (performance.now() - start) / 1000;
    process.stdout.write(JSON.stringify({ code, filesPerSecond: files.length / seconds, peakMb: peakMb(), outputBytes: out }));
    return true;
  }
  return false;
}

function inChild<T>(args: string[]): T {
  const output = execFileSync(process.execPath, ["--max-old-space-size=4096", process.argv[1]!, ...args], { encoding: "utf8", maxBuffer: 16 * MB });
  return JSON.parse(output) as T;
}

export async function run(options: { samplesDir?: string } = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "caitien-bench-read-"));
  try {
    for (const rows of SIZES) {
      const xml = makeLargePlanDocumentXml(rows);
      const docx = await buildDocx("", { documentXml: xml });
      const file = path.join(dir, `plan-${rows}.docx`);
      writeFileSync(file, docx);
      const runs = runsFor(rows);
      let items = 0;
      const readMs = await medianMs(async () => (items = await readAndModel(docx)), runs);
      const floorMs = await medianMs(() => floor(docx), runs);
      const mammothMs = rows <= 3000 ? await medianMs(() => mammoth.extractRawText({ buffer: Buffer.from(docx) }), Math.min(runs, 5)) : null;
      const alone = inChild<{ ms: number; items: number; peakMb: number }>(["--bench-read", file]);
      figures.push({
        name: `read + model a ${rows.toLocaleString("en")}-row plan (.docx)`,
        value: Math.round(readMs),
        unit: "ms",
        detail: {
          rows,
          items,
          documentXmlMB: +(xml.length / 1e6).toFixed(2),
          floorMs: Math.round(floorMs),
          ratioToFloor: +(readMs / floorMs).toFixed(2),
          ...(mammothMs !== null ? { mammothExtractRawTextMs: Math.round(mammothMs), ratioToMammoth: +(readMs / mammothMs).toFixed(3) } : {}),
          peakMemoryMB: alone.peakMb,
          coldMsInFreshProcess: Math.round(alone.ms),
          goals: "≤ 0.1 × mammoth, ≤ 2 × floor; 30,000 rows < 2 s and < 500 MB",
        },
      });
      figures.push({ name: `floor: unzip + one saxes pass, ${rows.toLocaleString("en")}-row plan`, value: Math.round(floorMs), unit: "ms" });
      if (mammothMs !== null) {
        figures.push({ name: `mammoth.extractRawText, ${rows.toLocaleString("en")}-row plan (yardstick)`, value: Math.round(mammothMs), unit: "ms" });
      }
    }

    const samplesDir = options.samplesDir ?? path.resolve(process.cwd(), "samples");
    const files: string[] = [];
    for (let i = 0; i < Math.max(...CHECK_COUNTS); i++) {
      const name = SAMPLES[i % SAMPLES.length]!;
      const copy = path.join(dir, `${i}-${name}`);
      copyFileSync(path.join(samplesDir, name), copy);
      files.push(copy);
    }
    for (const count of CHECK_COUNTS) {
      const list = path.join(dir, `files-${count}.txt`);
      writeFileSync(list, files.slice(0, count).join("\n"));
      const result = inChild<{ code: number; filesPerSecond: number; peakMb: number }>(["--bench-check", list]);
      if (result.code === 2) throw new Error("caitien check could not read a sample copy");
      figures.push({
        name: `caitien check --json over ${count.toLocaleString("en")} files in one process`,
        value: Math.round(result.filesPerSecond),
        unit: "files/s",
        detail: { files: count, peakMemoryMB: result.peakMb, samples: SAMPLES },
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
