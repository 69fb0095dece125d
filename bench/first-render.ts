import { launchChromium, openPage } from "../test/browser/browser";
import type { Figure } from "./figure";
import { median } from "./figure";

/** Time from navigation start to the pane's heading being in the DOM, in Chromium, fresh context each run. */
export async function taskpaneFirstRender(runs = 5): Promise<Figure> {
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const { page } = await openPage(browser, "taskpane.html");
      const handle = await page.waitForFunction(() => (document.querySelector("h1") ? performance.now() : 0));
      const elapsed = (await handle.jsonValue()) as number;
      if (i > 0) times.push(elapsed); // the first run warms the disk cache of the server
      await page.context().close();
    }
    return { name: "taskpane-first-render", value: Math.round(median(times)), unit: "ms", detail: { runs, times: times.map(Math.round) } };
  } finally {
    await browser.close();
  }
}
