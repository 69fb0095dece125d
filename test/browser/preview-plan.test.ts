import type { Browser } from "playwright-core";
import { launchChromium, screenshot, seriousAxeViolations } from "./browser";
import { exportedTables, openPreview, syncCount } from "./preview";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const rowTexts = (table: Awaited<ReturnType<typeof exportedTables>>[number]) => table.rows.map((r) => r.cells.map((c) => c.text));

describe("Bảng kế hoạch", () => {
  test("2026 form: tables IV, V and VI after the cursor, in two syncs (where the cursor is, then the insert)", async () => {
    const page = await openPreview(browser);
    const tablesBefore = await exportedTables(page);
    await page.locator("#document [data-p-index]").filter({ hasText: "3. Địa chỉ: ấp Phú Lợi" }).click();
    await page.getByRole("tab", { name: "Bảng kế hoạch" }).click();
    await page.getByText("Chọn ít nhất một tiêu chí để tạo bảng.").waitFor();
    await page.getByRole("checkbox", { name: /^1\.4 / }).check();
    await page.getByRole("checkbox", { name: /^3\.1 / }).check();
    await page.getByText("Sẽ chèn: 3 bảng · 2 dòng vấn đề, 2 dòng nhiệm vụ, 2 dòng theo dõi.").waitFor();

    const before = await syncCount(page);
    await page.getByRole("button", { name: "Chèn kế hoạch mới tại con trỏ" }).click();
    await page.getByText(/^Đã chèn kế hoạch mới/).waitFor();
    expect((await syncCount(page)) - before).toBe(2);
    await screenshot(page, "preview-plan-2026-inserted");
    expect(await seriousAxeViolations(page)).toEqual([]);

    const tables = await exportedTables(page);
    expect(tables).toHaveLength(tablesBefore.length + 3);
    // The letterhead stays first; the three new tables come right after it, before the sample's own tables.
    const [issues, plan, monitoring] = [tables[1]!, tables[2]!, tables[3]!];
    expect(rowTexts(issues)[0]).toEqual(["TT", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân của hạn chế"]);
    expect(rowTexts(issues).slice(1).map((r) => r[2])).toEqual([expect.stringMatching(/^Tiêu chí 1\.4: /), expect.stringMatching(/^Tiêu chí 3\.1: /)]);
    expect(rowTexts(plan)[1]).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]);
    expect(rowTexts(plan).slice(2).map((r) => r[0])).toEqual(["1", "2"]);
    expect(rowTexts(monitoring).slice(1).map((r) => r[0])).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    expect(rowTexts(tables[4]!)).toEqual(rowTexts(tablesBefore[1]!));
    await page.context().close();
  });

  test("2018 form: level row, standard rows and criterion rows in code order", async () => {
    const page = await openPreview(browser);
    await page.locator("#document [data-p-index]").filter({ hasText: "3. Địa chỉ: ấp Phú Lợi" }).click();
    await page.getByRole("tab", { name: "Bảng kế hoạch" }).click();
    await page.getByRole("combobox", { name: "Khung tiêu chí" }).click();
    await page.getByRole("option", { name: "Thông tư 17, 18, 19/2018 (bản gốc)" }).click();
    await page.getByRole("radio", { name: "Mức 3" }).check();
    await page.getByRole("checkbox", { name: /^1\.10 / }).check();
    await page.getByRole("checkbox", { name: /^1\.2 / }).check();
    await page.getByRole("checkbox", { name: /^3\.1 / }).check();
    await page.getByText("Sẽ chèn: 1 bảng · 1 dòng mức, 2 dòng tiêu chuẩn, 3 dòng tiêu chí.").waitFor();
    await page.getByRole("button", { name: "Chèn kế hoạch mới tại con trỏ" }).click();
    await page.getByText(/^Đã chèn kế hoạch mới/).waitFor();
    await screenshot(page, "preview-plan-2018-inserted");

    const plan = rowTexts((await exportedTables(page))[1]!);
    expect(plan[0]).toEqual([
      "TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)", "Công việc/giải pháp cần thực hiện",
      "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành", "Dự kiến kinh phí", "Điều kiện hỗ trợ khác", "Ghi chú",
    ]);
    expect(plan[1]).toEqual(["MỨC 3"]);
    expect(plan.slice(2).map((r) => r.slice(0, 3))).toEqual([
      ["1", expect.stringMatching(/^Tiêu chuẩn 1: /)],
      ["", expect.stringMatching(/^Tiêu chí 1\.2: /), "Đạt Mức 3"],
      ["", expect.stringMatching(/^Tiêu chí 1\.10: /), "Đạt Mức 3"],
      ["3", expect.stringMatching(/^Tiêu chuẩn 3: /)],
      ["", expect.stringMatching(/^Tiêu chí 3\.1: /), "Đạt Mức 3"],
    ]);
    await page.context().close();
  });
});
