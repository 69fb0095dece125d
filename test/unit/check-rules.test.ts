/**
 * Every rule of the completeness check on fixtures that state the markup under test.
 */
import { checkDocument, type CheckOptions, type Finding } from "../../src/core/check";
import { cell, row, table } from "../support/docx-builder";
import {
  HEADER_2018,
  HEADER_2026,
  NUMBERING_2026,
  across,
  encodeTcvn3,
  fullRow2018,
  modelOf,
  paragraphXml,
  planTable,
  row2018,
  type CellInput,
} from "../support/plan-fixtures";

const check = (xml: string | string[], options: CheckOptions = {}) => checkDocument(modelOf(...(Array.isArray(xml) ? xml : [xml])), options);
const plan2018 = (...rows: CellInput[][]) => planTable([[...HEADER_2018], across("MỨC 2"), ...rows], { gridCols: 9 });
const gaps = (findings: readonly Finding[]) =>
  findings.filter((f) => f.rule === "required-empty").map((f) => [f.criterion ?? f.item, f.field, f.row, f.cell]);

/** A 2018 row with the three required cells given (kinhPhi, thoiGian, phuTrach) and the others filled. */
function required2018(code: string, required: { phuTrach?: CellInput; thoiGian?: CellInput; kinhPhi?: CellInput }): CellInput[] {
  return row2018("", `Tiêu chí ${code}`, {
    2: "Đạt Mức 2",
    3: "Rà soát",
    4: required.phuTrach ?? "Hiệu trưởng",
    5: required.thoiGian ?? "Tháng 9/2026",
    6: required.kinhPhi ?? "Không",
  });
}

describe("required-empty on a 2018 plan", () => {
  it("finds nothing in a complete plan", () => {
    const result = check(plan2018(fullRow2018("Tiêu chí 1.1"), fullRow2018("Tiêu chí 1.2")));
    expect(result.findings).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.summary).toEqual({ items: 2, counts: { criterion: 2 }, checked: { plans: true, results: false }, itemsWithGaps: 0, errors: 0, warnings: 0 });
  });

  it("treats white space, no-break spaces, ellipses and a blank date as empty, and Không or / as filled", () => {
    const result = check(
      plan2018(
        required2018("1.1", { kinhPhi: "\u00a0\u00a0" }),
        required2018("1.2", { thoiGian: "……" }),
        required2018("1.3", { thoiGian: "…/…/20…" }),
        required2018("1.4", { phuTrach: "   " }),
        required2018("1.5", { kinhPhi: "Không", phuTrach: "/", thoiGian: "Cả năm học" }),
        required2018("1.6", { kinhPhi: "Tự túc" }),
      ),
    );
    expect(gaps(result.findings)).toEqual([
      ["1.1", "kinhPhi", 2, 6],
      ["1.2", "thoiGian", 3, 5],
      ["1.3", "thoiGian", 4, 5],
      ["1.4", "phuTrach", 5, 4],
    ]);
    expect(result.findings[0]).toMatchObject({ table: 0, severity: "error", message: "Tiêu chí 1.1: chưa ghi dự kiến kinh phí", messageEn: "Criterion 1.1: no estimated budget given" });
    expect(result.summary).toEqual({ items: 6, counts: { criterion: 6 }, checked: { plans: true, results: false }, itemsWithGaps: 4, errors: 4, warnings: 0 });
  });

  it("counts a continuation row's text, and points a gap of a two-row item at its first row", () => {
    const result = check(
      plan2018(
        required2018("2.1", { phuTrach: "" }),
        row2018("", "Điểm yếu: tiếp theo", { 4: "Hiệu trưởng" }),
        required2018("2.2", { kinhPhi: "" }),
        row2018("", "", { 3: "Công việc thêm" }),
      ),
    );
    expect(gaps(result.findings)).toEqual([["2.2", "kinhPhi", 4, 6]]);
  });

  it("counts a vertically merged cell for every item it covers, and points at the merge start", () => {
    const result = check(
      plan2018(
        required2018("3.1", { phuTrach: { text: "Tổ trưởng", vMerge: "restart" }, kinhPhi: { text: "", vMerge: "restart" } }),
        required2018("3.2", { phuTrach: { vMerge: "continue" }, kinhPhi: { vMerge: "continue" } }),
      ),
    );
    expect(gaps(result.findings)).toEqual([
      ["3.1", "kinhPhi", 2, 6],
      ["3.2", "kinhPhi", 2, 6],
    ]);
  });

  it("does not count deleted tracked text, and counts inserted tracked text", () => {
    const del = '<w:p><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>Hiệu trưởng</w:delText></w:r></w:del></w:p>';
    const ins = '<w:p><w:ins w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:t>5.000.000 đồng</w:t></w:r></w:ins></w:p>';
    const plain = (t: string) => cell(t);
    const criterionRow = (code: string, phuTrach: string, kinhPhi: string) =>
      row([plain(""), plain(`Tiêu chí ${code}`), plain("Đạt"), plain("Rà soát"), cell(phuTrach), plain("Tháng 9/2026"), cell(kinhPhi), plain(""), plain("")]);
    const xml = table(
      [row(HEADER_2018.map(plain)), criterionRow("4.1", del, ins), criterionRow("4.2", "Hiệu trưởng", `<w:p><w:r><w:t>Không</w:t></w:r></w:p>`)],
      { gridCols: 9, tblPr: '<w:tblStyle w:val="TableGrid"/>' },
    );
    expect(gaps(check(xml).findings)).toEqual([["4.1", "phuTrach", 1, 4]]);
  });

  it("checks the requirable columns only when asked", () => {
    const xml = plan2018(row2018("", "Tiêu chí 1.1", { 2: "", 3: "……", 4: "Hiệu trưởng", 5: "Tháng 9/2026", 6: "Không" }));
    expect(check(xml).findings).toEqual([]);
    const asked = check(xml, { alsoRequired: ["congViec", "ketQuaCanDat", "mucTieu"] });
    expect(asked.findings.map((f) => [f.field, f.message])).toEqual([
      ["ketQuaCanDat", "Tiêu chí 1.1: chưa ghi kết quả cần đạt"],
      ["congViec", "Tiêu chí 1.1: chưa ghi công việc/giải pháp"],
    ]);
  });
});

