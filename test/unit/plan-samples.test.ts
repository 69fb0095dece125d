/**
 * The plan model on the real sample documents: every table's kind and form, the items in order, and the empty
 * required fields computed from the model's field texts with the samples README's rule.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocumentModel, type DocumentModel, type Item } from "../../src/core/plan";
import { openDocx } from "../../src/ooxml/package";
import { readTables } from "../../src/ooxml/read-tables";

const SAMPLES = path.resolve(__dirname, "../../samples");
const SAMPLE_FILES = ["bao-cao-tieu-hoc.docx", "ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "ke-hoach-2026-thcs.docx"];

interface ExpectedTable {
  index: number;
  kind: string;
  form?: string;
  items: number;
  itemCriteria?: string[];
  itemIds?: string[];
}
interface ExpectedMissing {
  table: number;
  criterion?: string;
  item?: string;
  field: string;
}
interface Expected {
  schoolType: string;
  tables: ExpectedTable[];
  missing: ExpectedMissing[];
}

/** The samples README's rule: empty, white space (no-break spaces too), or only dots, ellipses, underscores. */
function isEmptyField(text: string | undefined): boolean {
  return (text ?? "").replace(/[\s\u00a0\u2007\u202f.…_]/gu, "") === "";
}

const REQUIRED: Record<string, string[]> = { "plan-2018": ["kinhPhi", "thoiGian", "phuTrach"], "plan-2026": ["nguonLuc", "thoiGian", "phuTrach"] };

function missingOf(model: DocumentModel): ExpectedMissing[] {
  const out: ExpectedMissing[] = [];
  for (const table of model.tables) {
    for (const field of REQUIRED[table.form ?? ""] ?? []) {
      for (const item of table.items) {
        if (!isEmptyField(item.fields[field]?.text)) continue;
        if (item.type === "criterion") out.push({ table: table.index, criterion: item.criterion, field });
        else if (item.type === "task") out.push({ table: table.index, item: item.item, field });
      }
    }
  }
  return out;
}

function sortMissing(list: ExpectedMissing[]): string[] {
  return list.map((m) => `${m.table}|${m.criterion ?? ""}|${m.item ?? ""}|${m.field}`).sort();
}

function criteriaOf(items: readonly Item[]): string[] {
  return items.map((item) => (item.type === "criterion" || item.type === "issue" ? (item.criterion ?? "?") : "?"));
}

async function readSample(file: string): Promise<{ model: DocumentModel; xml: string }> {
  const pkg = await openDocx(readFileSync(path.join(SAMPLES, file)));
  return { model: readDocumentModel(readTables(pkg.documentXml), { documentXml: pkg.documentXml }), xml: pkg.documentXml };
}

describe.each(SAMPLE_FILES)("%s", (file) => {
  const expected = JSON.parse(readFileSync(path.join(SAMPLES, file.replace(/\.docx$/, ".expected.json")), "utf8")) as Expected;

  it("recognises every table's kind and form, and reads its items in order", async () => {
    const { model } = await readSample(file);
    expect(model.tables.map((t) => t.index)).toEqual(expected.tables.map((t) => t.index));
    for (const want of expected.tables) {
      const table = model.tables.find((t) => t.index === want.index)!;
      expect({ index: table.index, kind: table.kind }).toEqual({ index: want.index, kind: want.kind });
      if (want.form === "2026") expect(table.form).toBe("plan-2026");
      if (want.kind === "plan" && want.form === undefined) expect(table.form).toBe("plan-2018");
      expect(table.items).toHaveLength(want.items);
      if (want.itemCriteria) expect(criteriaOf(table.items)).toEqual(want.itemCriteria);
      if (want.itemIds) expect(table.items.map((i) => (i.type === "task" ? i.item : "?"))).toEqual(want.itemIds);
    }
    expect(model.legacyEncoding).toBeNull();
  });

  it("finds exactly the expected empty required fields", async () => {
    const { model } = await readSample(file);
    expect(sortMissing(missingOf(model))).toEqual(sortMissing(expected.missing));
  });

  it("reports no criterion filed under another standard", async () => {
    const { model } = await readSample(file);
    expect(model.tables.flatMap((t) => t.criterionStandardMismatch)).toEqual([]);
  });
});

