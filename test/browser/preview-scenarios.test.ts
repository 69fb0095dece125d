/**
 * Real-document situations through the preview, as a principal meets them (docs/word-behaviours.md): the cursor
 * in the letterhead, a portrait document and "A4 ngang", a comment someone replied to, Word on the web refusing
 * comments. Each result is read back with src/ooxml.
 */
import type { Browser, Page } from "playwright-core";
import { readDocumentLayout } from "../../src/ooxml/read-sections";
import { launchChromium, screenshot } from "./browser";
import { exportedDocument, openPreview, syncCount } from "./preview";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function insertPlan(page: Page, orientation: "A4 ngang" | "A4 dọc"): Promise<void> {
  await page.getByRole("tab", { name: "Bảng kế hoạch" }).click();
  await page.getByRole("checkbox", { name: /^1\.4 / }).check();
  await page.getByRole("checkbox", { name: /^3\.1 / }).check();
  await page.getByRole("radio", { name: orientation }).check();
  await page.getByRole("button", { name: "Chèn kế hoạch mới tại con trỏ" }).click();
  await page.getByText(/^Đã chèn kế hoạch mới/).waitFor();
}

test("cursor in the letterhead: the plan goes after the letterhead table, the pane says so, 2 syncs", async () => {
  const page = await openPreview(browser);
  const before = await exportedDocument(page);
  await page.locator("#document [data-p-index]").filter({ hasText: "TRƯỜNG THCS TÂN PHÚ" }).first().click();
  const syncs = await syncCount(page);
  await insertPlan(page, "A4 ngang");
  expect((await syncCount(page)) - syncs).toBe(2);
  await page.getByText(/ngay sau bảng có con trỏ/).waitFor();
  await screenshot(page, "preview-plan-after-letterhead");
  const after = await exportedDocument(page);
  // Nothing nested in the letterhead; three new top-level tables.
  expect(after.tables.filter((t) => !t.isTopLevel)).toHaveLength(before.tables.filter((t) => !t.isTopLevel).length);
  expect(after.tables.filter((t) => t.isTopLevel)).toHaveLength(before.tables.filter((t) => t.isTopLevel).length + 3);
  const layout = readDocumentLayout(after.documentXml);
  for (const t of layout.tables.slice(1, 4)) expect(t.gridWidth).toBeLessThanOrEqual(layout.sections[t.section]!.textWidth);
  await page.context().close();
});

test("a portrait document and 'A4 ngang': the plan gets a landscape section of its own, the rest stays portrait", async () => {
  const page = await openPreview(browser, "?sample=blank");
  await page.locator("#document [data-p-index]").first().click();
  await insertPlan(page, "A4 ngang");
  await page.getByText(/khổ A4 ngang riêng/).waitFor();
  const layout = readDocumentLayout((await exportedDocument(page)).documentXml);
  expect(layout.sections.map((s) => s.orientation)).toEqual(["portrait", "landscape", "portrait"]);
  expect(layout.tables.every((t) => t.section === 1 && t.gridWidth <= layout.sections[1]!.textWidth)).toBe(true);
  await page.context().close();
});

test("a mark someone replied to survives 'Xóa đánh dấu', and the pane says how many it kept", async () => {
  const page = await openPreview(browser, "?wordapi=1.4");
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  await page.getByRole("switch", { name: /Đánh dấu trong văn bản/ }).check();
  const syncs = await syncCount(page);
  await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
  await page.getByText("Đã thêm 3 ghi chú vào các ô còn thiếu.").waitFor();
  expect((await syncCount(page)) - syncs).toBeLessThanOrEqual(2); // 1 to read the tables, 1 to mark
  // A colleague answers the first mark in Word.
  await page.evaluate(async () => {
    await Word.run(async (context) => {
      const comments = context.document.body.getComments().load("items");
      await context.sync();
      comments.items[0]!.reply("Đã bổ sung, nhờ thầy xem lại.");
      await context.sync();
    });
  });
  await page.getByRole("button", { name: "Xóa đánh dấu của Cải Tiến" }).click();
  await page.getByText(/Đã xóa 2 ghi chú do Cải Tiến thêm\. Giữ lại 1 ghi chú/).waitFor();
  const comments = (await exportedDocument(page)).readPart("word/comments.xml") ?? "";
  expect(comments).toContain("Đã bổ sung, nhờ thầy xem lại.");
  await page.context().close();
});

test("Word on the web refusing comments: a precise message, the findings shown, no mark in the document", async () => {
  const page = await openPreview(browser, "?wordapi=1.4&refusecomments=0");
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  await page.getByRole("switch", { name: /Đánh dấu trong văn bản/ }).check();
  await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
  await page.getByText(/Word không cho tiện ích thêm ghi chú.*NotAllowed/).waitFor();
  await page.getByText(/Nhiệm vụ 3: chưa ghi nguồn lực bảo đảm/).first().waitFor();
  expect((await exportedDocument(page)).documentXml).not.toContain("w:commentReference");
  await page.context().close();
});
