import { isEmptyValue, placeholderIn, reviewDue, timeProblems } from "../../src/core/check";

describe("isEmptyValue", () => {
  it.each([
    ["", "no text"],
    ["   \n\t", "white space"],
    ["\u00a0\u00a0", "no-break spaces only"],
    ["\u200b\ufeff\u200d", "zero-width characters only"],
    ["……", "ellipses"],
    ["...", "dots"],
    [". . . . .", "spaced dots"],
    ["________", "underscores"],
    ["…/…/20…", "a blank date"],
    ["..../..../20....", "a blank date in dots"],
    ["Tháng …/20…", "a blank month"],
    ["ngày … tháng … năm 20…", "a blank date in words"],
    ["(…)", "a bracketed blank"],
    ["[…]", "a square-bracketed blank"],
    ["\u00a0…\u00a0", "an ellipsis between no-break spaces"],
  ])("%j is empty (%s)", (text) => {
    expect(isEmptyValue(text)).toBe(true);
  });

  it.each([
    ["Không", "an explicit none"],
    ["Không có", "an explicit none"],
    ["/", "a slash for none"],
    ["-", "a dash for none"],
    ["Tự túc", "self-funded"],
    ["Ngân sách nhà nước", "state budget"],
    ["Hiệu trưởng", "a name"],
    ["Tháng 9/2026", "a month"],
    ["Năm học 2026-2027", "a school year"],
    ["x", "a single letter"],
    ["0 đồng", "zero money"],
  ])("%j is filled (%s)", (text) => {
    expect(isEmptyValue(text)).toBe(false);
  });
});

describe("placeholderIn", () => {
  it.each([
    ["Hiệu trưởng ……", "……"],
    ["Hoàn thành trước ngày …/…/2026", "…/…"],
    ["Kinh phí [...] đồng", "[...]"],
    ["Giao cho đồng chí xxx", "xxx"],
    ["Tổ trưởng ______", "______"],
    ["Từ tháng 9 đến ........", "........"],
  ])("finds the blank in %j", (text, mark) => {
    expect(placeholderIn(text)).toBe(mark);
  });

  it.each(["Hiệu trưởng, CBQL, giáo viên…", "Các tổ chuyên môn, ...", "Kinh phí 15.000.000 đồng", "Phòng GD&ĐT", "Tổ Toán – Tin"])(
    "leaves %j alone",
    (text) => {
      expect(placeholderIn(text)).toBeNull();
    },
  );
});

describe("timeProblems", () => {
  it.each([
    ["Tháng 13/2024", "impossible"],
    ["tháng 13 năm 2024", "impossible"],
    ["32/10/2024", "impossible"],
    ["31/4/2025", "impossible"],
    ["29/02/2025", "impossible"],
    ["Tháng 12/2024 - tháng 9/2024", "reversed"],
    ["Từ 05/9/2025 đến 31/5/2025", "reversed"],
    ["Từ tháng 12 năm 2025 đến tháng 8 năm 2025", "reversed"],
    ["01/10/2026 – 15/9/2026", "reversed"],
  ])("%j is a %s time", (text, kind) => {
    expect(timeProblems(text).map((p) => p.kind)).toEqual([kind]);
  });

  it.each([
    "Tháng 10/2026 – tháng 5/2027",
    "Từ 05/9/2022 đến 31/5/2026",
    "Từ tháng 12 năm 2022 đến tháng 8 năm 2026",
    "29/02/2024",
    "Tháng 9/2026",
    "Cả năm học",
    "Năm học 2023-2024",
    "Học kỳ I năm học 2026–2027",
    "Theo Quyết định 13/2024/QĐ-UBND",
    "Kinh phí 15.000.000 đồng",
    "Tháng 9 - tháng 5/2025",
    "- Tháng 10/2023 kiểm tra.\n- Tháng 9/2023 phân công.",
  ])("%j has no problem", (text) => {
    expect(timeProblems(text)).toEqual([]);
  });
});

describe("reviewDue", () => {
  it.each([
    ["Cuối học kỳ I", { month: 1, day: 15 }],
    ["Cuối HK1", { month: 1, day: 15 }],
    ["Cuối năm học", { month: 5, day: 31 }],
    ["Cuối học kỳ II", { month: 5, day: 31 }],
    ["Giữa học kỳ I", null],
    ["Tháng 3", null],
  ])("%j falls due on %j", (point, due) => {
    expect(reviewDue(point)).toEqual(due);
  });
});
