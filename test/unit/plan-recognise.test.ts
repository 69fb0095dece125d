/**
 * Header recognition: which form a table is on, which grid column holds which field, and which tables are "other".
 */
import { readDocumentModel } from "../../src/core/plan";
import {
  HEADER_2018,
  HEADER_2026,
  NUMBERING_2026,
  across,
  encodeTcvn3,
  fullRow2018,
  gridsOf,
  modelOf,
  planTable,
  tableModelOf,
  type CellInput,
} from "../support/plan-fixtures";

const standardRow = (n: number): CellInput[] => [String(n), { text: `Tiêu chuẩn ${n}: Tên tiêu chuẩn`, span: 8 }];

describe("2018 plan headers", () => {
  it("maps the canonical 9 columns to their keys", () => {
    const table = tableModelOf([[...HEADER_2018], across("MỨC 2"), standardRow(1), fullRow2018("Tiêu chí 1.4")]);
    expect(table).toMatchObject({ kind: "plan", form: "plan-2018", headerRows: [0], unknownHeaders: [] });
    expect(table.columns).toEqual({ tt: 0, tieuChi: 1, ketQuaCanDat: 2, congViec: 3, phuTrach: 4, thoiGian: 5, kinhPhi: 6, dieuKienHoTro: 7, ghiChu: 8 });
  });

  it("tolerates NFD, upper case, line breaks inside headers, column numbers and 'Kinh phí (đồng)'", () => {
    const header: CellInput[] = [
      "STT",
      { paragraphs: ["TIÊU CHUẨN,", "TIÊU CHÍ"] },
      "Kết quả cần đạt".normalize("NFD"),
      "(4) Công  việc cần thực hiện",
      "Người phụ trách",
      "Thời gian",
      "Kinh phí (đồng)",
      "Ghi chú",
    ];
    const table = tableModelOf([header, fullRow2018("Tiêu chí 1.4").slice(0, 8)]);
    expect(table.form).toBe("plan-2018");
    expect(table.columns).toEqual({ tt: 0, tieuChi: 1, ketQuaCanDat: 2, congViec: 3, phuTrach: 4, thoiGian: 5, kinhPhi: 6, ghiChu: 7 });
  });

  it("reads columns in another order and reports extra unknown columns", () => {
    const header = ["Tiêu chí", "TT", "Công việc, giải pháp cần thực hiện", "Dự kiến kinh phí", "Thời gian thực hiện", "Chủ trì, phối hợp", "Xếp loại thi đua"];
    const table = tableModelOf([header, ["Tiêu chí 2.1", "1", "Bồi dưỡng", "Không", "Tháng 10", "Hiệu trưởng", "Tốt"]]);
    expect(table.form).toBe("plan-2018");
    expect(table.columns).toEqual({ tieuChi: 0, tt: 1, congViec: 2, kinhPhi: 3, thoiGian: 4, phuTrach: 5 });
    expect(table.unknownHeaders).toEqual(["Xếp loại thi đua"]);
    expect(table.items[0]!.fields.kinhPhi!.text).toBe("Không");
  });

  it("reads separate Tiêu chuẩn and Tiêu chí columns", () => {
    const header = ["TT", "Tiêu chuẩn", "Tiêu chí", "Kết quả cần đạt", "Giải pháp", "Người phụ trách", "Thời gian", "Kinh phí"];
    const table = tableModelOf([header, ["1", "Tiêu chuẩn 1", "1.5", "a", "b", "c", "d", "e"]]);
    expect(table.columns).toMatchObject({ tieuChuan: 1, tieuChi: 2 });
    expect(table.items.map((i) => (i.type === "criterion" ? [i.criterion, i.standard] : null))).toEqual([["1.5", 1]]);
  });

  it("reads a two-row header: vertically merged single cells, a group cell over its leaves", () => {
    const table = tableModelOf([
      [
        { text: "TT", vMerge: "restart" },
        { text: "Tiêu chuẩn, tiêu chí", vMerge: "restart" },
        { text: "Công việc cần thực hiện", vMerge: "restart" },
        { text: "Điều kiện thực hiện", span: 3 },
        { text: "Ghi chú", vMerge: "restart" },
      ],
      [{ vMerge: "continue" }, { vMerge: "continue" }, { vMerge: "continue" }, "Người phụ trách", "Thời gian", "Kinh phí", { vMerge: "continue" }],
      ["", "Tiêu chí 1.1", "Rà soát", "Hiệu trưởng", "Tháng 9", "Không", ""],
    ]);
    expect(table).toMatchObject({ form: "plan-2018", headerRows: [0, 1], unknownHeaders: [] });
    expect(table.columns).toEqual({ tt: 0, tieuChi: 1, congViec: 2, phuTrach: 3, thoiGian: 4, kinhPhi: 5, ghiChu: 6 });
    expect(table.items).toHaveLength(1);
  });

  it("takes a group cell as the column when its leaves name nothing ('Thời gian' over 'Bắt đầu' / 'Kết thúc')", () => {
    const table = tableModelOf([
      [{ text: "TT", vMerge: "restart" }, { text: "Tiêu chí", vMerge: "restart" }, { text: "Giải pháp", vMerge: "restart" }, { text: "Thời gian", span: 2 }],
      [{ vMerge: "continue" }, { vMerge: "continue" }, { vMerge: "continue" }, "Bắt đầu", "Kết thúc"],
      ["", "Tiêu chí 3.2", "Mua sắm", "9/2026", "5/2027"],
    ]);
    expect(table.columnRanges.thoiGian).toEqual([3, 5]);
    expect(table.items[0]!.fields.thoiGian).toEqual({ text: "9/2026\n5/2027", cells: [{ row: 2, cell: 3 }, { row: 2, cell: 4 }] });
  });

  it("skips a title row merged across the top of the table", () => {
    const table = tableModelOf([across("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"), [...HEADER_2018], fullRow2018("Tiêu chí 1.2")]);
    expect(table).toMatchObject({ form: "plan-2018", headerRows: [0, 1] });
    expect(table.items.map((i) => i.rows)).toEqual([[2]]);
  });

  it("a header-only table is a plan with no items", () => {
    const table = tableModelOf([[...HEADER_2018]]);
    expect(table).toMatchObject({ kind: "plan", form: "plan-2018", items: [], headerRows: [0] });
  });
});

