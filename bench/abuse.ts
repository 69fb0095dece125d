/**
 * Abuse benchmark (issue 12):
 * - peak memory of `caitien check` over 100, 1,000 and 2,000 plans, each batch in a fresh process (maxRSS), text
 *   and --json output: it must stay flat (under 300 MB), not grow with the number of files;
 * - time to check a plan with a 10 MB cell (goal: under 2 s), and to read a small file with gridSpan="1000000000".
 *
 * Run by the bench harness from the repository root, after the CLI is built (dist-cli/).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, linkSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkDocument } from "../src/core/check";
import { readDocumentModel } from "../src/core/plan";
import { openDocx, readTables } from "../src/ooxml";
import { buildDocx, cell, documentXml, row, table } from "../test/support/docx-builder";
import { HEADER_2018, fullRow2018, planTable, row2018 } from "../test/support/plan-fixtures";
import { medianMs, type Figure } from "./figure";

const SAMPLES = ["ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "ke-hoach-2026-thcs.docx", "bao-cao-tieu-hoc.docx"];
const BATCHES = [100, 1000, 2000];

/** Peak resident memory (MB) of one `caitien check` process over `files`. */
function peakCheckMb(cli: string, files: readonly string[], json: boolean): number {
  const script =
    `const cli = require(${JSON.stringify(cli)});` +
    "const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };" +
    `cli.main(["check", ...${JSON.stringify(files)}, ${json ? '"--json", ' : ""}"--today", "2026-10-01"], quiet)` +
    ".then(() => process.stdout.write(String(process.resourceUsage().maxRSS)));";
  const scriptFile = path.join(path.dirname(files[0]!), "run-check.js");
  writeFileSync(scriptFile, script);
  const maxRssKb = Number(execFileSync(process.execPath, [scriptFile], { encoding: "utf8", maxBuffer: 1 << 20 }));
  return Math.round(maxRssKb / 1024);
}

async function tenMegabyteCellMs(): Promise<number> {
  const sentence = "Tổ chức tập huấn cho giáo viên về đổi mới phương pháp. ";
  const big = sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length));
  const bytes = await buildDocx("", { documentXml: documentXml(planTable([HEADER_2018, row2018("1", "Tiêu chí 1.2: y", { 3: big }), fullRow2018("Tiêu chí 1.1: x")])) });
  return medianMs(async () => {
    const { documentXml: xml } = await openDocx(bytes);
    checkDocument(readDocumentModel(readTables(xml), { documentXml: xml }), { today: new Date(2026, 9, 1) });
  }, 3, 1);
}

async function hugeSpanMs(): Promise<{ ms: number; bytes: number }> {
  const bytes = await buildDocx(table([row([cell("Tiêu chí 1.1", '<w:gridSpan w:val="1000000000"/>')]), row([cell("a"), cell("b")])], { gridCols: 2 }));
  const ms = await medianMs(async () => {
    const { documentXml: xml } = await openDocx(bytes);
    checkDocument(readDocumentModel(readTables(xml), { documentXml: xml }));
  }, 15, 3);
  return { ms, bytes: bytes.length };
}

/** `batches`: the batch sizes to measure (default 100, 1,000 and 2,000 files; smaller ones for a quick try). */
export async function run(options: { root?: string; batches?: readonly number[] } = {}): Promise<Figure[]> {
  const root = options.root ?? process.cwd();
  const batches = options.batches?.length ? options.batches : BATCHES;
  const cli = path.join(root, "dist-cli/caitien.js");
  const dir = mkdtempSync(path.join(tmpdir(), "caitien-bench-abuse-"));
  const figures: Figure[] = [];
  try {
    const originals = SAMPLES.map((name) => {
      const file = path.join(dir, name);
      copyFileSync(path.join(root, "samples", name), file);
      return file;
    });
    const files: string[] = [];
    for (let i = 0; i < Math.max(...batches); i++) {
      const file = path.join(dir, `${i}.docx`);
      linkSync(originals[i % originals.length]!, file);
      files.push(file);
    }
    for (const json of [false, true]) {
      for (const count of batches) {
        figures.push({
          name: `check peak memory, ${count} files${json ? " (--json)" : ""}`,
          value: peakCheckMb(cli, files.slice(0, count), json),
          unit: "MB",
          detail: { files: count, samples: SAMPLES, goal: "under 300 MB, flat as files grow" },
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  figures.push({ name: "check a plan with a 10 MB cell (unzip, read, model, check)", value: Math.round(await tenMegabyteCellMs()), unit: "ms", detail: { goal: "under 2,000 ms" } });
  const span = await hugeSpanMs();
  figures.push({ name: 'read and check a small file with gridSpan="1000000000"', value: Number(span.ms.toFixed(2)), unit: "ms", detail: { bytes: span.bytes } });
  return figures;
}
