import type { Browser } from "playwright-core";
import { launchChromium, screenshot, seriousAxeViolations } from "./browser";
import { documentParagraphs, loadSample, openPreview, syncCount } from "./preview";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("preview page", () => {
  test("shows the task pane beside the sample plan, with its tables, and passes axe", async () => {
    const page = await openPreview(browser);
    await page.locator("#document").getByText("Cải tiến chất lượng giáo dục năm học 2026–2027").waitFor();
    expect(await page.locator("#document table").count()).toBeGreaterThanOrEqual(5);
    await page.locator("#document").getByText("Nội dung cải tiến", { exact: true }).first().waitFor();
    await screenshot(page, "preview-sample");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("Danh mục tiêu chí", () => {
  test("search without diacritics, pick with the keyboard, insert after the cursor in one sync", async () => {
    const page = await openPreview(browser);
    const anchor = documentParagraphs(page).filter({ hasText: "3. Địa chỉ: ấp Phú Lợi" });
    await anchor.click();
    const anchorIndex = Number(await anchor.getAttribute("data-p-index"));

    await page.getByRole("tab", { name: "Danh mục tiêu chí" }).click();
    const search = page.getByRole("combobox", { name: "Tìm tiêu chí" });
    await search.click();
    await page.keyboard.type("co so vat chat");
    const options = page.getByRole("option");
    await expect(options.first().innerText()).resolves.toContain("Cơ sở vật chất, thiết bị, học liệu");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("option", { selected: true }).innerText()).resolves.toMatch(/^1\.3/);
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("option", { selected: true }).innerText()).resolves.toMatch(/^4\.1/);
    await page.getByRole("heading", { name: /Tiêu chí 4\.1: Cơ sở vật chất/, level: 3 }).waitFor();

    const before = await syncCount(page);
    await page.keyboard.press("Enter");
    await page.getByText("Đã chèn Tiêu chí 4.1 vào tài liệu").waitFor();
    expect((await syncCount(page)) - before).toBe(1);

    const inserted = documentParagraphs(page).nth(anchorIndex + 1);
    await expect(inserted.innerText()).resolves.toBe(
      "Tiêu chí 4.1: Cơ sở vật chất, thiết bị, học liệu và hạ tầng kỹ thuật phục vụ hoạt động giáo dục",
    );
    await expect(documentParagraphs(page).nth(anchorIndex + 2).innerText()).resolves.toBe("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH");
    await screenshot(page, "preview-catalog-inserted");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test("inserts the chosen level texts as separate paragraphs", async () => {
    const page = await openPreview(browser);
    const anchor = documentParagraphs(page).filter({ hasText: "3. Địa chỉ: ấp Phú Lợi" });
    await anchor.click();
    const anchorIndex = Number(await anchor.getAttribute("data-p-index"));
    await page.getByRole("tab", { name: "Danh mục tiêu chí" }).click();
    await page.getByRole("combobox", { name: "Tìm tiêu chí" }).fill("tiêu chí 1.4");
    await page.getByRole("checkbox", { name: "Mức 2" }).uncheck();
    await page.getByRole("button", { name: "Chèn nội dung các mức" }).click();
    await page.getByText("Đã chèn nội dung Mức 1 của tiêu chí 1.4").waitFor();
    await expect(documentParagraphs(page).nth(anchorIndex + 1).innerText()).resolves.toMatch(/^Tiêu chí 1\.4: /);
    await expect(documentParagraphs(page).nth(anchorIndex + 2).innerText()).resolves.toMatch(/^Mức 1: \S/);
    await expect(documentParagraphs(page).nth(anchorIndex + 3).innerText()).resolves.toBe("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH");
    await page.context().close();
  });

  test("a document holding a 9-column plan and no choice of its own: the framework follows the plan, named as it is", async () => {
    const page = await openPreview(browser);
    await loadSample(page, "ke-hoach-mam-non.docx");
    await page.getByRole("tab", { name: "Danh mục tiêu chí" }).click();
    await page.getByText("Văn bản có bảng kế hoạch 9 cột theo mẫu các thông tư năm 2018.").waitFor();
    await expect(page.getByRole("combobox", { name: "Khung tiêu chí" }).innerText()).resolves.toMatch(/^Thông tư 17, 18, 19\/2018/);
    // Nothing to accept: the choice already follows the document.
    expect(await page.getByRole("button", { name: "Dùng khung này" }).count()).toBe(0);
    await page.context().close();
  });
});
