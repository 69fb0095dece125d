/**
 * Abuse suite, writing: an output is whole or absent, never half-written, and never the input by another route.
 * Failures are simulated through the writer's file-system seam; links are real.
 */
import * as fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isSameFile, writeOutputFile, type OutputFs } from "../../src/cli/output-file";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "caitien-output-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const NEW = new Uint8Array(300_000).fill(0x41);
const OLD = Buffer.from("the previous good report");

/** The real file system, with one call made to fail the way a full disk or a dying drive does. */
function failing(call: keyof OutputFs, after = 0): OutputFs {
  let calls = 0;
  const fail = (..._: unknown[]): never => {
    throw Object.assign(new Error(`${call}: no space left on device`), { code: "ENOSPC" });
  };
  const real = fs[call] as (...args: unknown[]) => unknown;
  return {
    ...fs,
    [call]: (...args: unknown[]) => (calls++ < after ? real(...args) : fail()),
  } as OutputFs;
}

/** Writes that give out half-way: the first call writes part of the bytes, the next fails. */
function diskFullHalfWay(): OutputFs {
  let calls = 0;
  return {
    ...fs,
    writeSync: ((fd: number, bytes: Uint8Array, offset: number, length: number) => {
      if (calls++ === 0) return fs.writeSync(fd, bytes, offset, Math.floor(length / 2));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }) as OutputFs["writeSync"],
  };
}

describe("writes are atomic", () => {
  it("writes the whole file and leaves no temporary file", () => {
    const file = path.join(dir, "report.docx");
    expect(writeOutputFile(file, NEW, { force: false })).toEqual({ ok: true });
    expect(fs.readFileSync(file).equals(Buffer.from(NEW))).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["report.docx"]);
  });

  it.each([
    ["the disk fills half-way through", diskFullHalfWay()],
    ["flushing fails", failing("fsyncSync")],
    ["the rename fails", failing("renameSync")],
    ["closing fails", failing("closeSync")],
  ])("when %s, the previous good output is kept byte for byte and no partial file is left", (_, seam) => {
    const file = path.join(dir, "report.docx");
    fs.writeFileSync(file, OLD);
    const outcome = writeOutputFile(file, NEW, { force: true, fs: seam });
    expect(outcome).toMatchObject({ ok: false, reason: "failed", detail: expect.stringContaining("no space left") });
    expect(fs.readFileSync(file).equals(OLD)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["report.docx"]);
  });

  it("when there was no previous output, a failed write leaves no file at all", () => {
    const file = path.join(dir, "report.docx");
    const outcome = writeOutputFile(file, NEW, { force: false, fs: diskFullHalfWay() });
    expect(outcome).toMatchObject({ ok: false, reason: "failed" });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("without force, an output that appears meanwhile is not replaced", () => {
    const file = path.join(dir, "report.docx");
    // Another program creates the file between the check and the write: linking fails, nothing is replaced.
    const racing: OutputFs = {
      ...fs,
      linkSync: ((from: fs.PathLike, to: fs.PathLike) => {
        fs.writeFileSync(to, OLD);
        return fs.linkSync(from, to);
      }) as OutputFs["linkSync"],
    };
    expect(writeOutputFile(file, NEW, { force: false, fs: racing })).toEqual({ ok: false, reason: "exists" });
    expect(fs.readFileSync(file).equals(OLD)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["report.docx"]);
  });

  it("on a file system without hard links, places the file by renaming", () => {
    const file = path.join(dir, "report.docx");
    const noLinks = failing("linkSync");
    expect(writeOutputFile(file, NEW, { force: false, fs: noLinks })).toEqual({ ok: true });
    expect(fs.readFileSync(file).length).toBe(NEW.length);
    expect(fs.readdirSync(dir)).toEqual(["report.docx"]);
  });
});

describe("the input is recognised by any route", () => {
  it("through a hard link, a symbolic link and another spelling of the path, not a mere copy", () => {
    const plan = path.join(dir, "plan.docx");
    fs.writeFileSync(plan, OLD);
    fs.linkSync(plan, path.join(dir, "hard.docx"));
    fs.symlinkSync(plan, path.join(dir, "soft.docx"));
    fs.copyFileSync(plan, path.join(dir, "copy.docx"));
    for (const route of ["hard.docx", "soft.docx", "./plan.docx", "../" + path.basename(dir) + "/plan.docx"]) {
      expect(isSameFile(plan, path.join(dir, route))).toBe(true);
      const outcome = writeOutputFile(path.join(dir, route), NEW, { force: true, inputs: [plan] });
      expect(outcome).toEqual({ ok: false, reason: "same-as-input", input: plan });
    }
    expect(isSameFile(plan, path.join(dir, "copy.docx"))).toBe(false);
    expect(fs.readFileSync(plan).equals(OLD)).toBe(true);
  });

  it("through a case variant on a case-insensitive disk (where the name opens the same file)", () => {
    const plan = path.join(dir, "Ke-Hoach.docx");
    fs.writeFileSync(plan, OLD);
    // A case-insensitive file system, as Windows, macOS and exFAT have: any spelling opens the one file.
    const insensitive: OutputFs = {
      ...fs,
      statSync: ((p: fs.PathLike, options?: fs.StatSyncOptions) => {
        const folded = path.join(path.dirname(String(p)), fs.readdirSync(path.dirname(String(p))).find((n) => n.toLowerCase() === path.basename(String(p)).toLowerCase()) ?? path.basename(String(p)));
        return fs.statSync(folded, options);
      }) as OutputFs["statSync"],
    };
    const variant = path.join(dir, "KE-HOACH.DOCX");
    expect(isSameFile(plan, variant, insensitive)).toBe(true);
    expect(writeOutputFile(variant, NEW, { force: true, inputs: [plan], fs: insensitive })).toMatchObject({ reason: "same-as-input" });
    expect(fs.readFileSync(plan).equals(OLD)).toBe(true);
    // On this (case-sensitive) disk the variant is another file, and may be written.
    expect(isSameFile(plan, variant)).toBe(false);
  });

  it("falls back to canonical paths where a file system reports no inode numbers", () => {
    const plan = path.join(dir, "plan.docx");
    fs.writeFileSync(plan, OLD);
    fs.writeFileSync(path.join(dir, "other.docx"), OLD);
    const noInodes: OutputFs = {
      ...fs,
      statSync: ((p: fs.PathLike, options?: fs.StatSyncOptions) => ({ ...fs.statSync(p, options), ino: 0n })) as OutputFs["statSync"],
    };
    expect(isSameFile(plan, path.join(dir, "./plan.docx"), noInodes)).toBe(true);
    expect(isSameFile(plan, path.join(dir, "other.docx"), noInodes)).toBe(false);
  });
});
