import type { Browser } from "playwright-core";
import { readDocxDocument } from "../../src/ooxml/read-document";
import { launchChromium, screenshot, seriousAxeViolations } from "./browser";
import { download, expectedOf, openWeb, sample } from "./web";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("Cải Tiến trên web, for a principal without the add-in", () => {
  test("opens a plan, shows its gaps on the rendered plan and downloads the report, read back", async () => {
    const { page, externalRequests } = await openWeb(browser);
    await page.getByRole("tab", { name: "Kiểm tra một kế hoạch" }).click();
    const plan = sample("ke-hoach-mam-non.docx");
    await page.getByTestId("single-file").setInputFiles([{ name: "ke-hoach-mam-non.docx", mimeType: "application/octet-stream", buffer: plan }]);
    await page.getByRole("heading", { name: "ke-hoach-mam-non.docx: 4 tiêu chí, 2 thiếu thông tin", level: 3 }).waitFor();
    expect(await page.locator("td.is-missing").count()).toBe(expectedOf("ke-hoach-mam-non.docx").missing.length);
    await screenshot(page, "web-single-plan");
    expect(await seriousAxeViolations(page)).toEqual([]);

    const report = await download(page, () => page.getByRole("button", { name: "Lập báo cáo (.docx)" }).click());
    expect(report.name).toBe("bao-cao-ke-hoach-mam-non.docx");
    const read = await readDocxDocument(report.bytes);
    const reportTable = read.model.tables.find((t) => t.kind === "report")!;
    expect(reportTable.form).toBe("report-2018");
    const planTable = expectedOf("ke-hoach-mam-non.docx").tables.find((t) => t.kind === "plan")!;
    expect(reportTable.items).toHaveLength(planTable.items);
    expect(read.documentXml).toContain("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");

    // A file that is not a plan document: the reason, and nothing else changes.
    await page.getByTestId("single-file").setInputFiles([{ name: "cu.doc.docx", mimeType: "application/octet-stream", buffer: Buffer.from("%PDF-1.4") }]);
    await page.getByText("Không mở được “cu.doc.docx”: Tệp này không phải tài liệu Word (.docx)", { exact: false }).waitFor();
    expect(externalRequests).toEqual([]);
    await page.context().close();
  }, 90_000);

  test("a 2026 plan without the add-in: report of a chosen review point", async () => {
    const { page } = await openWeb(browser);
    await page.getByRole("tab", { name: "Kiểm tra một kế hoạch" }).click();
    await page.getByTestId("single-file").setInputFiles([{ name: "ke-hoach-2026-thcs.docx", mimeType: "application/octet-stream", buffer: sample("ke-hoach-2026-thcs.docx") }]);
    await page.getByRole("heading", { name: "Nhiệm vụ 3", level: 4 }).waitFor();
    await page.getByRole("combobox", { name: "Thời điểm theo dõi" }).selectOption({ label: "Cuối năm học" });
    const report = await download(page, () => page.getByRole("button", { name: "Lập báo cáo (.docx)" }).click());
    const read = await readDocxDocument(report.bytes);
    const monitoring = read.model.tables.find((t) => t.kind === "monitoring")!;
    expect(monitoring.items.map((i) => (i.type === "review" ? i.point : ""))).toEqual(["Cuối năm học"]);
    await page.context().close();
  }, 90_000);

  test("makes a new plan and downloads it, read back", async () => {
    const { page } = await openWeb(browser);
    await page.getByRole("tab", { name: "Lập kế hoạch mới" }).click();
    await page.getByRole("combobox", { name: "Cấp học" }).selectOption({ label: "Tiểu học" });
    await page.getByRole("checkbox", { name: /^1\.4\. / }).check();
    await page.getByRole("checkbox", { name: /^3\.1\. / }).check();
    await page.getByRole("textbox", { name: "Năm học (không bắt buộc)" }).fill("2026-2027");
    await page.getByRole("radio", { name: "Dọc" }).check();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const made = await download(page, () => page.getByRole("button", { name: "Tạo kế hoạch (.docx)" }).click());
    expect(made.name).toBe("ke-hoach-cai-tien-2026-2027.docx");
    const read = await readDocxDocument(made.bytes);
    const plan = read.model.tables.find((t) => t.kind === "plan")!;
    expect(plan.form).toBe("plan-2026");
    expect(plan.items.flatMap((i) => (i.type === "task" ? i.criteria : []))).toEqual(["1.4", "3.1"]);
    expect(read.model.schoolYear).toBe("2026-2027");
    expect(read.documentXml).not.toContain('w:orient="landscape"');
    await page.getByText("Đã tạo “ke-hoach-cai-tien-2026-2027.docx” với 2 tiêu chí.").waitFor();
    await page.context().close();
  }, 90_000);

  test("searches the catalog without diacritics and copies a criterion's text", async () => {
    const { page } = await openWeb(browser);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("tab", { name: "Tra cứu tiêu chí" }).click();
    await page.getByRole("searchbox").fill("co so vat chat");
    await page.getByText(/^\d+ tiêu chí phù hợp$/).waitFor();
    const first = page.getByRole("list", { name: "Danh sách tiêu chí" }).getByRole("heading").first();
    const heading = await first.innerText();
    expect(heading).toMatch(/^Tiêu chí \d\.\d+: /);
    const code = /^Tiêu chí (\d\.\d+)/.exec(heading)![1]!;
    await page.getByRole("button", { name: `Sao chép tiêu chí ${code}` }).click();
    await page.getByText(`Đã sao chép tiêu chí ${code}.`).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\n")[0]).toBe(heading);
    expect(copied).toContain("Mức 1:");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
