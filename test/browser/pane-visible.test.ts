import type { Browser, Locator, Page } from "playwright-core";
import { launchChromium, screenshot } from "./browser";
import { openPreview } from "./preview";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Whether the element is fully inside the window and inside every scrolling box around it: seen without scrolling. */
function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    if (box.height === 0 || box.top < 0 || box.bottom > window.innerHeight) return false;
    for (let parent = el.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
      const frame = parent.getBoundingClientRect();
      if (box.top < frame.top - 1 || box.bottom > frame.bottom + 1) return false;
    }
    return true;
  });
}

/** Whether `check` turns true within two seconds. */
async function settles(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** The last action's outcome: the live region's message. */
const statusOf = (page: Page) => page.locator("[data-action-status]:not(:empty)");

async function expectStatusInView(page: Page, text: RegExp, shot: string): Promise<void> {
  const status = statusOf(page);
  await status.filter({ hasText: text }).waitFor();
  // Announced: the message is in a live region that was in the page before it (polite, or assertive for errors).
  await expect(status.getAttribute("aria-live")).resolves.toMatch(/^(polite|assertive)$/);
  // Scrolled into view once the message has its final size (a frame or two after it appears).
  await expect(settles(() => inView(status))).resolves.toBe(true);
  await screenshot(page, shot);
}

describe("a 350-px-wide pane shows what each action did without scrolling", () => {
  test("plan, rows, catalog, check and report: the status is in view and in a live region", async () => {
    // Below 900 px the preview stacks the pane (full width, 350 px) above the document, as a narrow Word window does.
    const page = await openPreview(browser, "", { width: 350, height: 640 });
    await page.locator("#document [data-p-index]").filter({ hasText: "3. Địa chỉ: ấp Phú Lợi" }).click();

    await page.getByRole("tab", { name: "Bảng kế hoạch" }).click();
    await page.getByRole("checkbox", { name: /^1\.4 / }).check();
    await page.getByRole("checkbox", { name: /^3\.1 / }).check();
    await page.getByRole("button", { name: "Chèn kế hoạch mới tại con trỏ" }).click();
    await expectStatusInView(page, /./, "pane-350-plan");

    await page.getByRole("button", { name: "Thêm tiêu chí vào bảng kế hoạch đã có" }).click();
    await expectStatusInView(page, /./, "pane-350-rows");

    await page.getByRole("tab", { name: "Danh mục tiêu chí" }).click();
    const search = page.getByRole("combobox", { name: "Tìm tiêu chí" });
    await search.fill("4.1");
    await search.press("Enter");
    await expectStatusInView(page, /./, "pane-350-catalog");

    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await expectStatusInView(page, /^Đã kiểm tra văn bản: [^:]+, \d+ thiếu thông tin\.$/, "pane-350-check");

    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await page.getByRole("button", { name: "Tạo bảng báo cáo" }).click();
    await expectStatusInView(page, /./, "pane-350-report");
    await page.context().close();
  });
});

describe("the preview's document view", () => {
  test("scrolls to the cell of a clicked finding", async () => {
    const page = await openPreview(browser, "", { width: 1280, height: 720 });
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra văn bản" }).click();
    const finding = page.getByRole("button", { name: "Nhiệm vụ 5: chưa ghi đơn vị/cá nhân phụ trách" });
    await finding.waitFor();
    // The document starts at its top: task 5's row is far below the fold.
    const cell = () => page.locator("#document td:has(.is-selected)");
    await finding.click();
    await cell().waitFor();
    await page.waitForFunction(() => {
      const region = document.querySelector("[data-document-region]")!.getBoundingClientRect();
      const box = document.querySelector("#document td:has(.is-selected)")!.getBoundingClientRect();
      return box.top >= region.top && box.bottom <= region.bottom;
    });
    await expect(inView(cell())).resolves.toBe(true);
    await expect(page.locator("[data-document-region]").evaluate((el) => el.scrollTop)).resolves.toBeGreaterThan(0);
    await screenshot(page, "preview-finding-scrolled");
    await page.context().close();
  });

  test("follows the system's dark preference, and fits a narrow window without sideways page scrolling", async () => {
    const { page } = { page: await (await browser.newContext({ colorScheme: "dark", viewport: { width: 1280, height: 720 } })).newPage() };
    await page.goto(`${process.env.CAITIEN_TEST_URL}/preview.html`);
    await page.getByRole("heading", { name: "Cải Tiến", level: 1, exact: true }).waitFor();
    await expect(page.evaluate(() => document.body.classList.contains("theme-dark"))).resolves.toBe(true);
    const paneBackground = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    const [r = 255, g = 255, b = 255] = (paneBackground.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await screenshot(page, "preview-dark");
    await page.context().close();

    const light = await (await browser.newContext({ colorScheme: "light", viewport: { width: 360, height: 720 } })).newPage();
    await light.goto(`${process.env.CAITIEN_TEST_URL}/preview.html`);
    await light.locator("#document .w-page").waitFor();
    await expect(light.evaluate(() => document.body.classList.contains("theme-dark"))).resolves.toBe(false);
    // The window never scrolls sideways; a page wider than it scrolls inside the document region.
    await expect(light.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
    await screenshot(light, "preview-narrow");
    await light.context().close();
  });
});
