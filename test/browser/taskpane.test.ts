import type { Browser } from "playwright-core";
import { launchChromium, openPage, screenshot, seriousAxeViolations } from "./browser";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("task pane (production build, fake Word host in place of office.js)", () => {
  test("renders the four jobs, makes no network request of its own, and passes axe", async () => {
    const { page, externalRequests, consoleErrors } = await openPage(browser, "taskpane.html");
    await page.getByRole("heading", { name: "Cải Tiến", level: 1 }).waitFor();
    const tabs = page.getByRole("tab");
    // innerText, not textContent: Fluent keeps a hidden bold copy of each label to reserve its width.
    expect(await tabs.allInnerTexts()).toEqual(["Bảng kế hoạch", "Danh mục tiêu chí", "Kiểm tra", "Báo cáo"]);
    expect(await page.getByRole("tab", { selected: true }).innerText()).toBe("Bảng kế hoạch");
    await screenshot(page, "taskpane-light");

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  test("tabs switch with the mouse and with the keyboard", async () => {
    const { page } = await openPage(browser, "taskpane.html");
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await expect(page.getByRole("tab", { selected: true }).innerText()).resolves.toBe("Kiểm tra");
    await page.getByRole("heading", { name: "Kiểm tra", level: 2 }).waitFor();

    // Arrow keys move between tabs (roving focus); Enter or Space selects, as in Office's own panes.
    await page.getByRole("tab", { name: "Kiểm tra" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("tab", { selected: true }).innerText()).resolves.toBe("Báo cáo");
    await page.getByRole("heading", { name: "Báo cáo", level: 2 }).waitFor();
    await page.keyboard.press("Home");
    await page.keyboard.press("Space");
    await expect(page.getByRole("tab", { selected: true }).innerText()).resolves.toBe("Bảng kế hoạch");
    await page.context().close();
  });

  test("follows a dark Office theme", async () => {
    const { page } = await openPage(browser, "taskpane.html?theme=dark&wordapi=1.4");
    await page.getByRole("heading", { name: "Cải Tiến", level: 1 }).waitFor();
    const background = await page.evaluate(() => {
      const provider = document.querySelector(".fui-FluentProvider");
      return provider ? getComputedStyle(provider).backgroundColor : "";
    });
    const [r, g, b] = (background.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(200);
    await page.getByText("Word API 1.4").waitFor();
    await screenshot(page, "taskpane-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test("says clearly that it needs Word when office.js cannot be loaded", async () => {
    const { page } = await openPage(browser, "taskpane.html", { officeJs: "unavailable" });
    await page.getByText("Cải Tiến cần chạy trong Microsoft Word").waitFor();
    await page.getByText("Không tải được thư viện Office (office.js)").waitFor();
    await screenshot(page, "taskpane-outside-office");
    await page.context().close();
  });

  test("says clearly that it needs Word when opened in a plain browser tab", async () => {
    const { page } = await openPage(browser, "taskpane.html", { officeJs: "no-host" });
    await page.getByText("Cải Tiến cần chạy trong Microsoft Word").waitFor();
    await page.getByText("bên ngoài Word").waitFor();
    await page.context().close();
  });
});
