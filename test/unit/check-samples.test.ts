/**
 * The completeness check on the real sample documents: each sample's expected.json lists its empty required fields
 * (a multiset), its tables' kinds and item counts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkDocument, summaryText } from "../../src/core/check";
import { readDocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";

const SAMPLES = path.resolve(__dirname, "../../samples");

interface Expected {
  file: string;
  schoolType: string;
  tables: { index: number; kind: string; form?: string; items: number }[];
  missing: { table: number; criterion?: string; item?: string; field: string }[];
}

const NAMES = ["ke-hoach-mam-non", "ke-hoach-tieu-hoc", "ke-hoach-2026-thcs", "bao-cao-tieu-hoc"];

async function check(name: string, options: { today?: Date; schoolType?: string } = {}) {
  const expected = JSON.parse(readFileSync(path.join(SAMPLES, `${name}.expected.json`), "utf8")) as Expected;
  const { documentXml } = await openDocx(readFileSync(path.join(SAMPLES, `${name}.docx`)));
  const model = readDocumentModel(readTables(documentXml), { documentXml });
  return { expected, model, result: checkDocument(model, { schoolType: expected.schoolType, ...options }) };
}

function key(m: { table: number; criterion?: string; item?: string; field: string }): string {
  return JSON.stringify([m.table, m.criterion ?? null, m.item ?? null, m.field]);
}

describe.each(NAMES)("%s", (name) => {
  it("finds exactly the expected empty required fields, and reads the expected tables", async () => {
    const { expected, result } = await check(name);
    const found = result.findings.filter((f) => f.rule === "required-empty").map(key).sort();
    expect(found).toEqual(expected.missing.map(key).sort());
    expect(result.tables.map((t) => [t.index, t.kind, t.items])).toEqual(expected.tables.map((t) => [t.index, t.kind, t.items]));
    expect(result.notices).toEqual([]);
  });

  it("gives no warning on a real document that has nothing to warn about", async () => {
    const { result } = await check(name);
    expect(result.findings.filter((f) => f.severity === "warning")).toEqual([]);
  });
});

describe("sample findings in detail", () => {
  it("points each gap of the mầm non plan at its cell, with a principal's message", async () => {
    const { result } = await check("ke-hoach-mam-non");
    expect(result.findings).toEqual([
      expect.objectContaining({ table: 0, row: 6, cell: 4, criterion: "2.3", field: "phuTrach", severity: "error", message: "Tiêu chí 2.3: chưa ghi người chủ trì, phối hợp thực hiện" }),
      expect.objectContaining({ table: 0, row: 10, cell: 4, criterion: "5.3", field: "phuTrach" }),
      expect.objectContaining({ table: 0, row: 10, cell: 6, criterion: "5.3", field: "kinhPhi", message: "Tiêu chí 5.3: chưa ghi dự kiến kinh phí" }),
    ]);
    expect(result.summary).toEqual({ items: 4, counts: { criterion: 4 }, checked: { plans: true, results: false }, itemsWithGaps: 2, errors: 3, warnings: 0 });
    expect(result.complete).toBe(false);
    expect(summaryText(result)).toBe("4 tiêu chí, 2 thiếu thông tin");
    expect(summaryText(result, "en")).toBe("4 criteria, 2 with missing information");
  });

  it("names 2026 tasks by their TT and uses the 2026 form's labels", async () => {
    const { result } = await check("ke-hoach-2026-thcs", { today: new Date(2026, 8, 26) });
    expect(result.findings.map((f) => [f.item, f.field, f.message])).toEqual([
      ["3", "nguonLuc", "Nhiệm vụ 3: chưa ghi nguồn lực bảo đảm"],
      ["5", "thoiGian", "Nhiệm vụ 5: chưa ghi thời gian thực hiện"],
      ["5", "phuTrach", "Nhiệm vụ 5: chưa ghi đơn vị/cá nhân phụ trách"],
    ]);
    expect(result.findings.every((f) => f.criterion === undefined && f.table === 2)).toBe(true);
  });

  it("asks for the review results of the 2026 plan once they are due", async () => {
    const atHalfYear = (await check("ke-hoach-2026-thcs", { today: new Date(2027, 0, 20) })).result;
    expect(atHalfYear.findings.filter((f) => f.rule === "result-missing").map((f) => [f.table, f.row, f.cell, f.item, f.field])).toEqual([
      [3, 1, 2, "Cuối học kỳ I", "ketQua"],
    ]);
    const atYearEnd = (await check("ke-hoach-2026-thcs", { today: new Date(2027, 5, 1) })).result;
    expect(atYearEnd.findings.filter((f) => f.rule === "result-missing").map((f) => f.item)).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
  });

  it("a complete plan and a complete report are complete", async () => {
    for (const name of ["ke-hoach-tieu-hoc", "bao-cao-tieu-hoc"]) {
      const { result } = await check(name, { today: new Date(2030, 0, 1) });
      expect(result.complete).toBe(true);
      expect(result.summary.errors).toBe(0);
    }
  });
});