describe("required-empty on a 2026 plan", () => {
  const task = (tt: string, cells: Partial<Record<"thoiGian" | "phuTrach" | "nguonLuc" | "mucTieu", string>> = {}, noiDung = "Bồi dưỡng giáo viên (tiêu chí 2.2)") => [
    tt,
    noiDung,
    cells.mucTieu ?? "100% giáo viên",
    "Tổ chức chuyên đề",
    "Tỉ lệ hoàn thành",
    cells.thoiGian ?? "Tháng 10/2026 – tháng 3/2027",
    cells.phuTrach ?? "Phó hiệu trưởng",
    cells.nguonLuc ?? "Ngân sách nhà nước",
    "Kế hoạch",
    "",
  ];

  it("names the task by its TT, never requires Mức độ thực hiện, and accepts Ngân sách nhà nước", () => {
    const result = check(planTable([[...HEADER_2026], NUMBERING_2026, task("1"), task("2", { nguonLuc: "" }), task("3", { phuTrach: "……", thoiGian: " " })]));
    expect(result.findings.map((f) => [f.item, f.field, f.row, f.cell, f.message])).toEqual([
      ["2", "nguonLuc", 3, 7, "Nhiệm vụ 2: chưa ghi nguồn lực bảo đảm"],
      ["3", "thoiGian", 4, 5, "Nhiệm vụ 3: chưa ghi thời gian thực hiện"],
      ["3", "phuTrach", 4, 6, "Nhiệm vụ 3: chưa ghi đơn vị/cá nhân phụ trách"],
    ]);
    expect(result.findings[0]!.messageEn).toBe("Task 2: no resources given");
  });

  it("counts a continuation row of a task, and asks for Mục tiêu only when told", () => {
    const xml = planTable([[...HEADER_2026], task("1", { nguonLuc: "", mucTieu: "" }), ["", "", "", "", "", "", "", "Nguồn xã hội hóa", "", ""]]);
    expect(check(xml).findings).toEqual([]);
    expect(check(xml, { alsoRequired: ["mucTieu"] }).findings.map((f) => [f.item, f.field])).toEqual([["1", "mucTieu"]]);
  });
});

