/**
 * The plan model's rows: items, groups, continuation rows and merged cells, for both forms.
 */
import { type CriterionItem, type Item, type TaskItem } from "../../src/core/plan";
import {
  HEADER_2018,
  HEADER_2026,
  NUMBERING_2026,
  across,
  fullRow2018,
  row2018,
  tableModelOf,
  type CellInput,
} from "../support/plan-fixtures";

const criteria = (items: readonly Item[]): string[] => items.map((i) => (i.type === "criterion" || i.type === "issue" ? (i.criterion ?? "-") : "?"));
const standardRow = (tt: string, n: number, name = "Tên"): CellInput[] => [tt, { text: `Tiêu chuẩn ${n}: ${name}`, span: 8 }];

describe("2018 items", () => {
  it("reads level rows and standard rows in every way schools write them, and only criteria as items", () => {
    const table = tableModelOf([
      [...HEADER_2018],
      across("MỨC  1"),
      standardRow("1", 1),
      fullRow2018("Tiêu chí 1.2"),
      ["", "Tiêu chuẩn 2: Cán bộ quản lý", "", "", "", "", "", "", ""],
      fullRow2018("Tiêu chí 2.3 Điểm yếu: Số lượng người nấu ăn chưa đủ"),
      ["MỨC 1, 2, 3", "", "", "", "", "", "", "", ""],
      ["", { text: "TIÊU CHUẨN 3. Cơ sở vật chất", span: 2 }, "", "", "", "", "", ""],
      fullRow2018("3.1"),
      fullRow2018("TC 3.2:"),
    ]);
    expect(table.groups.map((g) => [g.type, g.row, g.level ?? g.standard])).toEqual([
      ["level", 1, "1"],
      ["standard", 2, 1],
      ["standard", 4, 2],
      ["level", 6, "1, 2, 3"],
      ["standard", 7, 3],
    ]);
    expect(table.items.map((i) => [(i as CriterionItem).criterion, (i as CriterionItem).standard, (i as CriterionItem).level, i.rows])).toEqual([
      ["1.2", 1, "1", [3]],
      ["2.3", 2, "1", [5]],
      ["3.1", 3, "1, 2, 3", [8]],
      ["3.2", 3, "1, 2, 3", [9]],
    ]);
    expect(table.unassignedRows).toEqual([]);
  });

  it("reads a code split over two paragraphs", () => {
    const table = tableModelOf([[...HEADER_2018], fullRow2018("x").map((c, i) => (i === 1 ? { paragraphs: ["Tiêu chí", "3.1"] } : c))]);
    expect(criteria(table.items)).toEqual(["3.1"]);
    expect(table.items[0]!.fields.tieuChi!.text).toBe("Tiêu chí\n3.1");
  });

  it("makes each task row under a vertically merged criterion cell an item of that criterion", () => {
    const table = tableModelOf([
      [...HEADER_2018],
      standardRow("1", 1),
      row2018("1", { text: "Tiêu chí 1.4", vMerge: "restart" }, { 3: "Rà soát", 4: "Hiệu trưởng", 5: "Tháng 9", 6: { text: "5.000.000 đồng", vMerge: "restart" } }),
      row2018("2", { vMerge: "continue" }, { 3: "Công khai", 4: "PHT", 5: "Tháng 10", 6: { vMerge: "continue" } }),
      fullRow2018("Tiêu chí 1.5"),
    ]);
    expect(criteria(table.items)).toEqual(["1.4", "1.4", "1.5"]);
    const [first, second] = table.items;
    expect(second!.rows).toEqual([3]);
    expect(second!.fields.tieuChi).toEqual({ text: "Tiêu chí 1.4", cells: [{ row: 2, cell: 1 }, { row: 3, cell: 1 }] });
    expect(second!.fields.congViec).toEqual({ text: "Công khai", cells: [{ row: 3, cell: 3 }] });
    // A budget merged over both tasks fills both.
    expect(first!.fields.kinhPhi!.text).toBe("5.000.000 đồng");
    expect(second!.fields.kinhPhi).toEqual({ text: "5.000.000 đồng", cells: [{ row: 2, cell: 6 }, { row: 3, cell: 6 }] });
  });

  it("joins continuation rows (empty TT, no code) to the item above, its criterion cell holding the rest of the name", () => {
    const table = tableModelOf([
      [...HEADER_2018],
      across("MỨC 2"),
      standardRow("1", 1),
      row2018("", "Tiêu chí 1.5", { 2: "Tại thời", 4: "Hiệu", 5: "Tháng 9/2023", 6: "Không" }),
      row2018("", "Điểm yếu: còn 02 lớp ghép", { 2: "điểm đánh giá", 4: "trưởng, CBQL" }),
      row2018("", "", { 2: "thêm một dòng" }),
      ["", "", "", "", "", "", "", "", ""],
      fullRow2018("Tiêu chí 1.6"),
    ]);
    expect(table.items.map((i) => i.rows)).toEqual([[3, 4, 5], [7]]);
    const item = table.items[0]!;
    expect(item.fields.phuTrach).toEqual({ text: "Hiệu\ntrưởng, CBQL", cells: [{ row: 3, cell: 4 }, { row: 4, cell: 4 }, { row: 5, cell: 4 }] });
    expect(item.fields.ketQuaCanDat!.text).toBe("Tại thời\nđiểm đánh giá\nthêm một dòng");
    expect(item.fields.tieuChi!.text).toBe("Tiêu chí 1.5\nĐiểm yếu: còn 02 lớp ghép");
    expect(item.fields.kinhPhi!.text).toBe("Không");
  });

  it("makes a numbered row with an empty criterion cell another task of the criterion above", () => {
    const table = tableModelOf([
      [...HEADER_2018],
      row2018("1", "Tiêu chí 2.2", { 3: "Bồi dưỡng", 4: "PHT" }),
      row2018("2", "", { 3: "Dự giờ", 4: "Tổ trưởng" }),
    ]);
    expect(criteria(table.items)).toEqual(["2.2", "2.2"]);
    expect(table.items[1]!.fields.congViec!.text).toBe("Dự giờ");
  });

  it("reports a criterion filed under another standard's row", () => {
    const table = tableModelOf([[...HEADER_2018], standardRow("4", 4), fullRow2018("Tiêu chí 4.1"), fullRow2018("Tiêu chí 5.4")]);
    expect(table.criterionStandardMismatch).toEqual([{ criterion: "5.4", standard: 4, row: 3 }]);
    expect((table.items[1] as CriterionItem).standard).toBe(4);
  });

  it("takes the standard from a separate, vertically merged Tiêu chuẩn column", () => {
    const header = ["TT", "Tiêu chuẩn", "Tiêu chí", "Kết quả cần đạt", "Giải pháp", "Người phụ trách", "Thời gian", "Kinh phí"];
    const table = tableModelOf([
      header,
      ["1", { text: "Tiêu chuẩn 1", vMerge: "restart" }, "Tiêu chí 1.1", "a", "b", "c", "d", "e"],
      ["2", { vMerge: "continue" }, "1.3", "a", "b", "c", "d", "e"],
      ["3", "Tiêu chuẩn 2", "Tiêu chí 3.1", "a", "b", "c", "d", "e"],
    ]);
    expect(table.items.map((i) => [(i as CriterionItem).criterion, (i as CriterionItem).standard])).toEqual([
      ["1.1", 1],
      ["1.3", 1],
      ["3.1", 2],
    ]);
    expect(table.criterionStandardMismatch).toEqual([{ criterion: "3.1", standard: 2, row: 3 }]);
  });

  it("reads an 8-column variant without Điều kiện hỗ trợ", () => {
    const header = ["TT", "Tiêu chuẩn/tiêu chí", "Mục tiêu cần đạt", "Biện pháp", "Người thực hiện", "Thời gian hoàn thành", "Nguồn kinh phí", "Ghi chú"];
    const table = tableModelOf([header, across("MỨC 2", 8), ["1", { text: "Tiêu chuẩn 1", span: 7 }], ["", "Tiêu chí 1.4", "Đạt", "Rà soát", "", "Tháng 9", "Không", ""]]);
    expect(table.form).toBe("plan-2018");
    expect(table.columns).toEqual({ tt: 0, tieuChi: 1, ketQuaCanDat: 2, congViec: 3, phuTrach: 4, thoiGian: 5, kinhPhi: 6, ghiChu: 7 });
    expect(table.items[0]!.fields.phuTrach).toEqual({ text: "", cells: [{ row: 3, cell: 4 }] });
  });

  it("leaves out rows deleted as tracked changes and lists text rows before the first criterion as unassigned", () => {
    const table = tableModelOf(
      [[...HEADER_2018], row2018("", "Ghi chú chung của tổ", { 3: "x" }), fullRow2018("Tiêu chí 1.1"), fullRow2018("Tiêu chí 1.2")],
      { deletedRows: [2] },
    );
    expect(criteria(table.items)).toEqual(["1.2"]);
    expect(table.unassignedRows).toEqual([1]);
  });

  it("does not take money or a year for a code", () => {
    const table = tableModelOf([[...HEADER_2018], fullRow2018("15.000.000 đồng"), fullRow2018("2.000.000đ"), fullRow2018("2023-2024")]);
    expect(table.items).toEqual([]);
  });
});

