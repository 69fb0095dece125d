import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Figure } from "./figure";

/** Size of the JavaScript the task pane loads before first render: the scripts named in dist/taskpane.html. */
export function taskpaneBundleSize(distDir: string): Figure[] {
  return pageBundleSize(distDir, "taskpane.html", "taskpane");
}

/** Size of the JavaScript a page of dist/ loads before first render: the scripts its HTML names. */
export function pageBundleSize(distDir: string, page: string, figurePrefix: string): Figure[] {
  const html = fs.readFileSync(path.join(distDir, page), "utf8");
  // The production HTML is minified: attribute quotes may be gone.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=("[^"]+"|'[^']+'|[^\s>]+)/g)]
    .map((match) => match[1]!.replace(/^["']|["']$/g, ""))
    .filter((src) => !/^https?:/.test(src));
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const content = fs.readFileSync(path.join(distDir, src));
    raw += content.length;
    gzip += zlib.gzipSync(content, { level: 9 }).length;
  }
  const detail = { scripts, budgetGzipKB: 200 };
  return [
    { name: `${figurePrefix}-initial-js-raw`, value: Math.round(raw / 102.4) / 10, unit: "KB", detail },
    { name: `${figurePrefix}-initial-js-gzip`, value: Math.round(gzip / 102.4) / 10, unit: "KB", detail },
  ];
}
