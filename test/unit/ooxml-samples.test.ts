/**
 * The OOXML reader on the real sample documents. Expected cell texts were read independently from the XML
 * (unzip -p + a DOM parser), not from this reader's output.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { openDocx } from "../../src/ooxml/package";
import { readTables } from "../../src/ooxml/read-tables";
import type { Cell, Row, TableGrid } from "../../src/ooxml/table-grid";

const SAMPLES = path.resolve(__dirname, "../../samples");
const SAMPLE_FILES = ["bao-cao-tieu-hoc.docx", "ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "ke-hoach-2026-thcs.docx"];

interface Expected {
  tables: { index: number; kind: string }[];
}

async function readSample(file: string): Promise<{ xml: string; tables: TableGrid[] }> {
  const pkg = await openDocx(readFileSync(path.join(SAMPLES, file)));
  return { xml: pkg.documentXml, tables: readTables(pkg.documentXml) };
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index} (length ${items.length})`);
  return item;
}

const rowOf = (table: TableGrid, index: number): Row => at(table.rows, index);
const cellOf = (table: TableGrid, row: number, cell: number): Cell => at(rowOf(table, row).cells, cell);
const texts = (row: Row): string[] => row.cells.map((c) => c.text);

describe.each(SAMPLE_FILES)("%s", (file) => {
  const expected = JSON.parse(readFileSync(path.join(SAMPLES, file.replace(/\.docx$/, ".expected.json")), "utf8")) as Expected;

  it("finds every top-level table, and layout tables ('other') have no borders while the others do", async () => {
    const { tables } = await readSample(file);
    expect(tables.map((t) => t.index)).toEqual(expected.tables.map((t) => t.index));
    expect(tables.every((t) => t.isTopLevel && t.depth === 0 && t.parentIndex === null)).toBe(true);
    expect(tables.map((t) => t.hasBorders)).toEqual(expected.tables.map((t) => t.kind !== "other"));
  });

  it("gives offsets that slice the input exactly to each table and row", async () => {
    const { xml, tables } = await readSample(file);
    for (const table of tables) {
      const tableXml = xml.slice(table.start, table.end);
      expect(tableXml).toMatch(/^<w:tbl>[\s\S]*<\/w:tbl>$/);
      expect(tableXml.match(/<w:tr[\s>]/g)?.length ?? 0).toBe(table.rows.length);
      for (const row of table.rows) {
        const rowXml = xml.slice(row.start, row.end);
        expect(rowXml).toMatch(/^<w:tr[\s>][\s\S]*<\/w:tr>$/);
        expect(rowXml.slice(5)).not.toMatch(/<w:tr[\s>]/);
        expect(row.start).toBeGreaterThan(table.start);
        expect(row.end).toBeLessThan(table.end);
      }
    }
  });

  it("returns NFC text only", async () => {
    const { tables } = await readSample(file);
    for (const table of tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          for (const p of cell.paragraphs) expect(p).toBe(p.normalize("NFC"));
        }
      }
    }
  });
});

describe("bao-cao-tieu-hoc.docx", () => {
  it("reads the two-row header with its gridSpans and vMerges", async () => {
    const { tables } = await readSample("bao-cao-tieu-hoc.docx");
    const report = at(tables, 1);
    expect(report.gridCols).toEqual([500, 1650, 2750, 2750, 2350, 2350, 1400, 820]);
    const [first, second] = [rowOf(report, 0), rowOf(report, 1)];
    expect(first.isHeader && second.isHeader).toBe(true);
    expect(rowOf(report, 2).isHeader).toBe(false);
    expect(first.cells.map((c) => [c.gridCol, c.gridSpan, c.vMerge])).toEqual([
      [0, 1, "restart"],
      [1, 1, "restart"],
      [2, 2, null],
      [4, 3, null],
      [7, 1, "restart"],
    ]);
    expect(texts(first)).toEqual([
      "TT",
      "Tiêu chuẩn, tiêu chí",
      "ND Kế hoạch cải tiến chất lượng giáo dục năm học 2023 – 2024",
      "Kết quả thực hiện",
      "Ghi chú",
    ]);
    expect(second.cells.map((c) => [c.gridCol, c.gridSpan, c.vMerge])).toEqual([
      [0, 1, "continue"],
      [1, 1, "continue"],
      [2, 1, null],
      [3, 1, null],
      [4, 1, null],
      [5, 1, null],
      [6, 1, null],
      [7, 1, "continue"],
    ]);
    expect(at(second.cells, 6).text).toBe("Những công việc chưa triển khai (nêu rõ lý do)");
  });

  it("keeps the level row's double space, merged group rows and a line break inside a paragraph", async () => {
    const { tables } = await readSample("bao-cao-tieu-hoc.docx");
    const report = at(tables, 1);
    expect(report.rows).toHaveLength(23);
    expect(rowOf(report, 2).cells.map((c) => [c.text, c.gridSpan])).toEqual([["MỨC  1", 8]]);
    expect(texts(rowOf(report, 3))).toEqual(["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"]);
    const withBreak = cellOf(report, 16, 2);
    expect(at(withBreak.paragraphs, 0)).toBe(
      "- Tháng 9 hằng năm, hiệu trưởng tiếp tục xây dựng kế hoạch giáo dục phù hợp với quy định hiện hành, điều kiện " +
        "thực tế địa phương và điều kiện của nhà trường, tổ chức thực hiện đầy đủ; rà soát, đánh giá, điều chỉnh kế " +
        "hoạch năm thông qua kế hoạch hoạt động từng tháng.\nHiệu trưởng phân công, đôn đốc chủ tịch công đoàn, " +
        "thanh tra nhân dân, hiệu phó chuyên môn thực hiện kiểm tra đúng tiến độ kế hoạch đề ra.",
    );
  });

  it("composes the decomposed diacritics typed in the original", async () => {
    const { xml, tables } = await readSample("bao-cao-tieu-hoc.docx");
    expect(xml).toMatch(/[\u0300-\u036f]/);
    expect(cellOf(at(tables, 1), 12, 2).text).toMatch(
      /^- Tháng 12 năm 2023, hiệu trưởng tham mưu, đề xuất với Ủy ban nhân dân quận thực hiện cấp /,
    );
  });

  it("reads the borderless signature block's paragraphs apart", async () => {
    const { tables } = await readSample("bao-cao-tieu-hoc.docx");
    expect(at(cellOf(at(tables, 2), 0, 1).paragraphs, 0)).toBe("Hiệu trưởng");
  });
});

describe("ke-hoach-mam-non.docx", () => {
  it("reads criterion 1.5 split over two physical rows by a PDF round trip", async () => {
    const { tables } = await readSample("ke-hoach-mam-non.docx");
    const plan = at(tables, 0);
    expect(plan.rows).toHaveLength(12);
    expect(texts(rowOf(plan, 3)).slice(0, 5)).toEqual(["", "Tiêu chí 1.5", "Tại thời", "Xây dựng KH phương", "Hiệu"]);
    const continuation = rowOf(plan, 4);
    expect(continuation.index).toBe(4);
    expect(at(continuation.cells, 0).text).toBe("");
    expect(at(continuation.cells, 1).text).toMatch(/^Điểm yếu: Nhà trường còn 02 lớp mẫu giáo ghép/);
    expect(at(continuation.cells, 4).text).toBe("trưởng, CBQL, giáo viên, cha mẹ trẻ");
    expect(continuation.cells.map((c) => c.gridCol)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe("ke-hoach-tieu-hoc.docx", () => {
  it("keeps a criterion code split over two paragraphs as two paragraphs", async () => {
    const { tables } = await readSample("ke-hoach-tieu-hoc.docx");
    const cell = cellOf(at(tables, 1), 5, 1);
    expect(cell.paragraphs).toEqual(["Tiêu chí ", "3.1"]);
    expect(cell.text).toBe("Tiêu chí \n3.1");
  });

  it("reads LibreOffice's tblHeader w:val=\"true\" and per-cell borders", async () => {
    const { tables } = await readSample("ke-hoach-tieu-hoc.docx");
    const plan = at(tables, 1);
    expect(rowOf(plan, 0).isHeader).toBe(true);
    expect(plan.style).toBeNull();
    expect(plan.hasBorders).toBe(true);
  });
});

describe("ke-hoach-2026-thcs.docx", () => {
  it("reads the numbering row and the empty and dotted cells of task 5", async () => {
    const { tables } = await readSample("ke-hoach-2026-thcs.docx");
    const plan = at(tables, 2);
    expect(plan.rows).toHaveLength(8);
    expect(texts(rowOf(plan, 1))).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"]);
    expect(texts(rowOf(plan, 6)).slice(5, 8)).toEqual(["", "……", "Ngân sách nhà nước 15.000.000 đồng; nguồn xã hội hóa"]);
  });
});
