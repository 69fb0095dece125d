import type { Browser, Page } from "playwright-core";
import { launchChromium, screenshot, seriousAxeViolations } from "./browser";
import fs from "node:fs";
import path from "node:path";
import { planTableIndexes } from "../../src/core/report";
import { readDocxDocument } from "../../src/ooxml/read-document";
import { reportDocx } from "../../src/ooxml/report-docx";
import { SAMPLES, exportedDocument, loadDocxBytes, loadSample, openPreview, syncCount } from "./preview";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Where the preview's cursor is: the selected paragraph's table row (its first cell's text) and cell position. */
const cursorCell = (page: Page) =>
  page.evaluate(() => {
    const selected = document.querySelector("#document [data-p-index].is-selected");
    const cell = selected?.closest("td");
    const row = cell?.closest("tr");
    return { firstCell: row?.querySelector("td")?.innerText.trim() ?? null, cellIndex: cell?.cellIndex ?? null };
  });

const addinComments = (xml: string | undefined) => (xml?.match(/<w:comment\b/g) ?? []).length;

describe("Kiểm tra", () => {
  test("finds every gap of the 2026 sample, and a click selects the empty cell", async () => {
    const page = await openPreview(browser);
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const before = await syncCount(page);
    await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await page.getByRole("heading", { name: "6 nhiệm vụ, 2 thời điểm theo dõi, 2 thiếu thông tin", level: 3 }).waitFor();
    expect((await syncCount(page)) - before).toBe(1); // every table's OOXML, walking getNextOrNullObject

    const findings = page.getByRole("button", { name: /^Nhiệm vụ \d: chưa ghi/ });
    expect(await findings.allInnerTexts()).toEqual([
      "Nhiệm vụ 3: chưa ghi nguồn lực bảo đảm",
      "Nhiệm vụ 5: chưa ghi thời gian thực hiện",
      "Nhiệm vụ 5: chưa ghi đơn vị/cá nhân phụ trách",
    ]);
    await screenshot(page, "preview-check");
    expect(await seriousAxeViolations(page)).toEqual([]);

    const beforeClick = await syncCount(page);
    await findings.first().click();
    await page.waitForFunction(() => document.querySelector("#document .is-selected")?.closest("td") !== null);
    expect((await syncCount(page)) - beforeClick).toBeLessThanOrEqual(2);
    // Task 3's row, column (8) "Nguồn lực bảo đảm": the eighth cell.
    await expect(cursorCell(page)).resolves.toEqual({ firstCell: "3", cellIndex: 7 });
    await page.context().close();
  });

  test("selects the right cell in a plan with a row split by a PDF round trip (continuation row)", async () => {
    const page = await openPreview(browser);
    await loadSample(page, "ke-hoach-mam-non.docx");
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await page.getByRole("heading", { name: "4 tiêu chí, 2 thiếu thông tin", level: 3 }).waitFor();
    await page.getByRole("button", { name: "Tiêu chí 5.3: chưa ghi dự kiến kinh phí" }).click();
    await page.waitForFunction(() => document.querySelector("#document .is-selected")?.closest("td") !== null);
    const where = await page.evaluate(() => {
      const cell = document.querySelector("#document .is-selected")!.closest("td")!;
      return { rowText: cell.closest("tr")!.innerText, cellIndex: cell.cellIndex };
    });
    expect(where.rowText).toContain("Tiêu chí 5.3");
    expect(where.cellIndex).toBe(6);
    await page.context().close();
  });

  test("marks the gaps with comments (WordApi 1.4) and removes exactly its own comments", async () => {
    const page = await openPreview(browser, "?wordapi=1.4");
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("switch", { name: /Đánh dấu trong văn bản/ }).check();
    const before = await syncCount(page);
    await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await page.getByText("Đã thêm 3 ghi chú vào các ô còn thiếu.").waitFor();
    expect((await syncCount(page)) - before).toBeLessThanOrEqual(2); // 1 to read the tables, 1 to mark

    const marked = await exportedDocument(page);
    const commentsXml = marked.readPart("word/comments.xml") ?? undefined;
    expect(addinComments(commentsXml)).toBe(3);
    expect(commentsXml).toContain("[Cải Tiến] Nhiệm vụ 3: chưa ghi nguồn lực bảo đảm");

    await page.getByRole("button", { name: "Xóa đánh dấu của Cải Tiến" }).click();
    await page.getByText("Đã xóa 3 ghi chú do Cải Tiến thêm.").waitFor();
    const cleaned = await exportedDocument(page);
    expect(addinComments(cleaned.readPart("word/comments.xml") ?? undefined)).toBe(0);
    expect(cleaned.documentXml).not.toContain("w:commentReference");
    await screenshot(page, "preview-check-comments-removed");
    await page.context().close();
  });

  test("without WordApi 1.4 the comment options are hidden", async () => {
    const page = await openPreview(browser, "?wordapi=1.3");
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra văn bản" }).waitFor();
    expect(await page.getByRole("switch").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Xóa đánh dấu của Cải Tiến" }).count()).toBe(0);
    await page.context().close();
  });

  test("a report alone: the 2018 sample report is all clear on results; caitien report's monitoring table is checked for them", async () => {
    const page = await openPreview(browser);
    await loadSample(page, "bao-cao-tieu-hoc.docx");
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await page.getByRole("heading", { name: "11 tiêu chí, 0 thiếu thông tin", level: 3 }).waitFor();
    await page.getByText("Mọi mục đã ghi kết quả thực hiện.").waitFor();
    expect(await page.getByText("Mọi mục đã ghi đủ kinh phí", { exact: false }).count()).toBe(0);

    const plan = await readDocxDocument(fs.readFileSync(path.join(SAMPLES, "ke-hoach-2026-thcs.docx")));
    const monitoring = await reportDocx(plan, planTableIndexes(plan.model)[0]!, { points: ["hk1", "cuoi-nam"] });
    await loadDocxBytes(page, monitoring, "theo-doi.docx");
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await page.getByRole("heading", { name: "2 thời điểm theo dõi, 2 thiếu thông tin", level: 3 }).waitFor();
    await page.getByRole("button", { name: "Cuối học kỳ I: chưa ghi kết quả thực hiện" }).waitFor();
    expect(await page.getByText("không bảng nào là bảng kế hoạch", { exact: false }).count()).toBe(0);
    await page.context().close();
  });
});
