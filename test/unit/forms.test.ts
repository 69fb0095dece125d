import { FORMS, PLAN_2018, PLAN_2026, ISSUES_2026, MONITORING_2026, REPORT_2018, isColumnNumber, matchColumn, requiredColumns, writtenColumns } from "../../src/core/forms";

const keyOf = (form: typeof PLAN_2018, text: string) => matchColumn(form, text)?.column.key ?? null;

describe("table forms as data", () => {
  test("every form's keys are unique, and each has signature columns", () => {
    for (const form of FORMS) {
      const keys = form.columns.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(form.columns.some((c) => c.signature)).toBe(true);
    }
  });

  test("the written forms have the columns of the reference, in order", () => {
    expect(writtenColumns(PLAN_2018).map((c) => c.header)).toEqual([
      "TT",
      "Tiêu chuẩn, tiêu chí",
      "Kết quả cần đạt (so với hiện trạng)",
      "Công việc/giải pháp cần thực hiện",
      "Chủ trì và phối hợp thực hiện",
      "Thời gian thực hiện và hoàn thành",
      "Dự kiến kinh phí",
      "Điều kiện hỗ trợ khác",
      "Ghi chú",
    ]);
    expect(writtenColumns(PLAN_2026).map((c) => c.key)).toEqual([
      "tt", "noiDung", "mucTieu", "hoatDong", "chiSo", "thoiGian", "phuTrach", "nguonLuc", "minhChung", "mucDo",
    ]);
    expect(writtenColumns(ISSUES_2026)).toHaveLength(6);
    expect(writtenColumns(MONITORING_2026).map((c) => c.header)).toEqual(["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá"]);
    expect(writtenColumns(REPORT_2018)).toHaveLength(8);
  });

  test("required fields: kinh phí, thời gian, phụ trách (2018); nguồn lực, thời gian, phụ trách (2026); never mức độ", () => {
    expect(requiredColumns(PLAN_2018).map((c) => c.key).sort()).toEqual(["kinhPhi", "phuTrach", "thoiGian"]);
    expect(requiredColumns(PLAN_2026).map((c) => c.key).sort()).toEqual(["nguonLuc", "phuTrach", "thoiGian"]);
    expect(requiredColumns(PLAN_2026, ["mucTieu", "mucDo"]).map((c) => c.key).sort()).toEqual(["mucTieu", "nguonLuc", "phuTrach", "thoiGian"]);
  });
});

describe("header matching", () => {
  test.each([
    ["Dự kiến kinh phí", "kinhPhi"],
    ["DỰ KIẾN KINH PHÍ", "kinhPhi"],
    ["du kien  kinh\nphi", "kinhPhi"],
    ["Kinh phí (đồng)", "kinhPhi"],
    ["Kinh phí dự kiến", "kinhPhi"],
    ["Nguồn lực", "kinhPhi"],
    ["Phụ trách", "phuTrach"],
    ["Nhóm/cá nhân phụ trách", "phuTrach"],
    ["Chủ trì và phối hợp thực hiện", "phuTrach"],
    ["Thời gian dự kiến", "thoiGian"],
    ["Thời gian thực hiện và hoàn thành", "thoiGian"],
    ["Tiêu chuẩn, tiêu chí", "tieuChi"],
    ["Tiêu chuẩn", "tieuChuan"],
    ["Tiêu chí", "tieuChi"],
    ["Nội dung kế hoạch", "congViec"],
    ["Công việc / giải pháp cần thực hiện", "congViec"],
    ["Kết quả so với năm học trước", "ketQuaNamTruoc"],
    ["(7) Dự kiến kinh phí", "kinhPhi"],
    ["Dự kiến kinh phí (7)", "kinhPhi"],
  ])("2018 plan: %j → %s", (text, key) => {
    expect(keyOf(PLAN_2018, text)).toBe(key);
  });

  test("decomposed (NFD) diacritics match like composed ones", () => {
    expect(keyOf(PLAN_2018, "Dự kiến kinh phí".normalize("NFD"))).toBe("kinhPhi");
  });

  test.each([
    ["Nội dung cải tiến", "noiDung"],
    ["Nội dung", "noiDung"],
    ["Hoạt động, giải pháp", "hoatDong"],
    ["Thời gian", "thoiGian"],
    ["Đơn vị/cá nhân phụ trách", "phuTrach"],
    ["Nguồn lực bảo đảm", "nguonLuc"],
    ["Thông tin, dữ liệu hoặc minh chứng dự kiến", "minhChung"],
    ["Minh chứng dự kiến", "minhChung"],
    ["Mức độ thực hiện", "mucDo"],
  ])("2026 plan: %j → %s", (text, key) => {
    expect(keyOf(PLAN_2026, text)).toBe(key);
  });

  test("unrelated headers match nothing", () => {
    expect(matchColumn(PLAN_2018, "Họ và tên")).toBeNull();
    expect(matchColumn(PLAN_2026, "")).toBeNull();
    expect(matchColumn(PLAN_2018, "Tiêu chuẩn hóa đội ngũ")).toMatchObject({ column: { key: "tieuChuan" } });
    expect(matchColumn(PLAN_2018, "Tiêu chuẩn hóa đội ngũ")!.score).toBeLessThan(matchColumn(PLAN_2018, "Tiêu chuẩn")!.score);
  });

  test("numbering cells", () => {
    expect(["(1)", "(10)", "7", " (3) "].every(isColumnNumber)).toBe(true);
    expect(["TT", "(a)", "1.4", ""].some(isColumnNumber)).toBe(false);
  });
});