describe("2026 plan items", () => {
  const task = (tt: CellInput, noiDung: CellInput, rest: Partial<Record<number, CellInput>> = {}): CellInput[] =>
    [tt, noiDung, ...[2, 3, 4, 5, 6, 7, 8, 9].map((i) => rest[i] ?? "")];

  it("identifies tasks by TT; a merged Nội dung belongs to each task; continuation rows join the task above", () => {
    const table = tableModelOf([
      [...HEADER_2026],
      NUMBERING_2026,
      task("1.", { text: "Đổi mới phương pháp (tiêu chí 3.2)", vMerge: "restart" }, { 3: "Sinh hoạt chuyên môn", 5: "Tháng 10/2026", 7: "Không" }),
      task("2", { vMerge: "continue" }, { 3: "Phụ đạo", 5: "Tháng 11/2026", 6: "Tổ Toán", 7: "Ngân sách nhà nước 15.000.000 đồng" }),
      task("", "", { 3: "02 buổi/tuần", 6: "Tổ Tiếng Anh" }),
      task("3", "Sửa chữa thiết bị (tiêu chí 4.1)", { 5: "……" }),
    ]);
    expect(table.items.map((i) => [(i as TaskItem).item, i.rows, (i as TaskItem).criteria])).toEqual([
      ["1", [2], ["3.2"]],
      ["2", [3, 4], ["3.2"]],
      ["3", [5], ["4.1"]],
    ]);
    const second = table.items[1]!;
    expect(second.fields.noiDung).toEqual({
      text: "Đổi mới phương pháp (tiêu chí 3.2)",
      cells: [{ row: 2, cell: 1 }, { row: 3, cell: 1 }, { row: 4, cell: 1 }],
    });
    expect(second.fields.phuTrach!.text).toBe("Tổ Toán\nTổ Tiếng Anh");
    expect(second.fields.hoatDong!.text).toBe("Phụ đạo\n02 buổi/tuần");
    expect(table.items.every((i) => i.type === "task")).toBe(true);
  });

  it("numbers the tasks of a plan printed without a TT column, one per row", () => {
    const header = HEADER_2026.slice(1);
    const table = tableModelOf([[...header], ["Nội dung A", "", "HĐ A", "", "Tháng 9", "", "", "", ""], ["Nội dung B", "", "HĐ B", "", "", "", "", "", ""]]);
    expect(table.form).toBe("plan-2026");
    expect(table.items.map((i) => [(i as TaskItem).item, i.rows])).toEqual([
      ["1", [1]],
      ["2", [2]],
    ]);
  });

  it("takes a row merged across the table for a heading, not a task", () => {
    const table = tableModelOf([[...HEADER_2026], across("Tiêu chuẩn 1: Quản trị nhà trường", 10), task("1", "Cập nhật dữ liệu")]);
    expect(table.groups).toEqual([{ type: "standard", row: 1, text: "Tiêu chuẩn 1: Quản trị nhà trường", standard: 1 }]);
    expect(table.items.map((i) => (i as TaskItem).item)).toEqual(["1"]);
  });
});

