/**
 * Writing a command's output file so that it cannot half-happen and can never land on the input.
 *
 * - Same file by any route: a hard link, a symbolic link, or a case variant on a case-insensitive disk (Windows,
 *   macOS, exFAT) all name the input's bytes. Paths are not compared as strings: the device and inode numbers of
 *   what each path opens are (what a case-insensitive file system opens for "PLAN.docx" is "plan.docx").
 * - Atomic: the bytes go to a temporary file in the destination folder (same file system, so the rename cannot
 *   become a copy), are flushed, and only then renamed over the destination. A full disk, an I/O error or a kill
 *   leaves the previous file as it was, or no file, never a partial one.
 */
import * as nodeFs from "node:fs";
import path from "node:path";

/** The file-system calls used, so tests can make any of them fail. */
export type OutputFs = Pick<
  typeof nodeFs,
  "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "renameSync" | "linkSync" | "unlinkSync" | "statSync" | "realpathSync"
>;

export type WriteOutcome =
  | { ok: true }
  | { ok: false; reason: "same-as-input"; input: string }
  | { ok: false; reason: "exists" }
  | { ok: false; reason: "failed"; code: string; detail: string };

export interface WriteOptions {
  force: boolean;
  /** Files the command read: the output may never be one of them, `force` or not. */
  inputs?: readonly string[];
  fs?: OutputFs;
}

type Identity = { dev: bigint; ino: bigint; real: string } | null;

function identity(fs: OutputFs, file: string): Identity {
  try {
    const stat = fs.statSync(file, { bigint: true });
    let real: string;
    try {
      real = fs.realpathSync.native(file);
    } catch {
      real = path.resolve(file);
    }
    return { dev: stat.dev, ino: stat.ino, real };
  } catch {
    return null;
  }
}

/** Whether two paths open the same file. Both must exist: a path that does not cannot be the input. */
export function isSameFile(a: string, b: string, fs: OutputFs = nodeFs): boolean {
  const x = identity(fs, a);
  const y = identity(fs, b);
  if (x === null || y === null) return false;
  // Some file systems (FAT on some platforms, network shares) report inode 0 for everything: fall back to the
  // canonical paths, which realpath gives in the disk's own spelling.
  if (x.ino !== 0n && y.ino !== 0n) return x.dev === y.dev && x.ino === y.ino;
  return x.real === y.real;
}

export function writeOutputFile(file: string, bytes: Uint8Array, options: WriteOptions): WriteOutcome {
  const fs = options.fs ?? nodeFs;
  for (const input of options.inputs ?? []) {
    if (isSameFile(input, file, fs)) return { ok: false, reason: "same-as-input", input };
  }
  if (!options.force && exists(fs, file)) return { ok: false, reason: "exists" };

  const temporary = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = fs.openSync(temporary, "wx");
    try {
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.force) fs.renameSync(temporary, file);
    else placeWithoutReplacing(fs, temporary, file);
    return { ok: true };
  } catch (error) {
    removeQuietly(fs, temporary);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return { ok: false, reason: "exists" };
    return { ok: false, reason: "failed", code: code ?? "", detail: (error as Error).message };
  }
}

/**
 * A hard link fails if the destination appeared since it was checked, where a rename would replace it; file
 * systems without hard links (FAT, exFAT) get the rename.
 */
function placeWithoutReplacing(fs: OutputFs, temporary: string, file: string): void {
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw error;
    if (exists(fs, file)) throw Object.assign(new Error(`${file} exists`), { code: "EEXIST" });
    fs.renameSync(temporary, file);
    return;
  }
  removeQuietly(fs, temporary);
}

function exists(fs: OutputFs, file: string): boolean {
  try {
    fs.statSync(file);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ENOENT";
  }
}

function removeQuietly(fs: OutputFs, file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Already gone, or never made.
  }
}
