/** Helpers for browser tests that drive the preview page (the task pane beside the fake host's document). */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { openDocx, readTables } from "../../src/ooxml";
import { openPage } from "./browser";

export const SAMPLES = path.resolve(__dirname, "../../samples");

type PreviewHook = {
  host: { syncCount(): number };
  exportDocx(): Promise<Uint8Array>;
  loadDocx(bytes: Uint8Array, fileName?: string): Promise<void>;
};
type PreviewWindow = { __caitienPreview: PreviewHook };

/**
 * The pane reads the document once when it opens (to propose the framework of a plan it finds); tests that count
 * round trips per action wait for that read first.
 */
async function paneSettled(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "Cải Tiến", level: 1, exact: true }).waitFor();
  await page.waitForFunction(() => (window as unknown as PreviewWindow).__caitienPreview.host.syncCount() >= 1);
}

/** Opens preview.html (query: `wordapi=1.4`, `platform=PC`, …) on the bundled 2026 sample, pane ready. */
export async function openPreview(browser: Browser, query = "", viewport = { width: 1280, height: 900 }): Promise<Page> {
  const { page, externalRequests } = await openPage(browser, `preview.html${query}`, { viewport });
  await page.waitForFunction(() => Boolean((window as unknown as Partial<PreviewWindow>).__caitienPreview));
  await paneSettled(page);
  if (externalRequests.length) throw new Error(`The preview made network requests: ${externalRequests.join(", ")}`);
  return page;
}

/** Replaces the preview's document with a sample from samples. */
export async function loadSample(page: Page, name: string): Promise<void> {
  await loadDocxBytes(page, fs.readFileSync(path.join(SAMPLES, name)), name);
}

/** Replaces the preview's document with these .docx bytes (a fixture the test built), pane ready. */
export async function loadDocxBytes(page: Page, docx: Uint8Array, name: string): Promise<void> {
  const bytes = Array.from(docx);
  await page.evaluate(
    async ([data, fileName]) => (window as unknown as PreviewWindow).__caitienPreview.loadDocx(new Uint8Array(data as number[]), fileName as string),
    [bytes, name] as const,
  );
  await paneSettled(page);
}

/** The document as the add-in left it, saved as .docx and read back with the project's own reader. */
export async function exportedDocument(page: Page) {
  const bytes = await page.evaluate(async () => Array.from(await (window as unknown as PreviewWindow).__caitienPreview.exportDocx()));
  const pkg = await openDocx(new Uint8Array(bytes));
  return { ...pkg, tables: readTables(pkg.documentXml) };
}

export async function exportedTables(page: Page) {
  return (await exportedDocument(page)).tables.filter((t) => t.isTopLevel);
}

export const syncCount = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as PreviewWindow).__caitienPreview.host.syncCount());

export const documentParagraphs = (page: Page) => page.locator("#document [data-p-index]");
