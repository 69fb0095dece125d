/**
 * The school is read from each table's first rows only; cutting the other rows out by the table reader's offsets
 * before reading paragraphs must not change what is read.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { HEADER_ROWS, inferSchoolInfo } from "../../src/core/school";
import { withoutBodyRows } from "../../src/core/school/school-info";
import { readDocumentParagraphs } from "../../src/core/text/document-paragraphs";
import { openDocx, readTables } from "../../src/ooxml";
import { cell, documentXml, paragraph, row, table } from "../support/docx-builder";
import { makeLargePlanDocumentXml } from "../support/large-plan";

const SAMPLES = ["ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "ke-hoach-2026-thcs.docx", "bao-cao-tieu-hoc.docx"];

async function sampleXml(name: string): Promise<string> {
  return (await openDocx(readFileSync(path.resolve(__dirname, "../../samples", name)))).documentXml;
}

/** A letterhead, then a table whose 5th row holds a nested table, then text after it, and a year in a late row. */
function nestedXml(): string {
  const nested = table([row([cell("lồng 1")]), row([cell("lồng 2")]), row([cell("lồng 3")]), row([cell("lồng 4")])]);
  const rows = Array.from({ length: 8 }, (_, i) => row([cell(`dòng ${i}`), cell(i === 4 ? `${nested}<w:p/>` : i === 6 ? "năm học 2031-2032" : "x")]));
  return documentXml(
    table([row([cell("UBND HUYỆN A"), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]), row([cell("TRƯỜNG THCS B"), cell("Độc lập")])], { gridCols: 2 }) +
      paragraph("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG") +
      paragraph("NĂM HỌC 2024 - 2025") +
      table(rows, { gridCols: 2 }) +
      paragraph("A, ngày 10 tháng 9 năm 2024"),
  );
}

jest.setTimeout(60_000);

test.each([...SAMPLES, "3,000-row plan", "nested table in a body row"])("%s: same paragraphs and school info with the body rows cut", async (name) => {
  const xml = name === "3,000-row plan" ? makeLargePlanDocumentXml(3000) : name.startsWith("nested") ? nestedXml() : await sampleXml(name);
  const tables = readTables(xml);
  const thin = withoutBodyRows(xml, tables, HEADER_ROWS);
  if (tables.some((t) => t.rows.length > HEADER_ROWS)) expect(thin.length).toBeLessThan(xml.length);
  expect(readDocumentParagraphs(thin, { rowsPerTable: HEADER_ROWS })).toEqual(readDocumentParagraphs(xml, { rowsPerTable: HEADER_ROWS }));
  expect(inferSchoolInfo(xml, { tables })).toEqual(inferSchoolInfo(xml));
});
