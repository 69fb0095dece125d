import type { Browser, Page } from "playwright-core";
import { frameworkInfo, schoolTypeInfo } from "../../src/core/catalog";
import { buildDocx, paragraph } from "../support/docx-builder";
import { HEADER_2018, fullRow2018, planTable } from "../support/plan-fixtures";
import { launchChromium, screenshot, seriousAxeViolations } from "./browser";
import { loadDocxBytes, loadSample, openPreview } from "./preview";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const schoolTypePicker = (page: Page) => page.getByRole("combobox", { name: "Cấp học" });
const frameworkPicker = (page: Page) => page.getByRole("combobox", { name: "Khung tiêu chí" });
const yearField = (page: Page) => page.getByRole("textbox", { name: "Năm học" });

describe("the pane follows the school the document names", () => {
  test("THCS 2026 sample: cấp học THCS–THPT from its letterhead, framework 57/2026, year 2026–2027 from its title", async () => {
    const page = await openPreview(browser);
    await expect(schoolTypePicker(page).innerText()).resolves.toBe(schoolTypeInfo["trung-hoc"].label);
    await page.getByText("Theo văn bản: “TRƯỜNG THCS TÂN PHÚ”.").waitFor();
    await expect(frameworkPicker(page).innerText()).resolves.toBe(frameworkInfo["2026"].label);
    await expect(yearField(page).inputValue()).resolves.toBe("2026-2027");
    await page.getByText(/^Theo tiêu đề của văn bản: “.*năm học 2026–2027”\.$/).waitFor();
    await screenshot(page, "preview-school-thcs");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The principal can still change the choice.
    await schoolTypePicker(page).click();
    await page.getByRole("option", { name: schoolTypeInfo["tieu-hoc"].label }).click();
    await expect(schoolTypePicker(page).innerText()).resolves.toBe(schoolTypeInfo["tieu-hoc"].label);
    await page.context().close();
  });

  test("mầm non sample: cấp học Mầm non from the circular it cites, 2018 framework with Thông tư 19/2018, year 2023–2024", async () => {
    const page = await openPreview(browser);
    await loadSample(page, "ke-hoach-mam-non.docx");
    await expect(schoolTypePicker(page).innerText()).resolves.toBe(schoolTypeInfo["mam-non"].label);
    await page.getByText(/^Theo văn bản: trường theo thông tư được dẫn \(“Căn cứ Thông tư 19\/2018/).waitFor();
    await expect(frameworkPicker(page).innerText()).resolves.toBe(frameworkInfo["2018"].label);
    await page.getByText("Thông tư 19/2018", { exact: false }).first().waitFor();
    expect(await page.getByText("Thông tư 17/2018").count()).toBe(0);
    await expect(yearField(page).inputValue()).resolves.toBe("2023-2024");

    // The Báo cáo tab shows the same year, which the report takes from the document.
    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await expect(yearField(page).inputValue()).resolves.toBe("2023-2024");
    await expect(yearField(page).getAttribute("readonly")).resolves.not.toBeNull();
    await page.context().close();
  });

  test("an 8-column plan is named as it is, not as the 9-column form", async () => {
    const header = ["Tiêu chuẩn", "Tiêu chí", "TT", "Nội dung kế hoạch", "Thời gian dự kiến", "Nhóm/cá nhân phụ trách", "Kinh phí", "Ghi chú"];
    const docx = await buildDocx(planTable([header, ["Tiêu chuẩn 1", "Tiêu chí 1.1", "1", "Rà soát", "Tháng 9", "Hiệu trưởng", "Không", ""]]));
    const page = await openPreview(browser);
    await loadDocxBytes(page, docx, "tam-cot.docx");
    await page.getByText("Văn bản có bảng kế hoạch 8 cột theo các thông tư năm 2018.").waitFor();
    // (The Plan tab still describes the 9-column form it would insert; nothing says the document holds one.)
    expect(await page.getByText(/Văn bản (?:này )?có[^.]*9 cột/).count()).toBe(0);
    await page.context().close();
  });

  test("a document stating two school years: an empty year field that says which years it found, in both tabs", async () => {
    const docx = await buildDocx(
      paragraph("TRƯỜNG TIỂU HỌC HOÀ BÌNH") +
        paragraph("Hoà Bình, ngày 05 tháng 10 năm 2024") +
        paragraph("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC") +
        paragraph("NĂM HỌC 2023 – 2024") +
        planTable([[...HEADER_2018], fullRow2018("Tiêu chí 1.1")]),
    );
    const page = await openPreview(browser);
    await loadDocxBytes(page, docx, "hai-nam-hoc.docx");
    await expect(schoolTypePicker(page).innerText()).resolves.toBe(schoolTypeInfo["tieu-hoc"].label);
    await expect(yearField(page).inputValue()).resolves.toBe("");
    // Nothing in the field that reads like a year already filled in.
    await expect(yearField(page).getAttribute("placeholder")).resolves.toBeNull();
    const why = /^Văn bản ghi hai năm học khác nhau: 2023 – 2024 \(tiêu đề “NĂM HỌC 2023 – 2024”\) và 2024 – 2025 \(dòng ngày tháng “Hoà Bình, ngày 05 tháng 10 năm 2024”\)\. Hãy nhập năm học\.$/;
    await page.getByText(why).waitFor();
    await screenshot(page, "preview-school-year-conflict");

    await page.getByRole("tab", { name: "Báo cáo" }).click();
    await page.getByText(why).waitFor();
    await expect(yearField(page).getAttribute("readonly")).resolves.toBeNull();
    await yearField(page).fill("2023-2024");
    expect(await page.getByText(why).count()).toBe(0);
    await page.getByRole("button", { name: "Tạo bảng báo cáo" }).click();
    await page.getByText(/^Đã chèn bảng báo cáo/).waitFor();
    await page.context().close();
  });
});