describe("sample details", () => {
  it("mầm non: criterion 1.5 is joined with its PDF continuation row, and 5.3 with the row that adds to Kết quả cần đạt", async () => {
    const { model } = await readSample("ke-hoach-mam-non.docx");
    const table = model.tables[0]!;
    expect(table.headerRows).toEqual([0]);
    expect(table.groups.map((g) => [g.type, g.row, g.level ?? g.standard])).toEqual([
      ["level", 1, "3"],
      ["standard", 2, 1],
      ["standard", 5, 2],
      ["standard", 7, 3],
      ["standard", 9, 5],
    ]);
    const [c15, c23, , c53] = table.items;
    expect(c15).toMatchObject({ criterion: "1.5", standard: 1, level: "3", rows: [3, 4] });
    expect(c15!.fields.phuTrach!.text).toBe("Hiệu\ntrưởng, CBQL, giáo viên, cha mẹ trẻ");
    expect(c15!.fields.phuTrach!.cells).toEqual([
      { row: 3, cell: 4 },
      { row: 4, cell: 4 },
    ]);
    expect(c15!.fields.tieuChi!.text).toMatch(/^Tiêu chí 1\.5\nĐiểm yếu: Nhà trường còn 02 lớp/);
    expect(c23).toMatchObject({ criterion: "2.3", rows: [6] });
    expect(c23!.fields.kinhPhi!.text).toBe("2.000.000đ");
    expect(c53).toMatchObject({ criterion: "5.3", standard: 5, rows: [10, 11] });
    expect(c53!.fields.ketQuaCanDat!.text).toMatch(/không để xảy ra\nngộ độc thực phẩm/);
  });

  it("báo cáo: two header rows, report columns under their groups, MỨC 1 and MỨC 2 levels", async () => {
    const { model } = await readSample("bao-cao-tieu-hoc.docx");
    const report = model.tables[1]!;
    expect(report.form).toBe("report-2018");
    expect(report.headerRows).toEqual([0, 1]);
    expect(report.columns).toEqual({ tt: 0, tieuChi: 1, ndDauNam: 2, ndDieuChinh: 3, daXong: 4, dangTrienKhai: 5, chuaTrienKhai: 6, ghiChu: 7 });
    expect(report.unknownHeaders).toEqual([]);
    const levels = report.items.map((i) => (i.type === "criterion" ? i.level : undefined));
    expect(levels).toEqual(["1", "1", "1", "1", "1", "1", "2", "2", "2", "2", "2"]);
    expect(report.items[6]).toMatchObject({ criterion: "1.4", standard: 1, rows: [15] });
    expect(report.unassignedRows).toEqual([]);
    expect(model.schoolYear).toBe("2023-2024");
  });

  it("2026: numbering row in the header, task fields by column, criteria named in tasks kept as references", async () => {
    const { model } = await readSample("ke-hoach-2026-thcs.docx");
    const plan = model.tables[2]!;
    expect(plan.headerRows).toEqual([0, 1]);
    expect(Object.keys(plan.columns)).toHaveLength(10);
    const task3 = plan.items[2]!;
    expect(task3).toMatchObject({ type: "task", item: "3", rows: [4], criteria: ["3.2"] });
    expect(task3.fields.nguonLuc).toEqual({ text: "", cells: [{ row: 4, cell: 7 }] });
    expect(plan.items[4]!.fields.nguonLuc!.text).toBe("Ngân sách nhà nước 15.000.000 đồng; nguồn xã hội hóa");
    const monitoring = model.tables[3]!;
    expect(monitoring.items.map((i) => (i.type === "review" ? i.point : ""))).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    expect(model.schoolYear).toBe("2026-2027");
  });

  it("tiểu học: the code split over two paragraphs, the standard row without a name", async () => {
    const { model } = await readSample("ke-hoach-tieu-hoc.docx");
    const plan = model.tables[1]!;
    expect(plan.items[1]).toMatchObject({ criterion: "3.1", standard: 3, level: "2" });
    expect(plan.groups.filter((g) => g.type === "standard").map((g) => g.standard)).toEqual([1, 3, 4]);
    expect(model.schoolYear).toBeUndefined();
  });
});
