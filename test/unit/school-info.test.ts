/**
 * School name, type and year read from real .docx files: the samples, and fixtures that state a letterhead, a title,
 * a date line or a circular.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { inferSchoolInfo, type SchoolInfo } from "../../src/core/school";
import { openDocx } from "../../src/ooxml";
import { buildDocx, cell, paragraph, row, table } from "../support/docx-builder";

const SAMPLES = path.resolve(__dirname, "../../samples");

async function infoOf(bytes: Uint8Array, criteria?: string[]): Promise<SchoolInfo> {
  const { documentXml } = await openDocx(bytes);
  return inferSchoolInfo(documentXml, criteria ? { criteria } : {});
}

/** A letterhead table as schools print it: governing body and school on the left, motto and date line on the right. */
function letterhead(school: string, dateLine = ""): string {
  const left = paragraph("UBND XÃ TÂN PHÚ") + paragraph(school) + paragraph("Số: 12/KH-TP");
  const right = paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + paragraph("Độc lập – Tự do – Hạnh phúc") + paragraph(dateLine);
  return table([row([cell(left), cell(right)])], { gridCols: 2 });
}

const fixture = (...parts: string[]): Promise<Uint8Array> => buildDocx(parts.join(""));

describe("inferSchoolInfo on the samples", () => {
  const sample = (name: string) => infoOf(readFileSync(path.join(SAMPLES, name)));
  const expectedType = (name: string) =>
    (JSON.parse(readFileSync(path.join(SAMPLES, name.replace(".docx", ".expected.json")), "utf8")) as { schoolType: string }).schoolType;

  it("reads the report's letterhead, title and date line", async () => {
    const info = await sample("bao-cao-tieu-hoc.docx");
    expect(info.schoolName).toMatchObject({ value: "TRƯỜNG TH NGUYỄN BÁ NGỌC", source: "letterhead" });
    expect(info.schoolType).toMatchObject({ value: expectedType("bao-cao-tieu-hoc.docx"), source: "letterhead" });
    expect(info.schoolYear).toMatchObject({ value: "2023-2024", source: "title", status: "found" });
    expect(info.schoolYear.evidence.map((e) => e.source)).toEqual(["title", "plan-header", "date-line"]);
  });

  it("reads the 2026 plan's year from its title, not from the self-assessment year its text cites", async () => {
    const info = await sample("ke-hoach-2026-thcs.docx");
    expect(info.schoolName).toMatchObject({ value: "TRƯỜNG THCS TÂN PHÚ", source: "letterhead" });
    expect(info.schoolType).toMatchObject({ value: expectedType("ke-hoach-2026-thcs.docx"), source: "letterhead" });
    expect(info.schoolYear).toMatchObject({ value: "2026-2027", source: "title" });
    expect(info.schoolYear.evidence.flatMap((e) => e.values)).not.toContain("2025-2026");
  });

  it("takes the mầm non plan's type from the circular it cites (it has no school line)", async () => {
    const info = await sample("ke-hoach-mam-non.docx");
    expect(info.schoolName.status).toBe("none");
    expect(info.schoolType).toMatchObject({ value: expectedType("ke-hoach-mam-non.docx"), source: "circular" });
    expect(info.schoolYear).toMatchObject({ value: "2023-2024", source: "title" });
  });

  it("finds no year in a form whose year is still a blank (20… – 20…)", async () => {
    const info = await sample("ke-hoach-tieu-hoc.docx");
    expect(info.schoolYear).toMatchObject({ value: null, status: "none" });
    expect(info.schoolType).toMatchObject({ value: expectedType("ke-hoach-tieu-hoc.docx"), source: "circular" });
  });
});