describe("2026 form headers", () => {
  it("recognises the 10-column plan with its numbering row as part of the header", () => {
    const table = tableModelOf([[...HEADER_2026], NUMBERING_2026, ["1", "Nội dung", "Mục tiêu", "HĐ", "CS", "TG", "PT", "NL", "MC", ""]]);
    expect(table).toMatchObject({ kind: "plan", form: "plan-2026", headerRows: [0, 1], unknownHeaders: [] });
    expect(Object.keys(table.columns)).toEqual(["tt", "noiDung", "mucTieu", "hoatDong", "chiSo", "thoiGian", "phuTrach", "nguonLuc", "minhChung", "mucDo"]);
  });

  it("recognises the shorter wordings some schools print", () => {
    const header = ["TT", "Nội dung", "Mục tiêu", "Hoạt động, giải pháp", "Chỉ số", "Thời gian", "Phụ trách", "Nguồn lực", "Minh chứng dự kiến"];
    const table = tableModelOf([header, ["1", "a", "b", "c", "d", "e", "f", "g", "h"]]);
    expect(table.form).toBe("plan-2026");
    expect(table.columns).toMatchObject({ noiDung: 1, hoatDong: 3, phuTrach: 6, nguonLuc: 7, minhChung: 8 });
  });

  it("recognises the issues and monitoring tables, the monitoring variant with a TT column", () => {
    const issues = tableModelOf([
      ["TT", "Tiêu chuẩn", "Tiêu chí (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân"],
      ["1", "Tiêu chuẩn 2", "2.2", "a", "b", "c"],
    ]);
    expect(issues).toMatchObject({ kind: "issues", form: "issues-2026" });
    const monitoring = tableModelOf([
      ["TT", "Thời điểm", "Nội dung", "Kết quả", "Điều chỉnh", "Người đánh giá"],
      ["1", "Cuối học kỳ I", "Tiến độ", "", "", "Hội đồng"],
      ["2", "Cuối năm học", "Mức độ hoàn thành", "", "", "Hiệu trưởng"],
    ]);
    expect(monitoring).toMatchObject({ kind: "monitoring", form: "monitoring-2026" });
    expect(monitoring.columns).toEqual({ tt: 0, thoiDiem: 1, noiDungTheoDoi: 2, ketQua: 3, dieuChinh: 4, nguoiDanhGia: 5 });
  });
});

