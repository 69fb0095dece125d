/** Helpers for browser tests of the web page (web.html): opening it, dropping files, reading downloads. */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Download, Page } from "playwright-core";
import { openPage } from "./browser";

export const SAMPLES = path.resolve(__dirname, "../../samples");

export interface NamedBytes {
  name: string;
  bytes: Buffer;
}

export async function openWeb(browser: Browser): Promise<{ page: Page; externalRequests: string[]; consoleErrors: string[] }> {
  const opened = await openPage(browser, "web.html", { viewport: { width: 1400, height: 900 } });
  await opened.page.getByRole("heading", { name: "Cải Tiến trên web", level: 1 }).waitFor();
  return opened;
}

/** Drops files on the batch drop zone at once, as a user dragging them from a folder window would. */
export async function dropFiles(page: Page, files: readonly NamedBytes[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, data: f.bytes.toString("base64") }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      const binary = atob(item.data);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      transfer.items.add(new File([bytes], item.name));
    }
    return transfer;
  }, payload);
  await page.dispatchEvent("[data-testid=batch-drop]", "drop", { dataTransfer });
}

/** Runs `action`, returns the download it starts: its suggested name and its bytes. */
export async function download(page: Page, action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [started] = await Promise.all([page.waitForEvent("download"), action()]);
  const file = await (started as Download).path();
  return { name: (started as Download).suggestedFilename(), bytes: fs.readFileSync(file) };
}

export const sample = (name: string): Buffer => fs.readFileSync(path.join(SAMPLES, name));

interface Expected {
  schoolType: string;
  tables: { index: number; kind: string; form?: string; items: number }[];
  missing: { table: number; criterion?: string; item?: string; field: string }[];
}

export function expectedOf(name: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(SAMPLES, name.replace(/\.docx$/, ".expected.json")), "utf8")) as Expected;
}

/** The row a sample should give, from its expected reading (samples/README.md), not from the code under test. */
export function expectedRow(name: string): { form: string; items: number; itemsWithGaps: number; complete: boolean } {
  const expected = expectedOf(name);
  const counted = expected.tables.filter((t) => ["plan", "report", "monitoring"].includes(t.kind));
  const gaps = new Set(expected.missing.map((m) => `${m.table}|${m.criterion ?? m.item}`));
  return {
    form: expected.tables.some((t) => t.form === "2026") ? "2026" : "2018",
    items: counted.reduce((n, t) => n + t.items, 0),
    itemsWithGaps: gaps.size,
    complete: expected.missing.length === 0,
  };
}