describe("warnings", () => {
  it("unknown-criterion: a code the school type's circular does not have", () => {
    const xml = plan2018(fullRow2018("Tiêu chí 5.6"), fullRow2018("Tiêu chí 2.4"), fullRow2018("Tiêu chí 6.1"));
    const rule = (options: CheckOptions) => check(xml, options).findings.filter((f) => f.rule === "unknown-criterion").map((f) => f.criterion);
    expect(rule({ schoolType: "mam-non" })).toEqual(["5.6", "2.4", "6.1"]);
    expect(rule({ schoolType: "tieu-hoc" })).toEqual(["5.6", "6.1"]);
    expect(rule({ schoolType: "trung-hoc" })).toEqual(["6.1"]);
    // Without a school type only codes no 2018 circular has are reported.
    expect(rule({})).toEqual(["6.1"]);
    const [finding] = check(xml, { schoolType: "mam-non" }).findings;
    expect(finding).toMatchObject({ severity: "warning", field: "tieuChi", row: 2, cell: 1 });
    expect(finding!.message).toMatch(/^Tiêu chí 5\.6 không có trong bộ tiêu chí của Thông tư 19\/2018\/TT-BGDĐT/);
  });

  it("unknown-criterion in a 2026 plan: a task naming a code Thông tư 57/2026 does not have", () => {
    const row = ["1", "Nâng cao chất lượng (tiêu chí 5.2)", "a", "b", "c", "Tháng 10/2026", "Hiệu trưởng", "Không", "d", ""];
    const findings = check(planTable([[...HEADER_2026], row])).findings;
    expect(findings.map((f) => [f.rule, f.item, f.field])).toEqual([["unknown-criterion", "1", "noiDung"]]);
    expect(findings[0]!.message).toBe("Nhiệm vụ 1: tiêu chí 5.2 không có trong bộ tiêu chí của Thông tư 57/2026/TT-BGDĐT (Phụ lục II)");
  });

  it("criterion-standard-mismatch: 5.4 under Tiêu chuẩn 4", () => {
    const xml = plan2018(["4", { text: "Tiêu chuẩn 4: Quan hệ", span: 8 }], fullRow2018("Tiêu chí 4.1"), fullRow2018("Tiêu chí 5.4"));
    const findings = check(xml).findings;
    expect(findings.map((f) => [f.rule, f.criterion, f.row, f.cell])).toEqual([["criterion-standard-mismatch", "5.4", 4, 1]]);
    expect(findings[0]!.message).toBe("Tiêu chí 5.4 nằm dưới Tiêu chuẩn 4, nhưng thuộc Tiêu chuẩn 5");
  });

  it("invalid-time: an impossible date and a period that ends before it starts", () => {
    const xml = plan2018(
      required2018("1.1", { thoiGian: "Tháng 13/2024" }),
      required2018("1.2", { thoiGian: "32/10/2024" }),
      required2018("1.3", { thoiGian: "Tháng 12/2024 - tháng 9/2024" }),
      required2018("1.4", { thoiGian: "Từ 05/9/2025 đến 31/5/2025" }),
      required2018("1.5", { thoiGian: "Từ 05/9/2025 đến 31/5/2026" }),
    );
    const findings = check(xml).findings;
    expect(findings.map((f) => [f.rule, f.criterion, f.field, f.severity])).toEqual([
      ["invalid-time", "1.1", "thoiGian", "warning"],
      ["invalid-time", "1.2", "thoiGian", "warning"],
      ["invalid-time", "1.3", "thoiGian", "warning"],
      ["invalid-time", "1.4", "thoiGian", "warning"],
    ]);
    expect(findings[0]!.message).toBe("Tiêu chí 1.1: thời gian “Tháng 13/2024” có ngày hoặc tháng không tồn tại");
    expect(findings[3]!.message).toBe("Tiêu chí 1.4: thời gian “Từ 05/9/2025 đến 31/5/2025” kết thúc trước khi bắt đầu");
    expect(check(xml).complete).toBe(true);
  });

  it("placeholder-text: template blanks left in filled text, wherever they are", () => {
    const xml = plan2018(
      required2018("1.1", { phuTrach: "Đồng chí xxx" }),
      row2018("", "Tiêu chí 1.2", { 2: "Đạt Mức 2", 3: "Hoàn thành trước ngày …/…/2026", 4: "Hiệu trưởng", 5: "Tháng 9/2026", 6: "[…] đồng" }),
      required2018("1.3", { phuTrach: "Hiệu trưởng, các tổ chuyên môn…" }),
    );
    const findings = check(xml).findings;
    expect(findings.map((f) => [f.rule, f.criterion, f.field])).toEqual([
      ["placeholder-text", "1.1", "phuTrach"],
      ["placeholder-text", "1.2", "congViec"],
      ["placeholder-text", "1.2", "kinhPhi"],
    ]);
    expect(findings[0]!.message).toBe("Tiêu chí 1.1: người chủ trì, phối hợp thực hiện còn chỗ trống của mẫu (“xxx”)");
  });
});

