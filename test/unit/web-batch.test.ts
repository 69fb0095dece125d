import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { archiveEntries } from "../../src/web/batch/archive";
import { reviewFile } from "../../src/web/batch/review-file";
import { onlyIncomplete, sortRows } from "../../src/web/batch/sort-filter";
import type { BatchRow } from "../../src/web/batch/types";
import { findingsSheet, sheetToCsv, summarySheet } from "../../src/web/export/sheets";
import { fileSlug } from "../../src/web/export/download";
import { compoundFile } from "../support/docx-builder";

const SAMPLES = path.resolve(__dirname, "../../samples");
const sample = (name: string) => new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));

async function rows(): Promise<BatchRow[]> {
  const outcomes = [
    await reviewFile("b-mam-non.docx", sample("ke-hoach-mam-non.docx")),
    await reviewFile("a-tieu-hoc.docx", sample("ke-hoach-tieu-hoc.docx")),
    await reviewFile("c-word-cu.docx", compoundFile(["WordDocument"])),
    await reviewFile("d-2026.docx", sample("ke-hoach-2026-thcs.docx"), { today: new Date(2026, 11, 1) }),
  ];
  return outcomes.map((o, id) => ({ ...o, id }));
}

describe("one file of a batch", () => {
  test("a plan gives its form, year and counts; a broken file its precise reason, never a throw", async () => {
    const [mamNon, tieuHoc, legacy, thcs] = await rows();
    expect(mamNon).toMatchObject({ status: "read", form: "2018", items: 4, itemsWithGaps: 2, complete: false });
    expect(tieuHoc).toMatchObject({ status: "read", form: "2018", items: 4, itemsWithGaps: 0, complete: true });
    expect(thcs).toMatchObject({ status: "read", form: "2026", itemsWithGaps: 2, complete: false });
    // The school from the letterhead, the type from it or from the circular and codes (src/core/school).
    expect(thcs).toMatchObject({ school: "TRƯỜNG THCS TÂN PHÚ", schoolType: "trung-hoc", schoolYear: "2026-2027" });
    expect(mamNon).toMatchObject({ schoolType: "mam-non", schoolYear: "2023-2024" });
    expect(legacy).toMatchObject({ status: "unreadable", code: "legacy-doc" });
    expect(legacy!.status === "unreadable" && legacy!.reason).toMatch(/\.doc/);
    // The findings cross the worker boundary: plain data only.
    expect(JSON.parse(JSON.stringify(mamNon))).toEqual(mamNon);
  });

  test("a .zip gives its plans (system files left out) and a damaged one a reason", async () => {
    const zip = new JSZip();
    zip.file("b/ke-hoach.docx", sample("ke-hoach-mam-non.docx"));
    zip.file("a.docx", sample("ke-hoach-tieu-hoc.docx"));
    zip.file("~$a.docx", "lock");
    zip.file("__MACOSX/._a.docx", "fork");
    zip.file("ghi-chu.txt", "text");
    const entries = await archiveEntries("nop.zip", await zip.generateAsync({ type: "uint8array" }));
    expect(Array.isArray(entries) && entries.map((e) => e.name)).toEqual(["nop.zip › a.docx", "nop.zip › b/ke-hoach.docx"]);
    expect(await archiveEntries("hong.zip", new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]))).toMatchObject({ status: "unreadable", code: "bad-zip" });
    const empty = new JSZip();
    empty.file("ghi-chu.txt", "text");
    expect(await archiveEntries("rong.zip", await empty.generateAsync({ type: "uint8array" }))).toMatchObject({ code: "empty-zip" });
  });
});

describe("the batch table", () => {
  test("sorts by a column either way, unreadable files last; filters the schools still missing something", async () => {
    const all = await rows();
    expect(sortRows(all, "itemsWithGaps", "descending").map((r) => r.name)).toEqual(["b-mam-non.docx", "d-2026.docx", "a-tieu-hoc.docx", "c-word-cu.docx"]);
    expect(sortRows(all, "itemsWithGaps", "ascending").map((r) => r.name)).toEqual(["a-tieu-hoc.docx", "b-mam-non.docx", "d-2026.docx", "c-word-cu.docx"]);
    expect(sortRows(all, "name", "descending").map((r) => r.name)[0]).toBe("d-2026.docx");
    expect(onlyIncomplete(all).map((r) => r.name).sort()).toEqual(["b-mam-non.docx", "c-word-cu.docx", "d-2026.docx"]);
  });

  test("the .csv has a BOM, quotes what needs quoting and one line per file", async () => {
    const all = await rows();
    const withComma = { ...all[1]!, name: 'a, "quoted".docx' } as BatchRow;
    const csv = sheetToCsv(summarySheet([withComma, all[2]!]));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(csv.subarray(3)).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^"a, ""quoted"".docx",/);
    expect(lines[2]).toContain("Không đọc được");
    const findings = findingsSheet(all);
    expect(findings.rows.filter((r) => r[0] === "b-mam-non.docx").map((r) => r[2])).toEqual(["Tiêu chí 2.3", "Tiêu chí 5.3", "Tiêu chí 5.3"]);
  });

  test("file names for downloads lose diacritics and separators", () => {
    expect(fileSlug("Trường THCS Tân Phú / Kế hoạch.docx")).toBe("truong-thcs-tan-phu-ke-hoach");
    expect(fileSlug("…")).toBe("tai-lieu");
  });
});
