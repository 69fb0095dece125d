/**
 * `npm run bench`: builds, then prints one JSON line per figure. Speed is measured here, never asserted in tests.
 * `npm run bench -- web` prints only the web page's figures (initial JavaScript, batch files/s), and
 * `npm run bench -- taskpane` only the task pane's, `-- core` the reader's and checks', `-- read-docx` the reading of large
 * plans alone, `-- abuse` the hostile files alone: a quick look on a shared machine.
 */
import path from "node:path";
import { startStaticServer } from "../test/support/static-server.js";
import { pageBundleSize, taskpaneBundleSize } from "./bundle-size";
import { taskpaneFirstRender } from "./first-render";
import { webBatchThroughput } from "./web-batch";
import type { Figure } from "./figure";
import { run as catalogSearch } from "./catalog-search";
import { run as planTables } from "./plan-tables";
import { run as check } from "./check";
import { run as report } from "./report";
import { child as readDocxChild, run as readDocx } from "./read-docx";
import { run as abuse } from "./abuse";

const ROOT = path.resolve(__dirname, "..");
/** Figures that can be printed alone: `npm run bench -- <group>`. */
const GROUPS = ["taskpane", "web", "core", "read-docx", "abuse"];

function print(figure: Figure): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

async function main(): Promise<void> {
  // The bench re-runs itself for figures that need a fresh process (peak memory).
  const args = process.argv.slice(2);
  if (await readDocxChild(args)) return;
  const only = args[0];
  if (only !== undefined && !GROUPS.includes(only)) throw new Error(`Unknown bench group "${only}": use one of ${GROUPS.join(", ")}, or none for all`);
  const wanted = (group: string) => only === undefined || only === group;
  if (only === "read-docx") {
    (await readDocx()).forEach(print);
    return;
  }
  // `node dist-bench/bench.js abuse [10,20]` runs the abuse figures alone, optionally on smaller batches for a try.
  if (only === "abuse") {
    const batches = (process.argv[3] ?? "").split(",").filter(Boolean).map(Number);
    (await abuse({ root: ROOT, batches })).forEach(print);
    return;
  }
  if (wanted("taskpane")) taskpaneBundleSize(path.join(ROOT, "dist")).forEach(print);
  if (wanted("web")) pageBundleSize(path.join(ROOT, "dist"), "web.html", "web").forEach(print);
  if (wanted("core")) {
    (await catalogSearch()).forEach(print);
    (await planTables()).forEach(print);
    (await readDocx()).forEach(print);
    (await check()).forEach(print);
    (await report()).forEach(print);
    (await abuse({ root: ROOT })).forEach(print);
  }
  if (!wanted("taskpane") && !wanted("web")) return;

  const server = await startStaticServer([path.join(ROOT, "dist"), path.join(ROOT, "dist-test")]);
  process.env.CAITIEN_TEST_URL = server.url;
  try {
    if (wanted("taskpane")) print(await taskpaneFirstRender(5));
    if (wanted("web")) print(await webBatchThroughput(200));
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
