import type { Browser } from "playwright-core";
import { launchChromium, screenshot } from "./browser";
import { documentParagraphs, exportedDocument, openPreview, syncCount } from "./preview";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("Bảng kế hoạch: thêm tiêu chí vào bảng đã có", () => {
  test("2026 plan: new tasks continue the TT and new issue rows follow, old rows byte-for-byte, ≤ 2 syncs", async () => {
    const page = await openPreview(browser);
    const before = await exportedDocument(page);
    const oldRows = (t: number) => before.tables[t]!.rows.map((r) => before.documentXml.slice(r.start, r.end));

    // Cursor in the plan table (section V): a cell of task 2.
    await documentParagraphs(page).filter({ hasText: /^2$/ }).nth(1).click();
    await page.getByRole("tab", { name: "Bảng kế hoạch" }).click();
    await page.getByRole("checkbox", { name: /^2\.3 / }).check();
    await page.getByRole("checkbox", { name: /^4\.3 / }).check();
    const syncs = await syncCount(page);
    await page.getByRole("button", { name: "Thêm tiêu chí vào bảng kế hoạch đã có" }).click();
    await page.getByText(/^Đã thêm 4 dòng vào bảng kế hoạch/).waitFor();
    expect((await syncCount(page)) - syncs).toBeLessThanOrEqual(2); // 1 to read the tables, 1 to write
    await page.locator("#document tr").filter({ hasText: "Cải tiến tiêu chí 4.3" }).scrollIntoViewIfNeeded();
    await screenshot(page, "preview-plan-rows-added");

    const after = await exportedDocument(page);
    for (const t of [1, 2]) {
      const rows = after.tables[t]!.rows.map((r) => after.documentXml.slice(r.start, r.end));
      expect(rows.slice(0, oldRows(t).length)).toEqual(oldRows(t));
      expect(rows).toHaveLength(oldRows(t).length + 2);
    }
    const plan = after.tables[2]!.rows.map((r) => r.cells.map((c) => c.text));
    expect(plan.slice(-2).map((r) => [r[0], r[1]?.slice(0, 19)])).toEqual([
      ["7", "Cải tiến tiêu chí 2"],
      ["8", "Cải tiến tiêu chí 4"],
    ]);
    expect(plan.slice(-2).map((r) => r[1])).toEqual([expect.stringContaining("2.3"), expect.stringContaining("4.3")]);
    await page.context().close();
  });

  test("a blank document has no plan to add to: a clear message, nothing written", async () => {
    const page = await openPreview(browser, "?sample=blank");
    const before = (await exportedDocument(page)).documentXml;
    await page.getByRole("tab", { name: "Bảng kế hoạch" }).click();
    await page.getByRole("checkbox", { name: /^1\.4 / }).check();
    await page.getByRole("button", { name: "Thêm tiêu chí vào bảng kế hoạch đã có" }).click();
    await page.getByText("Văn bản chưa có bảng kế hoạch cải tiến chất lượng nào để chèn thêm tiêu chí.").waitFor();
    expect((await exportedDocument(page)).documentXml).toBe(before);
    await page.context().close();
  });
});
