/**
 * The preview opens files with the project's reader, so a broken file gets the same precise Vietnamese message the
 * CLI and the web page give; and its download is the whole document or nothing.
 */
import type { Browser, Page } from "playwright-core";
import { zipSync } from "fflate";
import { openDocx } from "../../src/ooxml";
import { DocxError } from "../../src/ooxml/errors";
import { buildDocx } from "../support/docx-builder";
import { declareSize, invalidUtf8Docx, markEncrypted, oneCellTable, replaceBytes, zipBomb } from "../support/hostile-docx";
import { launchChromium } from "./browser";
import { documentParagraphs, openPreview } from "./preview";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** What the project's reader says about these bytes, in Vietnamese. */
async function readerMessage(bytes: Uint8Array): Promise<string> {
  try {
    await openDocx(bytes);
  } catch (error) {
    if (error instanceof DocxError) return error.messageVi;
    throw error;
  }
  throw new Error("The reader opened the file");
}

async function chooseFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByLabel("Chọn tệp .docx").setInputFiles([{ name, mimeType: "application/octet-stream", buffer: Buffer.from(bytes) }]);
}

describe("a broken file opened in the preview", () => {
  test("gets the reader's own message, and the open document stays", async () => {
    const page = await openPreview(browser);
    const paragraphs = await documentParagraphs(page).count();
    const crc = replaceBytes(await buildDocx(oneCellTable("Kinh phí 5.000.000 đồng"), { compression: "STORE" }), "5.000.000", "9.000.000");
    // The directory declares 300 MB of XML: refused before anything is inflated.
    const bomb = declareSize(zipBomb(1024 * 1024), "word/document.xml", 300 * 1024 * 1024);
    const cases: [string, Uint8Array, string][] = [
      ["hong-crc.docx", crc, "crc-mismatch"],
      ["bom-nen.docx", bomb, "zip-bomb"],
      ["sai-ma.docx", await invalidUtf8Docx([0xff, 0xfe]), "bad-encoding"],
      ["mat-khau.docx", markEncrypted(await buildDocx(oneCellTable("x")), "word/document.xml"), "zip-encrypted"],
      ["khong-co-noi-dung.docx", zipSync({ "ghi-chu.txt": new TextEncoder().encode("x") }), "no-document"],
    ];
    for (const [name, bytes, code] of cases) {
      await expect(openDocx(bytes)).rejects.toMatchObject({ code });
      const expected = `Không mở được “${name}”: ${await readerMessage(bytes)} Tài liệu đang mở vẫn giữ nguyên.`;
      await chooseFile(page, name, bytes);
      await page.getByText(expected, { exact: true }).waitFor();
      expect(await documentParagraphs(page).count()).toBe(paragraphs);
    }
  });
});

describe("the preview's download", () => {
  test("is the whole document, read back by the project's reader", async () => {
    const page = await openPreview(browser);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải về .docx" }).click()]);
    const path = await download.path();
    const bytes = new Uint8Array(await import("node:fs/promises").then((fs) => fs.readFile(path)));
    const pkg = await openDocx(bytes);
    expect(pkg.documentXml).toContain("KẾ HOẠCH");
  });

  test("or nothing: a save that fails or comes out cut short downloads no file and says so", async () => {
    const page = await openPreview(browser);
    let downloads = 0;
    page.on("download", () => downloads++);
    const failures = {
      // The package comes out cut short (a failure half-way through writing it).
      truncated: () => {
        const doc = (window as unknown as { __caitienPreview: { host: { document: { toDocx(): Promise<Uint8Array> } } } }).__caitienPreview.host.document;
        const original = doc.toDocx.bind(doc);
        doc.toDocx = async () => {
          const whole = await original();
          return whole.slice(0, Math.floor(whole.length / 2));
        };
      },
      // Building the package throws.
      throws: () => {
        const doc = (window as unknown as { __caitienPreview: { host: { document: { toDocx(): Promise<Uint8Array> } } } }).__caitienPreview.host.document;
        doc.toDocx = () => Promise.reject(new Error("disk full"));
      },
    };
    for (const force of [failures.truncated, failures.throws]) {
      await page.evaluate(force);
      await page.getByRole("button", { name: "Tải về .docx" }).click();
      await page.getByText("Không tạo được tệp .docx đầy đủ để tải về, nên không có tệp nào được tải xuống.", { exact: false }).waitFor();
      await page.getByRole("button", { name: "Đóng thông báo" }).click();
    }
    // A download would have fired by now: the page hands bytes over synchronously once they are ready.
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
  });
});
