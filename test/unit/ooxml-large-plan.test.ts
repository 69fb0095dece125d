/** The large generated plan used to time the reader: it must be what it claims to be. */
import { readTables } from "../../src/ooxml/read-tables";
import { makeLargePlanDocumentXml } from "../support/large-plan";

describe("makeLargePlanDocumentXml", () => {
  it("makes a 3,000-row, 9-column plan of about 3.5 MB that the reader reads row for row", () => {
    const xml = makeLargePlanDocumentXml(3000);
    const bytes = new TextEncoder().encode(xml).length;
    expect(bytes).toBeGreaterThan(3_000_000);
    expect(bytes).toBeLessThan(4_500_000);

    const tables = readTables(xml);
    expect(tables).toHaveLength(1);
    const rows = tables[0]?.rows ?? [];
    expect(rows).toHaveLength(3001);
    expect(rows[0]?.isHeader).toBe(true);
    expect(rows[0]?.cells.map((c) => c.text)).toHaveLength(9);
    expect(rows[1]?.cells.map((c) => [c.text, c.gridSpan])).toEqual([["MỨC 2", 9]]);
    expect(rows[2]?.cells.map((c) => c.text)).toEqual(["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"]);
    expect(rows[3]?.cells[1]?.text).toMatch(/^Tiêu chí 1\.1: /);
    const criterionRows = rows.filter((r) => /^Tiêu chí \d\.\d+:/.test(r.cells[1]?.text ?? ""));
    expect(criterionRows.length).toBeGreaterThan(2500);
    expect(criterionRows.every((r) => r.cells.length === 9 && r.cells[5]?.text !== "")).toBe(true);
  });

  it("stops at exactly the number of rows asked for", () => {
    expect(readTables(makeLargePlanDocumentXml(7))[0]?.rows).toHaveLength(8);
  });
});
