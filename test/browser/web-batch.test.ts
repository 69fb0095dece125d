import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import type { Browser, Page } from "playwright-core";
import { openDocx, readTables } from "../../src/ooxml";
import { buildDocx, compoundFile, paragraph } from "../support/docx-builder";
import { launchChromium, screenshot, seriousAxeViolations } from "./browser";
import { download, dropFiles, expectedOf, expectedRow, openWeb, sample, type NamedBytes } from "./web";

/** How the page names the school types of samples/*.expected.json. */
const SCHOOL_TYPE_LABELS: Record<string, string> = { "mam-non": "Mầm non", "tieu-hoc": "Tiểu học", "trung-hoc": "THCS–THPT" };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const SAMPLE_NAMES = ["ke-hoach-2026-thcs.docx", "ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "bao-cao-tieu-hoc.docx"];

/** What each broken file is, and a word its reason must contain. */
interface Broken extends NamedBytes {
  reason: RegExp;
}

async function brokenFiles(): Promise<Broken[]> {
  const plan = sample("ke-hoach-mam-non.docx");
  return [
    { name: "truong-rong.docx", bytes: Buffer.alloc(0), reason: /trống/ },
    { name: "truong-tai-do-dang.docx", bytes: plan.subarray(0, Math.floor(plan.length / 2)), reason: /bị hỏng hoặc chưa tải về đầy đủ/ },
    { name: "truong-word-cu.docx", bytes: Buffer.from(compoundFile(["WordDocument"])), reason: /Word cũ \(\.doc\)/ },
    { name: "truong-mat-khau.docx", bytes: Buffer.from(compoundFile(["EncryptionInfo", "EncryptedPackage"])), reason: /mật khẩu/ },
    { name: "truong-pdf.docx", bytes: Buffer.from("%PDF-1.7\n…"), reason: /không phải tài liệu Word/ },
  ];
}

/** 50 files: the four samples and copies of them under other names, a plan without a table, and broken files. */
async function fiftyFiles(): Promise<{ files: NamedBytes[]; broken: Broken[]; noTable: string }> {
  const broken = await brokenFiles();
  const noTable = "truong-khong-co-bang.docx";
  const files: NamedBytes[] = [...broken, { name: noTable, bytes: Buffer.from(await buildDocx(paragraph("Kế hoạch cải tiến chất lượng năm học 2025 – 2026"))) }];
  for (let i = 0; files.length < 50; i++) {
    const source = SAMPLE_NAMES[i % SAMPLE_NAMES.length]!;
    files.push({ name: `truong-${String(i + 1).padStart(2, "0")}-${source}`, bytes: sample(source) });
  }
  return { files, broken, noTable };
}

interface ShownRow {
  name: string;
  status: string;
  cells: string[];
}

const shownRows = (page: Page): Promise<ShownRow[]> =>
  page.$$eval("tr[data-row-status]", (rows) =>
    rows.map((tr) => ({
      name: (tr.querySelector("td") as HTMLElement).innerText.trim(),
      status: (tr as HTMLElement).dataset.rowStatus ?? "",
      cells: Array.from(tr.querySelectorAll("td"), (td) => (td as HTMLElement).innerText.trim()),
    })),
  );

/** A sheet of an .xlsx read from its XML parts (shared strings resolved): rows of cell texts. */
async function readSheet(zip: JSZip, sheetPath: string): Promise<{ rows: string[][]; xml: string }> {
  const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
  const shared = Array.from(parse(await zip.file("xl/sharedStrings.xml")!.async("string")).getElementsByTagName("si"), (si) => si.textContent ?? "");
  const xml = await zip.file(sheetPath)!.async("string");
  const rows = Array.from(parse(xml).getElementsByTagName("row"), (row) =>
    Array.from(row.getElementsByTagName("c"), (c) => {
      const v = c.getElementsByTagName("v")[0]?.textContent ?? "";
      return c.getAttribute("t") === "s" ? shared[Number(v)]! : v;
    }),
  );
  return { rows, xml };
}

const wordTexts = (documentXml: string): string =>
  Array.from(new DOMParser().parseFromString(documentXml, "text/xml").getElementsByTagName("w:p"), (p) =>
    Array.from(p.getElementsByTagName("w:t"), (t) => t.textContent).join(""),
  ).join("\n");

describe("Kiểm tra hàng loạt", () => {
  test("50 files dropped at once: one row each, the expected counts, precise reasons; sort, filter, open, exports", async () => {
    const { page, externalRequests, consoleErrors } = await openWeb(browser);
    await page.getByText("không tài liệu nào rời khỏi máy", { exact: false }).waitFor();
    const { files, broken, noTable } = await fiftyFiles();
    await page.getByRole("heading", { name: "Kéo thả kế hoạch của các trường vào đây" }).waitFor();
    await dropFiles(page, files);
    await page.getByText("50 tệp:", { exact: false }).waitFor({ timeout: 60_000 });

    const rows = await shownRows(page);
    expect(rows.map((r) => r.name).sort()).toEqual(files.map((f) => f.name).sort());
    for (const file of files) {
      const row = rows.find((r) => r.name === file.name)!;
      const brokenFile = broken.find((b) => b.name === file.name);
      if (brokenFile) {
        expect(row.status).toBe("unreadable");
        expect(row.cells[1]).toMatch(brokenFile.reason);
        continue;
      }
      if (file.name === noTable) {
        expect(row.status).toBe("incomplete");
        continue;
      }
      const source = SAMPLE_NAMES.find((s) => file.name.endsWith(s))!;
      const expected = expectedRow(source);
      // Tệp | Trường | Cấp học | Mẫu | Năm học | Số mục | Mục còn thiếu | Cảnh báo | Kết quả
      expect({ form: row.cells[3], items: Number(row.cells[5]), itemsWithGaps: Number(row.cells[6]), status: row.status }).toEqual({
        form: expected.form,
        items: expected.items,
        itemsWithGaps: expected.itemsWithGaps,
        status: expected.complete ? "complete" : "incomplete",
      });
      expect(row.cells[4]).toMatch(/^(\d{4}-\d{4}|—)$/);
      expect(row.cells[2]).toBe(SCHOOL_TYPE_LABELS[expectedOf(source).schoolType]);
      // The school as its letterhead writes it (the issue's own example), or "chưa rõ" where the document is unclear.
      if (source === "ke-hoach-2026-thcs.docx") expect(row.cells[1]).toBe("TRƯỜNG THCS TÂN PHÚ");
      else if (row.cells[1] !== "chưa rõ") expect(wordTexts((await openDocx(sample(source))).documentXml)).toContain(row.cells[1]);
    }
    await screenshot(page, "web-batch-50");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Filter: only the schools still missing something (unreadable files included).
    await page.getByRole("checkbox", { name: "Chỉ trường còn thiếu" }).check();
    const filtered = await shownRows(page);
    expect(filtered.length).toBe(rows.filter((r) => r.status !== "complete").length);
    expect(filtered.every((r) => r.status !== "complete")).toBe(true);
    await page.getByRole("checkbox", { name: "Chỉ trường còn thiếu" }).uncheck();

    // Sort by "Mục còn thiếu", descending: the counts come out in order, and the header says so.
    const gapsHeader = page.getByRole("columnheader", { name: "Mục còn thiếu" });
    await gapsHeader.getByRole("button").click();
    await gapsHeader.getByRole("button").click();
    expect(await gapsHeader.getAttribute("aria-sort")).toBe("descending");
    const gaps = (await shownRows(page)).filter((r) => r.status !== "unreadable").map((r) => Number(r.cells[6]));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));

    // The summary and findings as a workbook: two sheets, header frozen, columns sized, one row per file.
    const xlsx = await download(page, () => page.getByRole("button", { name: "Bảng tổng hợp (.xlsx)" }).click());
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const workbook = await JSZip.loadAsync(xlsx.bytes);
    const sheetNames = Array.from(
      new DOMParser().parseFromString(await workbook.file("xl/workbook.xml")!.async("string"), "text/xml").getElementsByTagName("sheet"),
      (s) => s.getAttribute("name"),
    );
    expect(sheetNames).toEqual(["Tổng hợp", "Nhận xét"]);
    const summary = await readSheet(workbook, "xl/worksheets/sheet1.xml");
    expect(summary.rows[0]).toEqual(expect.arrayContaining(["Tệp", "Trường", "Mẫu", "Năm học", "Mục còn thiếu", "Kết quả"]));
    expect(summary.rows.slice(1).map((r) => r[0]).sort()).toEqual(files.map((f) => f.name).sort());
    expect(summary.xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"|<pane[^>]*state="frozen"[^>]*ySplit="1"/);
    expect(summary.xml).toMatch(/<col [^>]*width="\d+"/);
    const mamNon = summary.rows.find((r) => r[0] === "truong-02-ke-hoach-mam-non.docx")!;
    expect(mamNon).toContain("Còn thiếu");
    const findingsSheet = await readSheet(workbook, "xl/worksheets/sheet2.xml");
    const mamNonFindings = findingsSheet.rows.filter((r) => r[0] === "truong-02-ke-hoach-mam-non.docx");
    expect(mamNonFindings.some((r) => r.includes("Tiêu chí 5.3") && r.some((c) => /kinh phí/.test(c)))).toBe(true);
    const truncated = summary.rows.find((r) => r[0] === "truong-tai-do-dang.docx")!;
    expect(truncated.join(" ")).toMatch(/bị hỏng hoặc chưa tải về đầy đủ/);

    // The same as .csv: UTF-8 with a byte-order mark, one line per file plus the header.
    const csv = await download(page, () => page.getByRole("button", { name: "Tổng hợp (.csv)" }).click());
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvLines = csv.bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
    expect(csvLines).toHaveLength(51);
    expect(csvLines[0]).toContain("Mục còn thiếu");
    expect(csvLines.some((l) => l.startsWith("truong-02-ke-hoach-mam-non.docx,") && l.includes("Còn thiếu"))).toBe(true);

    // Review records: the letterhead typed once (and kept across a reload), one record per readable plan in a .zip.
    await page.getByRole("textbox", { name: "Cơ quan chủ quản (dòng đầu tiêu đề)" }).fill("UBND HUYỆN TÂN PHÚ");
    await page.getByRole("textbox", { name: "Địa danh (dòng ngày tháng)" }).fill("Tân Phú");
    const records = await download(page, () => page.getByRole("button", { name: "Biên bản kiểm tra của mọi trường (.zip)" }).click());
    const recordZip = await JSZip.loadAsync(records.bytes);
    const recordNames = Object.keys(recordZip.files);
    const readable = rows.filter((r) => r.status !== "unreadable").length;
    expect(recordNames).toHaveLength(readable);
    const record = await openDocx(await recordZip.file(recordNames.find((n) => n.includes("mam-non"))!)!.async("uint8array"));
    const text = wordTexts(record.documentXml);
    expect(text).toContain("UBND HUYỆN TÂN PHÚ");
    expect(text).toContain("KIỂM TRA KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
    expect(text).toContain("Nhận xét của đoàn kiểm tra");
    expect(text).toMatch(/Tân Phú, ngày \d{2} tháng \d{2} năm \d{4}/);
    expect(text).toMatch(/Tiêu chí 5\.3:\n(– .*\n)*– chưa ghi dự kiến kinh phí\n/);
    expect(text).toContain("TRƯỞNG ĐOÀN KIỂM TRA");
    expect(readTables(record.documentXml).filter((t) => t.isTopLevel)).toHaveLength(2); // letterhead and signatures

    // A row opens the plan: findings grouped by item beside the plan, its empty required cells highlighted.
    await page.getByRole("button", { name: "Xem truong-02-ke-hoach-mam-non.docx" }).click();
    await page.getByRole("heading", { name: "truong-02-ke-hoach-mam-non.docx", level: 2 }).waitFor();
    await page.getByRole("heading", { name: "Tiêu chí 5.3", level: 4 }).waitFor();
    const missing = page.locator("td.is-missing");
    expect(await missing.count()).toBe(3); // the sample's three empty required cells (samples/README.md)
    expect(await missing.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining("Ô còn thiếu")]));
    await screenshot(page, "web-batch-plan");
    expect(await seriousAxeViolations(page)).toEqual([]);
    const one = await download(page, () => page.getByRole("button", { name: "Biên bản kiểm tra (.docx)" }).click());
    expect(wordTexts((await openDocx(one.bytes)).documentXml)).toContain("chưa ghi dự kiến kinh phí");
    await page.getByRole("button", { name: "Quay lại danh sách" }).click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe("Xem truong-02-ke-hoach-mam-non.docx");

    await page.reload();
    await page.getByRole("heading", { name: "Cải Tiến trên web", level: 1 }).waitFor();
    await dropFiles(page, [{ name: "mot-truong.docx", bytes: sample("ke-hoach-tieu-hoc.docx") }]);
    await page.getByText("1 tệp:", { exact: false }).waitFor();
    await expect(page.getByRole("textbox", { name: "Cơ quan chủ quản (dòng đầu tiêu đề)" }).inputValue()).resolves.toBe("UBND HUYỆN TÂN PHÚ");

    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("a chosen folder gives one row per file in it and its subfolders, system files left out", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "caitien-web-"));
    const root = path.join(folder, "ke-hoach-2026");
    fs.mkdirSync(path.join(root, "thcs"), { recursive: true });
    fs.writeFileSync(path.join(root, "mam-non.docx"), sample("ke-hoach-mam-non.docx"));
    fs.writeFileSync(path.join(root, "thcs", "tan-phu.docx"), sample("ke-hoach-2026-thcs.docx"));
    fs.writeFileSync(path.join(root, ".DS_Store"), "finder");
    fs.writeFileSync(path.join(root, "~$n-phu.docx"), "lock");
    try {
      const { page } = await openWeb(browser);
      await page.getByTestId("batch-folder").setInputFiles(root);
      await page.getByText("2 tệp:", { exact: false }).waitFor();
      expect((await shownRows(page)).map((r) => r.name).sort()).toEqual(["ke-hoach-2026/mam-non.docx", "ke-hoach-2026/thcs/tan-phu.docx"]);
      await page.context().close();
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  test("a .zip of plans gives one row per plan inside it", async () => {
    const { page } = await openWeb(browser);
    const zip = new JSZip();
    zip.file("phong-gd/thcs.docx", sample("ke-hoach-2026-thcs.docx"));
    zip.file("phong-gd/mam-non.docx", sample("ke-hoach-mam-non.docx"));
    zip.file("phong-gd/ghi-chu.txt", "not a plan");
    zip.file("__MACOSX/phong-gd/._thcs.docx", "resource fork");
    const bytes = Buffer.from(await zip.generateAsync({ type: "uint8array" }));
    await page.getByTestId("batch-files").setInputFiles([{ name: "ho-so.zip", mimeType: "application/zip", buffer: bytes }]);
    await page.getByText("2 tệp:", { exact: false }).waitFor();
    const rows = await shownRows(page);
    expect(rows.map((r) => r.name).sort()).toEqual(["ho-so.zip › phong-gd/mam-non.docx", "ho-so.zip › phong-gd/thcs.docx"]);
    await page.getByRole("button", { name: "Xem ho-so.zip › phong-gd/thcs.docx" }).click();
    await page.getByRole("heading", { name: "Nhiệm vụ 5", level: 4 }).waitFor();
    expect(await page.locator("td.is-missing").count()).toBe(3);
    await page.context().close();
  }, 60_000);
});
