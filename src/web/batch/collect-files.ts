/**
 * The files a user chose or dropped — single files, whole folders (input webkitdirectory, or folders dropped as
 * DataTransfer items), .zip archives — as one flat list with the path the user will recognise.
 */
import { isIgnoredFileName } from "./file-names";

export interface ChosenFile {
  /** "a.docx", or "ho-so/thcs/a.docx" for a file found in a folder. */
  path: string;
  file: File;
}

function visible(path: string): boolean {
  return !path.split("/").some(isIgnoredFileName);
}

/** From an `<input type="file">` (multiple, or webkitdirectory: then webkitRelativePath names the folder). */
export function filesFromInput(files: FileList | readonly File[]): ChosenFile[] {
  return Array.from(files, (file) => ({ path: file.webkitRelativePath || file.name, file })).filter((f) => visible(f.path));
}

/** From a drop: folders are walked through the entries API where the browser has it; plain files otherwise. */
export async function filesFromDrop(data: DataTransfer): Promise<ChosenFile[]> {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === "file")
    .map((item) => (typeof item.webkitGetAsEntry === "function" ? item.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((entry) => entry === null)) return filesFromInput(data.files);
  const found: ChosenFile[] = [];
  for (const entry of entries) await walk(entry!, found);
  return found.filter((f) => visible(f.path));
}

async function walk(entry: FileSystemEntry, into: ChosenFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ path: entry.fullPath.replace(/^\//, "") || file.name, file });
    return;
  }
  if (!entry.isDirectory || isIgnoredFileName(entry.name)) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the folder in pages (100 at a time in Chromium) until an empty page.
  for (;;) {
    const page = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (page.length === 0) break;
    for (const child of page) await walk(child, into);
  }
}
