import fs from "node:fs";
import path from "node:path";
import { pageBundleSize } from "../../bench/bundle-size";

const DIST = path.resolve(__dirname, "../../dist");

// A deterministic budget: the JavaScript web.html loads before its first render, gzip-compressed.
test("the web page's initial JavaScript stays within 200 KB gzip, without the workbook writer", () => {
  const [raw, gzip] = pageBundleSize(DIST, "web.html", "web");
  const scripts = raw!.detail!.scripts as string[];
  expect(scripts).toEqual([expect.stringMatching(/^web\.[0-9a-f]{8}\.js$/)]);
  expect(gzip!.value).toBeGreaterThan(50);
  expect(gzip!.value).toBeLessThanOrEqual(200);
  // The workbook writer's worksheet part path is in the build, in a chunk of its own, never in the initial script.
  const marker = "xl/worksheets/";
  const initial = scripts.map((s) => fs.readFileSync(path.join(DIST, s), "utf8")).join("");
  expect(initial).not.toContain(marker);
  const chunks = fs.readdirSync(path.join(DIST, "chunks")).filter((f) => f.endsWith(".js"));
  expect(chunks.some((c) => fs.readFileSync(path.join(DIST, "chunks", c), "utf8").includes(marker))).toBe(true);
});

test("the service worker keeps the page, its scripts and the workbook writer's chunk, and only files that exist", () => {
  const script = fs.readFileSync(path.join(DIST, "sw-web.js"), "utf8");
  const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(script);
  expect(literal).not.toBeNull();
  const files = JSON.parse(JSON.parse(literal![1]!) as string) as string[];
  const [raw] = pageBundleSize(DIST, "web.html", "web");
  expect(files).toEqual(expect.arrayContaining(["web.html", "document.css", ...(raw!.detail!.scripts as string[])]));
  for (const file of files) expect(fs.existsSync(path.join(DIST, file))).toBe(true);
  const workbookChunk = files.find((f) => f.startsWith("chunks/") && fs.readFileSync(path.join(DIST, f), "utf8").includes("xl/worksheets/"));
  expect(workbookChunk).toBeDefined();
  // The add-in's own pages are never served by the web page's worker.
  expect(files).not.toContain("taskpane.html");
  expect(files.some((f) => /^taskpane\./.test(f))).toBe(false);
});
