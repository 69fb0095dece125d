import fs from "node:fs";
import path from "node:path";
import { launchChromium, openPage } from "../test/browser/browser";
import { dropFiles } from "../test/browser/web";
import type { Figure } from "./figure";
import { median } from "./figure";

const SAMPLES = path.resolve(__dirname, "../samples");
const PLANS = ["ke-hoach-2026-thcs.docx", "ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "bao-cao-tieu-hoc.docx"];

/** Files per second of the web page's district review in Chromium: 200 typical plans (the samples) dropped at once. */
export async function webBatchThroughput(files = 200, runs = 3): Promise<Figure> {
  const plans = Array.from({ length: files }, (_, i) => {
    const source = PLANS[i % PLANS.length]!;
    return { name: `truong-${i + 1}-${source}`, bytes: fs.readFileSync(path.join(SAMPLES, source)) };
  });
  const browser = await launchChromium();
  try {
    const rates: number[] = [];
    for (let run = 0; run < runs + 1; run++) {
      const { page } = await openPage(browser, "web.html", { viewport: { width: 1400, height: 900 } });
      await page.getByRole("heading", { name: "Kéo thả kế hoạch của các trường vào đây" }).waitFor();
      await page.evaluate(() =>
        document.addEventListener("drop", () => ((window as unknown as { dropAt: number }).dropAt = performance.now()), { capture: true }),
      );
      await dropFiles(page, plans);
      const handle = await page.waitForFunction(
        (count) => (document.body.textContent?.includes(`${count} tệp:`) ? performance.now() : 0),
        files,
        { timeout: 120_000, polling: 20 },
      );
      const start = await page.evaluate(() => (window as unknown as { dropAt: number }).dropAt);
      const seconds = ((await handle.jsonValue()) - start) / 1000;
      if (run > 0) rates.push(files / seconds); // the first run warms the server's disk cache and the browser
      await page.context().close();
    }
    return {
      name: "web-batch-files-per-second",
      value: Math.round(median(rates)),
      unit: "files/s",
      detail: { files, runs, rates: rates.map(Math.round), goal: ">= 100", measured: "from the drop event to the summary line under the table" },
    };
  } finally {
    await browser.close();
  }
}
