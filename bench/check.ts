/**
 * Completeness-check benchmark (issue 5):
 * - in process: checkDocument on a 3,000-item plan (median ms), and the whole pipeline from document XML;
 * - CLI: `caitien check` over 100 copies of the sample documents in one process (files per second).
 *
 * Run by the bench harness from the repository root (the samples are in samples/).
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCheck } from "../src/cli/commands/check";
import { checkDocument } from "../src/core/check";
import { readDocumentModel } from "../src/core/plan";
import { readTables } from "../src/ooxml";
import { makeLargePlanDocumentXml } from "../test/support/large-plan";
import { median, medianMs, type Figure } from "./figure";

const ITEMS = 3000;
const SAMPLES = ["ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "ke-hoach-2026-thcs.docx", "bao-cao-tieu-hoc.docx"];

/** The generated plan has 5 standard rows per 26 criteria plus a level row: enough rows for ITEMS items. */
function largePlanXml(): string {
  return makeLargePlanDocumentXml(1 + Math.ceil((ITEMS * 31) / 26));
}

export async function run(options: { runs?: number; copies?: number; samplesDir?: string } = {}): Promise<Figure[]> {
  const runs = options.runs ?? 15;
  const xml = largePlanXml();
  const model = readDocumentModel(readTables(xml), { documentXml: xml });
  const items = model.tables.reduce((n, t) => n + t.items.length, 0);
  let findings = 0;
  const checkMs = await medianMs(() => (findings = checkDocument(model).findings.length), runs, 3);
  const pipelineMs = await medianMs(() => checkDocument(readDocumentModel(readTables(xml), { documentXml: xml })), Math.max(3, Math.floor(runs / 3)), 1);

  const samplesDir = options.samplesDir ?? path.resolve(process.cwd(), "samples");
  const copies = options.copies ?? 100;
  const dir = mkdtempSync(path.join(tmpdir(), "caitien-bench-check-"));
  const rates: number[] = [];
  try {
    const files: string[] = [];
    for (let i = 0; i < copies; i++) {
      const name = SAMPLES[i % SAMPLES.length]!;
      const file = path.join(dir, `${i}-${name}`);
      copyFileSync(path.join(samplesDir, name), file);
      files.push(file);
    }
    const quiet = { stdout: { write: () => true }, stderr: { write: () => true } };
    for (let round = 0; round < 4; round++) {
      const start = performance.now();
      const code = await runCheck([...files, "--json", "--today", "2026-10-01"], quiet, "en");
      const seconds = (performance.now() - start) / 1000;
      if (code === 2) throw new Error("caitien check could not read a sample copy");
      if (round > 0) rates.push(files.length / seconds); // the first round warms the JIT and the file cache
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  return [
    {
      name: "check: checkDocument on a 3,000-item plan (median)",
      value: Number(checkMs.toFixed(2)),
      unit: "ms",
      detail: { items, findings, runs, xmlBytes: xml.length },
    },
    {
      name: "check: read tables + model + check of a 3,000-item plan (median)",
      value: Number(pipelineMs.toFixed(1)),
      unit: "ms",
      detail: { items, xmlBytes: xml.length },
    },
    {
      name: `check: caitien check --json over ${copies} sample documents in one process (median of 3 rounds)`,
      value: Math.round(median(rates)),
      unit: "files/s",
      detail: { copies, samples: SAMPLES, rounds: rates.map(Math.round) },
    },
  ];
}