describe("2026 section IV against section V", () => {
  const ISSUES = ["TT", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân của hạn chế"];
  const issue = (tt: string, standard: string, code: string, state = "Đạt Mức 1") => [tt, `Tiêu chuẩn ${standard}`, `Tiêu chí ${code}`, state, "Hạn chế", "Nguyên nhân"];
  const task = (tt: string, noiDung: string) => [tt, noiDung, "a", "b", "c", "Tháng 10/2026", "Hiệu trưởng", "Không", "d", ""];
  const issues = planTable([
    ISSUES,
    issue("1", "1", "1.4"),
    issue("2", "2", "2.1"),
    issue("3", "3", "3.1", "Chưa đạt Mức 1: thiếu 3 phòng học"),
    issue("4", "3", "3.3"),
    issue("5", "2", "2.2"),
    issue("6", "1", "2.3"),
  ]);
  const plan = planTable([
    [...HEADER_2026],
    task("1", "Cập nhật dữ liệu tự đánh giá (tiêu chí 1.4)"),
    task("2", "Cải thiện Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình"),
    task("3", "Bồi dưỡng giáo viên 2.2"),
    task("4", "Nhân viên (tiêu chí 2.3)"),
  ]);

  it("warns about criteria no task addresses, more strongly for a mandatory one the document rates below target", () => {
    const findings = check([issues, plan]).findings.filter((f) => f.table === 0);
    expect(findings.map((f) => [f.rule, f.criterion, f.row, f.cell, f.severity])).toEqual([
      ["issue-not-addressed", "2.1", 2, 2, "warning"],
      ["mandatory-missing", "3.1", 3, 2, "warning"],
      ["issue-not-addressed", "3.3", 4, 2, "warning"],
      ["criterion-standard-mismatch", "2.3", 6, 2, "warning"],
    ]);
    expect(findings[0]!.message).toBe("Tiêu chí 2.1 được nêu ở mục IV nhưng chưa có nhiệm vụ nào trong kế hoạch (mục V) thực hiện");
    expect(findings[1]!.message).toMatch(/^Tiêu chí 3\.1 là tiêu chí bắt buộc, hiện trạng chưa đạt/);
  });

  it("says nothing about section IV when there is no plan table (the no-plan notice does)", () => {
    const result = check(issues);
    expect(result.findings.filter((f) => f.rule === "issue-not-addressed" || f.rule === "mandatory-missing")).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(["no-plan"]);
  });
});

describe("result-missing", () => {
  const REPORT = ["TT", "Tiêu chuẩn, tiêu chí", "Xây dựng đầu năm", "Đã được điều chỉnh", "Đã triển khai xong", "Đang triển khai", "Chưa triển khai", "Ghi chú"];
  const reportRow = (code: string, results: [string, string, string]) => ["", `Tiêu chí ${code}`, "Kế hoạch", "", ...results, ""];

  it("asks every report row for at least one result, and never for plan fields", () => {
    const xml = planTable([REPORT, reportRow("1.1", ["Đã xong", "", ""]), reportRow("1.2", ["", "", "Không"]), reportRow("1.3", ["", "……", "\u00a0"])]);
    const result = check(xml);
    expect(result.tables).toEqual([{ index: 0, kind: "report", form: "report-2018", items: 3 }]);
    expect(result.findings.map((f) => [f.rule, f.criterion, f.field, f.row, f.cell, f.severity])).toEqual([["result-missing", "1.3", "daXong", 3, 4, "error"]]);
    expect(result.findings[0]!.message).toBe("Tiêu chí 1.3: chưa ghi kết quả thực hiện (đã triển khai xong, đang triển khai hay chưa triển khai)");
    expect(result.summary).toEqual({ items: 3, counts: { criterion: 3 }, checked: { plans: false, results: true }, itemsWithGaps: 1, errors: 1, warnings: 0 });
  });

  const MONITORING = ["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá"];
  const monitoring = (first: string, second: string) =>
    planTable([MONITORING, ["Cuối học kỳ I", "Tiến độ", first, "", "Hội đồng"], ["Cuối năm học", "Mức độ hoàn thành", second, "", "Hiệu trưởng"]]);
  const withPlan = (xml: string, year = "Năm học 2025 – 2026") => [paragraphXml(`KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG ${year}`), planTable([[...HEADER_2026], ["1", "Nội dung", "a", "b", "c", "Tháng 10/2025", "Hiệu trưởng", "Không", "d", ""]]), xml];
  const due = (xml: string[], today: Date) => check(xml, { today }).findings.filter((f) => f.rule === "result-missing").map((f) => [f.table, f.row, f.cell, f.item]);

  it("asks a monitoring review point for its result once it is due, and not before", () => {
    const doc = withPlan(monitoring("", ""));
    expect(due(doc, new Date(2025, 9, 1))).toEqual([]);
    expect(due(doc, new Date(2026, 0, 14))).toEqual([]);
    expect(due(doc, new Date(2026, 0, 15))).toEqual([[1, 1, 2, "Cuối học kỳ I"]]);
    expect(due(doc, new Date(2026, 5, 1))).toEqual([
      [1, 1, 2, "Cuối học kỳ I"],
      [1, 2, 2, "Cuối năm học"],
    ]);
    expect(due(withPlan(monitoring("Hoàn thành 4/6 nhiệm vụ", "")), new Date(2026, 5, 1))).toEqual([[1, 2, 2, "Cuối năm học"]]);
  });

  it("does not report monitoring without the school year or the date of the check", () => {
    expect(due(withPlan(monitoring("", ""), "kế hoạch"), new Date(2030, 0, 1))).toEqual([]);
    expect(check(withPlan(monitoring("", ""))).findings).toEqual([]);
  });
});

describe("notices", () => {
  it("no-table: a document without any table", () => {
    const result = check(paragraphXml("Kế hoạch cải tiến chất lượng"));
    expect(result.notices.map((n) => [n.code, n.severity])).toEqual([["no-table", "error"]]);
    expect(result.complete).toBe(false);
  });

  it("no-plan: says which headers were expected, for both forms", () => {
    const result = check(planTable([["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Hiệu trưởng"]]));
    expect(result.notices).toHaveLength(1);
    const [notice] = result.notices;
    expect(notice).toMatchObject({ code: "no-plan", severity: "error" });
    for (const header of ["Nguồn lực bảo đảm", "Đơn vị/cá nhân phụ trách", "Dự kiến kinh phí", "Thời gian thực hiện và hoàn thành", "Chủ trì và phối hợp thực hiện"]) {
      expect(notice!.message).toContain(header);
      expect(notice!.messageEn).toContain(header);
    }
    expect(result.summary.errors).toBe(1);
  });

  it("missing-column: a plan table without a required column", () => {
    const header = ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc cần thực hiện", "Người phụ trách", "Thời gian thực hiện"];
    const result = check(planTable([header, ["", "Tiêu chí 1.1", "a", "b", "c", "Tháng 9/2026"]]));
    expect(result.notices.map((n) => [n.code, n.tables])).toEqual([["missing-column", [0]]]);
    expect(result.notices[0]!.message).toBe("Bảng 0 không có cột “Dự kiến kinh phí” (dự kiến kinh phí).");
    expect(result.complete).toBe(false);
  });

  it("legacy-encoding: a TCVN3 document is never complete, even with every field filled", () => {
    const tcvn = (text: string): CellInput => ({ text: encodeTcvn3(text), font: ".VnTime" });
    const rows = [HEADER_2018.map(tcvn), ["", tcvn("Tiêu chí 1.4"), tcvn("Đạt mức 2"), tcvn("Rà soát"), tcvn("Hiệu trưởng"), tcvn("Tháng 9/2026"), tcvn("Không"), "", ""]];
    const result = check(planTable(rows, { gridCols: 9 }));
    expect(result.findings).toEqual([]);
    expect(result.notices.map((n) => [n.code, n.severity, n.tables])).toEqual([["legacy-encoding", "error", [0]]]);
    expect(result.notices[0]!.message).toContain("TCVN3");
    expect(result.complete).toBe(false);
    expect(result.summary.errors).toBe(1);
  });
});