describe("2026 issues and monitoring items", () => {
  it("reads one issue per row with the codes of its Tiêu chí liên quan cell", () => {
    const table = tableModelOf([
      ["TT", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân của hạn chế"],
      ["1", { text: "Tiêu chuẩn 1: Quản trị", vMerge: "restart" }, "Tiêu chí 1.4: Tự đánh giá", "a", "b", "c"],
      ["2", { vMerge: "continue" }, "1.2; 1.3", "a", "b", "c"],
      ["", { vMerge: "continue" }, "", "", "thêm hạn chế", ""],
      ["3", "Tiêu chuẩn 2", "", "a", "b", "c"],
    ]);
    expect(table.items.map((i) => (i.type === "issue" ? [i.item, i.criterion, i.criteria, i.standard, i.rows] : null))).toEqual([
      ["1", "1.4", ["1.4"], 1, [1]],
      ["2", "1.2", ["1.2", "1.3"], 1, [2, 3]],
      ["3", undefined, [], 2, [4]],
    ]);
  });

  it("reads review points, a merged Thời điểm continuing the point above", () => {
    const table = tableModelOf([
      ["Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá"],
      [{ text: "Cuối học kỳ I", vMerge: "restart" }, "Tiến độ", "", "", "Hội đồng"],
      [{ vMerge: "continue" }, "Kết quả học tập", "", "", ""],
      ["Cuối năm học", "Mức độ hoàn thành", "", "", "Hiệu trưởng"],
    ]);
    expect(table.items.map((i) => (i.type === "review" ? [i.point, i.rows] : null))).toEqual([
      ["Cuối học kỳ I", [1, 2]],
      ["Cuối năm học", [3]],
    ]);
    expect(table.items[0]!.fields.ketQua).toEqual({ text: "", cells: [{ row: 1, cell: 2 }, { row: 2, cell: 2 }] });
  });
});
