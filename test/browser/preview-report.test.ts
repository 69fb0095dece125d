import type { Browser } from "playwright-core";
import { launchChromium, screenshot, seriousAxeViolations } from "./browser";
import { exportedDocument, loadSample, openPreview, syncCount } from "./preview";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const texts = (table: { readonly rows: readonly { readonly cells: readonly { readonly text: string }[] }[] }) => table.rows.map((r) => r.cells.map((c) => c.text));

describe("Báo cáo", () => {
  test("2026 plan whose document has its section VI table: both review points' rows go into it, nothing else touched, ≤ 2 syncs", async () => {
    const page = await openPreview(browser);
    const before = await exportedDocument(page);
    const tops = before.tables.filter((t) => t.isTopLevel);
    const plan = tops[2]!;
    const planXml = before.documentXml.slice(plan.start, plan.end);
    const monitoringIndex = tops.findIndex((t) => t.rows[0]?.cells.some((c) => c.text === "Nội dung theo dõi"));
    const monitoring = tops[monitoringIndex]!;
    const monitoringRows = monitoring.rows.map((r) => before.documentXml.slice(r.start, r.end));

    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await page.getByText("Thông tư 57/2026 không có mẫu báo cáo riêng", { exact: false }).waitFor();
    expect(await page.getByRole("radio", { name: "Trong một tài liệu mới" }).count()).toBe(0); // Word on the web
    await page.getByRole("radio", { name: "Cả hai thời điểm" }).check();
    const syncs = await syncCount(page);
    await page.getByRole("button", { name: "Tạo bảng báo cáo" }).click();
    await page.getByText(/^Đã thêm 12 dòng vào bảng theo dõi \(mục VI\)/).waitFor();
    expect((await syncCount(page)) - syncs).toBeLessThanOrEqual(2); // 1 to read the tables, 1 to write
    await page.locator("#document table").filter({ hasText: "Nội dung theo dõi" }).last().scrollIntoViewIfNeeded();
    await screenshot(page, "preview-report-2026");
    expect(await seriousAxeViolations(page)).toEqual([]);

    const after = await exportedDocument(page);
    const top = after.tables.filter((t) => t.isTopLevel);
    expect(top).toHaveLength(tops.length); // no second section VI table
    expect(after.documentXml.slice(top[2]!.start, top[2]!.end)).toBe(planXml);
    const grown = top[monitoringIndex]!;
    const grownRows = grown.rows.map((r) => after.documentXml.slice(r.start, r.end));
    expect(grownRows.filter((r) => monitoringRows.includes(r))).toEqual(monitoringRows);
    const report = texts(grown);
    expect(report).toHaveLength(monitoring.rows.length + 12); // 6 tasks × 2 review points
    expect(report.filter((row) => /^Nhiệm vụ 1:/.test(row[1] ?? "")).map((row) => row[0])).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    await page.context().close();
  });

  test("2018 plan: the report table keeps levels, standards and criteria; asks for the school year when the plan has none", async () => {
    const page = await openPreview(browser, "?platform=PC");
    await loadSample(page, "ke-hoach-tieu-hoc.docx");
    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await page.getByRole("radio", { name: "Trong một tài liệu mới" }).waitFor(); // desktop Word
    await page.getByRole("button", { name: "Tạo bảng báo cáo" }).click();
    await page.getByText("Tài liệu không ghi năm học").waitFor();

    await page.getByRole("textbox", { name: /Năm học/ }).fill("2024-2025");
    await page.getByRole("button", { name: "Tạo bảng báo cáo" }).click();
    await page.getByText(/^Đã chèn bảng báo cáo/).waitFor();
    const after = await exportedDocument(page);
    const top = after.tables.filter((t) => t.isTopLevel);
    const report = texts(top[2]!);
    expect(report[0]).toEqual(["TT", "Tiêu chuẩn, tiêu chí", "ND kế hoạch cải tiến chất lượng giáo dục năm học 2024 – 2025", "Kết quả thực hiện", "Ghi chú"]);
    // The plan writes one code over two paragraphs ("Tiêu chí " / "3.1"); the report copies its paragraphs as they are.
    const criteria = report.flatMap((row) => row.flatMap((cell) => /^Tiêu chí\s+(\d\.\d+)/.exec(cell)?.[1] ?? []));
    expect(criteria).toEqual(["1.4", "3.1", "3.4", "4.1"]);
    await page.locator("#document table").filter({ hasText: "Kết quả thực hiện" }).last().scrollIntoViewIfNeeded();
    await screenshot(page, "preview-report-2018");
    await page.context().close();
  });

  test("a document without a plan table gets a clear message and stays as it was", async () => {
    const page = await openPreview(browser, "?sample=blank");
    const before = (await exportedDocument(page)).documentXml;
    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await page.getByRole("button", { name: "Tạo bảng báo cáo" }).click();
    await page.getByText("Văn bản chưa có bảng kế hoạch cải tiến chất lượng nào").waitFor();
    expect((await exportedDocument(page)).documentXml).toBe(before);
    await page.context().close();
  });
});
