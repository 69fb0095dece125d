/**
 * Abuse suite, batches: one bad file never takes the others down. Every hostile fixture of the suite goes into one
 * `caitien check` run between good plans; each bad file gets its own code, the good ones are checked as usual.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCheck } from "../../src/cli/commands/check";
import { buildDocx, cell, row, table } from "../support/docx-builder";
import { HEADER_2018, fullRow2018, planTable } from "../support/plan-fixtures";
import { declareSize, invalidUtf8Docx, markEncrypted, oneCellTable, replaceBytes, zipBomb } from "../support/hostile-docx";

// A check that throws for one document: the unexpected failure a reader bug would be, to be confined to that file.
jest.mock("../../src/core/check", () => {
  const actual = jest.requireActual("../../src/core/check");
  return {
    ...actual,
    checkDocument: (model: unknown, options: unknown) => {
      if (JSON.stringify(model).includes("BOOM-INTERNAL")) throw new TypeError("Cannot read properties of undefined");
      return actual.checkDocument(model, options);
    },
  };
});

// A reader that throws instead of answering with an error: the batch must still go on.
jest.mock("../../src/cli/docx-files", () => {
  const actual = jest.requireActual("../../src/cli/docx-files");
  return {
    ...actual,
    readDocxFile: (file: string, ...rest: unknown[]) =>
      file.endsWith("reader-throws.docx") ? Promise.reject(new RangeError("Maximum call stack size exceeded")) : actual.readDocxFile(file, ...rest),
  };
});

const SAMPLES = path.resolve(__dirname, "../../samples");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "caitien-batch-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const code = await runCheck(args, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: () => true } }, "en");
  return { code, out: out.join("") };
}

test("each hostile file gets its own error; the good plans around them are still checked", async () => {
  const write = (name: string, bytes: Uint8Array): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const good = (name: string): string => {
    const file = path.join(dir, name);
    fs.copyFileSync(path.join(SAMPLES, name), file);
    return file;
  };
  const stored = await buildDocx(oneCellTable("Kinh phí 5.000.000 đồng"), { compression: "STORE" });
  const files = {
    first: good("ke-hoach-mam-non.docx"),
    invalidBytes: write("invalid-bytes.docx", await invalidUtf8Docx([0xc3, 0x28])),
    crc: write("crc.docx", replaceBytes(stored, "5.000.000", "9.000.000")),
    encrypted: write("encrypted.docx", markEncrypted(await buildDocx(oneCellTable("x")), "word/document.xml")),
    bombLiar: write("bomb.docx", declareSize(zipBomb(4 << 20), "word/document.xml", 1000)),
    hugeSpan: write("span.docx", await buildDocx(table([row([cell("Tiêu chí 1.1", '<w:gridSpan w:val="1000000000"/>')])]))),
    internal: write("internal.docx", await buildDocx(planTable([HEADER_2018, fullRow2018("Tiêu chí 1.1: BOOM-INTERNAL")]))),
    readerThrows: write("reader-throws.docx", await buildDocx(oneCellTable("x"))),
    last: good("ke-hoach-2026-thcs.docx"),
  };
  const { code, out } = await run([...Object.values(files), "--json", "--today", "2026-10-01"]);
  expect(code).toBe(2);
  const report = JSON.parse(out) as { files: { file: string; error: { code: string } | null; tables: unknown[] }[] };
  const byFile = new Map(report.files.map((f) => [f.file, f]));
  expect(report.files).toHaveLength(Object.keys(files).length);
  expect(byFile.get(files.invalidBytes)?.error?.code).toBe("bad-encoding");
  expect(byFile.get(files.crc)?.error?.code).toBe("crc-mismatch");
  expect(byFile.get(files.encrypted)?.error?.code).toBe("zip-encrypted");
  expect(byFile.get(files.bombLiar)?.error?.code).toBe("crc-mismatch");
  expect(byFile.get(files.hugeSpan)?.error).toBeNull();
  expect(byFile.get(files.internal)?.error?.code).toBe("internal");
  expect(byFile.get(files.readerThrows)?.error?.code).toBe("internal");
  for (const plan of [files.first, files.last]) {
    expect(byFile.get(plan)?.error).toBeNull();
    expect(byFile.get(plan)?.tables.length).toBeGreaterThan(0);
  }
});
