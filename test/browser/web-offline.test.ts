import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { download, dropFiles, openWeb, sample } from "./web";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test("after a first load the page works with the network blocked: reload, batch review, workbook export", async () => {
  const { page, externalRequests } = await openWeb(browser);
  // The service worker has stored the page's files and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
    }
  });
  await page.context().setOffline(true);
  await page.reload();
  await page.getByRole("heading", { name: "Cải Tiến trên web", level: 1 }).waitFor();
  await dropFiles(page, [{ name: "mam-non.docx", bytes: sample("ke-hoach-mam-non.docx") }]);
  await page.getByText("1 tệp: 0 đầy đủ, 1 còn thiếu, 0 không đọc được.").waitFor();
  const xlsx = await download(page, () => page.getByRole("button", { name: "Bảng tổng hợp (.xlsx)" }).click());
  expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  await page.getByRole("tab", { name: "Tra cứu tiêu chí" }).click();
  await page.getByRole("searchbox").waitFor();
  expect(externalRequests).toEqual([]);
  await page.context().close();
}, 90_000);
