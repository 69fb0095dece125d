import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { findBrowser } from "./find-browser";

const ROOT = path.resolve(__dirname, "../..");
export const RESULTS_DIR = path.join(ROOT, "test-results");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STAND_IN = path.join(ROOT, "dist-test/office-stand-in.js");

export function baseUrl(): string {
  const url = process.env.CAITIEN_TEST_URL;
  if (!url) throw new Error("CAITIEN_TEST_URL is not set: browser tests run through jest's browser project.");
  return url;
}

/**
 * A headless Chromium-family browser (see find-browser.ts for which), with the flags that keep it off this machine's
 * closed network. --no-sandbox: CI runs as root, where Chromium refuses to start sandboxed.
 */
export async function launchChromium(): Promise<Browser> {
  const found = await findBrowser();
  return chromium.launch({
    executablePath: found.executablePath,
    env: { ...process.env, ...found.env },
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Requests that left 127.0.0.1, other than office.js: the add-in must make none. */
  externalRequests: string[];
  consoleErrors: string[];
}

/**
 * Opens a page of the built add-in. office.js is answered with the fake host (or a 404 when `officeJs` is
 * "unavailable", as when the CDN cannot be reached, or a host-less Office for "no-host"); every other request off the test server is refused and recorded.
 */
export async function openPage(
  browser: Browser,
  pagePath: string,
  options: { officeJs?: "fake" | "unavailable" | "no-host"; viewport?: { width: number; height: number } } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 360, height: 720 }, locale: "vi-VN" });
  const page = await context.newPage();
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  const base = baseUrl();
  await context.route(
    (url) => !url.href.startsWith(base),
    async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) {
        if (options.officeJs === "unavailable") return route.fulfill({ status: 404, body: "" });
        if (options.officeJs === "no-host") {
          // What office.js does in a plain browser tab: onReady resolves without a host.
          const body = 'window.Office={HostType:{Word:"Word"},onReady:function(){return Promise.resolve({host:null,platform:null});}};';
          return route.fulfill({ status: 200, contentType: "text/javascript", body });
        }
        return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(STAND_IN, "utf8") });
      }
      externalRequests.push(url);
      return route.abort();
    },
  );
  await page.goto(`${base}/${pagePath}`);
  return { page, externalRequests, consoleErrors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the violations rated serious or critical. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: a <script> tag would be inline script, which the pages' policy refuses.
  await page.evaluate(fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Fluent's focus manager (tabster) puts aria-hidden focus sentinels around some widgets; they hand focus on at
    // once and are never read, a known axe false positive (microsoft/fluentui#25133), so they are left out.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