describe("other tables", () => {
  it("a borderless letterhead or signature block is 'other', even when it names a plan column", () => {
    const model = modelOf(
      planTable([["UBND XÃ TÂN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]], { borderless: true }),
      planTable([[...HEADER_2018], fullRow2018("Tiêu chí 1.4")], { borderless: true }),
    );
    expect(model.tables.map((t) => [t.kind, t.otherReason])).toEqual([
      ["other", "borderless"],
      ["other", "borderless"],
    ]);
  });

  it("a staff list with borders is 'other' and names its headers", () => {
    const table = tableModelOf([
      ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ"],
      ["1", "Nguyễn Văn A", "Hiệu trưởng", "Chủ tịch hội đồng"],
    ]);
    expect(table).toMatchObject({ kind: "other", otherReason: "no-header", items: [] });
    expect(table.unknownHeaders).toEqual(["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ"]);
  });

  it("an empty table is 'other'", () => {
    expect(tableModelOf([["", ""], ["", ""]])).toMatchObject({ kind: "other", otherReason: "empty", items: [], unknownHeaders: [] });
  });

  it("a criterion code alone does not make a plan: the header must say so", () => {
    const table = tableModelOf([["Tiêu chí 1.4", "Hiệu trưởng", "Tháng 9"]]);
    expect(table.kind).toBe("other");
  });

  it("lists a nested table after its parent and recognises it only by its own header", () => {
    const nestedPlan = planTable([[...HEADER_2018], fullRow2018("Tiêu chí 2.1")]);
    const nestedOther = planTable([["a", "b"]]);
    const outer = planTable([["Kế hoạch kèm theo", "Ghi chú"], ["", "x"]], { borderless: true, nested: [1, 0, nestedPlan] });
    const plan = planTable([[...HEADER_2018], [...fullRow2018("Tiêu chí 1.1")]], { nested: [1, 7, nestedOther] });
    const model = modelOf(outer, plan);
    expect(model.tables.map((t) => [t.index, t.kind, t.isTopLevel, t.parentIndex])).toEqual([
      [0, "other", true, null],
      [1, "plan", false, 0],
      [2, "plan", true, null],
      [3, "other", false, 2],
    ]);
    expect(model.tables[1]!.items.map((i) => (i.type === "criterion" ? i.criterion : ""))).toEqual(["2.1"]);
    expect(model.tables[2]!.items).toHaveLength(1);
  });
});

describe("legacy encodings", () => {
  it("decodes a TCVN3 plan so it is still recognised, and flags the document", () => {
    const tcvn = (text: string): CellInput => ({ text: encodeTcvn3(text), font: ".VnTime" });
    const table = [
      HEADER_2018.map(tcvn),
      [tcvn("MỨC 2".toLowerCase())],
      ["", tcvn("Tiêu chí 1.4"), tcvn("Đạt mức 2"), tcvn("Rà soát kế hoạch"), tcvn("Hiệu trưởng"), tcvn("Tháng 9/2026"), tcvn("Không"), "", ""],
    ];
    const model = readDocumentModel(gridsOf(planTable(table, { gridCols: 9 })));
    expect(model.legacyEncoding).toBe("TCVN3");
    const plan = model.tables[0]!;
    expect(plan).toMatchObject({ kind: "plan", form: "plan-2018", legacyEncoding: "TCVN3" });
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]!.fields.phuTrach!.text).toBe("Hiệu trưởng");
    expect(plan.groups[0]).toMatchObject({ type: "level", level: "2" });
  });

  it("flags VNI text (not decoded)", () => {
    const model = readDocumentModel(gridsOf(planTable([[{ text: "Tieâu chí", font: "VNI-Times" }, "x"]])));
    expect(model.legacyEncoding).toBe("VNI");
  });

  it("reports no legacy encoding for Unicode text in a .VnTime-named font", () => {
    const model = readDocumentModel(gridsOf(planTable([[...HEADER_2018].map((t) => ({ text: t, font: ".VnTime" }))])));
    expect(model.legacyEncoding).toBeNull();
  });
});
