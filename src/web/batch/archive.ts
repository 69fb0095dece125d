/** The plans inside a .zip a district office received: its .docx (and old .doc) entries, in name order. */
import JSZip from "jszip";
import { isIgnoredFileName } from "./file-names";
import type { UnreadableFile } from "./types";

export interface ArchiveEntry {
  name: string;
  bytes: Uint8Array;
}

const PLAN_ENTRY = /\.(docx|doc)$/i;

export async function archiveEntries(zipName: string, bytes: Uint8Array | ArrayBuffer): Promise<ArchiveEntry[] | UnreadableFile> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { status: "unreadable", name: zipName, code: "bad-zip", reason: "Tệp nén .zip này bị hỏng hoặc chưa tải về đầy đủ, không mở được. Hãy tải lại hoặc nén lại các kế hoạch." };
  }
  const names = Object.values(zip.files)
    .filter((entry) => !entry.dir && PLAN_ENTRY.test(entry.name) && !entry.name.split("/").some(isIgnoredFileName))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, "vi"));
  if (names.length === 0) {
    return { status: "unreadable", name: zipName, code: "empty-zip", reason: "Tệp nén .zip này không chứa tài liệu Word (.docx) nào." };
  }
  const entries: ArchiveEntry[] = [];
  for (const name of names) {
    try {
      entries.push({ name: `${zipName} › ${name}`, bytes: await zip.file(name)!.async("uint8array") });
    } catch {
      // A damaged entry still gets its row: openDocx turns empty bytes into the precise "empty file" reason.
      entries.push({ name: `${zipName} › ${name}`, bytes: new Uint8Array(0) });
    }
  }
  return entries;
}