describe("school type and name from the letterhead", () => {
  it.each([
    ["TRƯỜNG TIỂU HỌC KIM ĐỒNG", "tieu-hoc"],
    ["TRƯỜNG THCS TÂN PHÚ", "trung-hoc"],
    ["TRƯỜNG THPT NGUYỄN DU", "trung-hoc"],
    ["TRƯỜNG TH&THCS AN BÌNH", "trung-hoc"],
    ["TRƯỜNG MẦM NON HOA SEN", "mam-non"],
    ["TRƯỜNG MẪU GIÁO SƠN CA", "mam-non"],
    ["NHÀ TRẺ BÌNH MINH", "mam-non"],
    ["TRUNG TÂM GDNN-GDTX HUYỆN CỦ CHI", "gdtx"],
  ])("%s → %s", async (school, type) => {
    const info = await infoOf(await fixture(letterhead(school), paragraph("KẾ HOẠCH")));
    expect(info.schoolName).toMatchObject({ value: school, source: "letterhead" });
    expect(info.schoolType).toMatchObject({ value: type, source: "letterhead", status: "found" });
  });

  it("does not take the governing body or a school named in the body for the school", async () => {
    const info = await infoOf(await fixture(paragraph("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), paragraph("KẾ HOẠCH"), paragraph("I. Trường THCS Tân Phú phối hợp…")));
    expect(info.schoolName.value).toBeNull();
    expect(info.schoolType.status).toBe("none");
  });
});

describe("school type from the circular and the criterion codes", () => {
  it.each([
    ["Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018", ["tieu-hoc"]],
    ["Căn cứ Thông tư 18/2018/TT-BGDĐT", ["trung-hoc"]],
    ["Căn cứ Thông tư số 19/2018/TT-BGDĐT", ["mam-non"]],
    ["Căn cứ Thông tư 57/2026/TT-BGDĐT, Phụ lục I", ["mam-non"]],
    ["Căn cứ Thông tư 57/2026/TT-BGDĐT, Phụ lục III", ["gdtx"]],
    ["Căn cứ Thông tư 57/2026/TT-BGDĐT, Phụ lục II", ["tieu-hoc", "trung-hoc"]],
  ])("%s", async (text, types) => {
    const info = await infoOf(await fixture(paragraph("KẾ HOẠCH"), paragraph(text)));
    expect(info.schoolType.evidence).toEqual([expect.objectContaining({ source: "circular", values: types })]);
    expect(info.schoolType.value).toBe(types.length === 1 ? types[0] : null);
    expect(info.schoolType.status).toBe(types.length === 1 ? "found" : "ambiguous");
  });

  it("says the sources disagree when a THCS letterhead cites the mầm non circular", async () => {
    const info = await infoOf(await fixture(letterhead("TRƯỜNG THCS TÂN PHÚ"), paragraph("KẾ HOẠCH"), paragraph("Căn cứ Thông tư 19/2018/TT-BGDĐT")));
    expect(info.schoolType).toMatchObject({ value: null, status: "conflict", source: null });
    expect(info.schoolType.evidence.map((e) => e.source)).toEqual(["letterhead", "circular"]);
  });

  it("reads trung học from a code only its circular has (5.6), and nothing from codes every circular has", async () => {
    const bytes = await fixture(paragraph("KẾ HOẠCH"));
    expect((await infoOf(bytes, ["1.4", "5.6"])).schoolType).toMatchObject({ value: "trung-hoc", source: "criterion-codes" });
    expect((await infoOf(bytes, ["1.4", "2.4"])).schoolType).toMatchObject({ value: null, status: "ambiguous" });
    expect((await infoOf(bytes, ["1.4", "3.1"])).schoolType.status).toBe("none");
  });
});

describe("school year", () => {
  it("reads a title split over runs and paragraphs, with any dash", async () => {
    const split = '<w:p><w:r><w:t>NĂM HỌC: 20</w:t></w:r><w:r><w:t xml:space="preserve">24 – 2025</w:t></w:r></w:p>';
    const info = await infoOf(await fixture(paragraph("KẾ HOẠCH"), paragraph("CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"), split));
    expect(info.schoolYear).toMatchObject({ value: "2024-2025", source: "title" });
  });

  it("never takes a target or a cited year from the body", async () => {
    const info = await infoOf(
      await fixture(
        paragraph("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"),
        paragraph("I. MỤC TIÊU"),
        paragraph("Phấn đấu cuối năm học 2027-2028 trường đạt kiểm định chất lượng giáo dục cấp độ 3."),
        paragraph("Kết quả tự đánh giá năm học 2022-2023."),
        table([row([cell("Năm học 2020-2021")])]),
      ),
    );
    expect(info.schoolYear).toMatchObject({ value: null, status: "none", evidence: [] });
  });

  it("reads the year from the date line when the title does not state it (September to August)", async () => {
    const october = await infoOf(await fixture(letterhead("TRƯỜNG THCS TÂN PHÚ", "Tân Phú, ngày 25 tháng 10 năm 2023"), paragraph("KẾ HOẠCH")));
    expect(october.schoolYear).toMatchObject({ value: "2023-2024", source: "date-line" });
    const may = await infoOf(await fixture(letterhead("TRƯỜNG THCS TÂN PHÚ", "Tân Phú, ngày 20 tháng 5 năm 2024"), paragraph("BÁO CÁO")));
    expect(may.schoolYear).toMatchObject({ value: "2023-2024", source: "date-line" });
    const august = await infoOf(await fixture(letterhead("TRƯỜNG THCS TÂN PHÚ", "Tân Phú, ngày 20 tháng 8 năm 2024"), paragraph("KẾ HOẠCH")));
    expect(august.schoolYear).toMatchObject({ value: null, status: "ambiguous" });
    expect(august.schoolYear.evidence[0]?.values).toEqual(["2023-2024", "2024-2025"]);
  });

  it("says the sources disagree when the title and the date line name different years", async () => {
    const info = await infoOf(
      await fixture(letterhead("TRƯỜNG THCS TÂN PHÚ", "Tân Phú, ngày 15 tháng 5 năm 2025"), paragraph("BÁO CÁO"), paragraph("NĂM HỌC 2023-2024")),
    );
    expect(info.schoolYear).toMatchObject({ value: null, status: "conflict" });
    expect(info.schoolYear.evidence.map((e) => [e.source, e.values])).toEqual([
      ["title", ["2023-2024"]],
      ["date-line", ["2024-2025"]],
    ]);
  });

  it("reads the report header row's year when the title has none", async () => {
    const header = row([cell("TT"), cell("ND Kế hoạch cải tiến chất lượng giáo dục năm học 2025 – 2026")]);
    const info = await infoOf(await fixture(paragraph("BÁO CÁO"), table([header, row([cell("1"), cell("Tiêu chí 1.1")])], { gridCols: 2 })));
    expect(info.schoolYear).toMatchObject({ value: "2025-2026", source: "plan-header" });
  });

  it("reads what it can of a malformed document instead of throwing", () => {
    expect(inferSchoolInfo("<w:document><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Năm học 2024-2025</w:t>").schoolYear.value).toBeNull();
    expect(() => inferSchoolInfo("<<<")).not.toThrow();
  });
});

describe("criterion codes never overrule the letterhead", () => {
  it("a mầm non letterhead stays mầm non when the plan names 2.4 (a code only tiểu học and trung học have)", async () => {
    const info = await infoOf(await fixture(letterhead("TRƯỜNG MẦM NON HOA SEN"), paragraph("KẾ HOẠCH")), ["2.4"]);
    expect(info.schoolType).toMatchObject({ value: "mam-non", source: "letterhead", status: "found" });
  });
});
