/**
 * A realistic, large 2018-form plan (canonical 9 columns) as word/document.xml, for timing the reader and the
 * plan model on the 3,000-row plans some districts merge from all their schools.
 *
 * The markup is lean Word markup (cell widths, bold header runs; fonts and sizes left to the styles) so that
 * 3,000 rows make ~3.5 MB, the size DESIGN.md's parser measurements used.
 */
import { documentXml, xmlEscape } from "./docx-builder";
import { HEADER_2018 } from "./plan-fixtures";

const GRID = [700, 2300, 1900, 2700, 1500, 1450, 1250, 1950, 750];
const STANDARDS = [
  "Tổ chức và quản lý nhà trường",
  "Cán bộ quản lý, giáo viên, nhân viên và học sinh",
  "Cơ sở vật chất và thiết bị dạy học",
  "Quan hệ giữa nhà trường, gia đình và xã hội",
  "Hoạt động giáo dục và kết quả giáo dục",
];
const CRITERIA_PER_STANDARD = [10, 4, 6, 2, 4];

function run(text: string, bold = false): string {
  const rPr = bold ? "<w:rPr><w:b/></w:rPr>" : "";
  return `<w:r>${rPr}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
}

function tc(text: string, col: number, options: { span?: number; bold?: boolean } = {}): string {
  const span = options.span ?? 1;
  const width = GRID.slice(col, col + span).reduce((a, b) => a + b, 0);
  const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}</w:tcPr>`;
  return `<w:tc>${tcPr}<w:p>${text ? run(text, options.bold) : ""}</w:p></w:tc>`;
}

function tr(cells: string, header = false): string {
  return `<w:tr>${header ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${cells}</w:tr>`;
}

function criterionRow(standard: number, criterion: number, n: number): string {
  const code = `${standard}.${criterion}`;
  const texts = [
    "",
    `Tiêu chí ${code}: điểm yếu cần khắc phục số ${n}`,
    "Đạt Mức 2; duy trì và nâng cao chất lượng so với hiện trạng",
    "Rà soát, bổ sung kế hoạch; phân công thành viên theo dõi, đánh giá định kỳ và báo cáo",
    "Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn",
    "Tháng 9/2026 – tháng 5/2027",
    "5.000.000 đồng",
    "Sự hỗ trợ của Phòng GD&ĐT",
    "",
  ];
  return tr(texts.map((t, col) => tc(t, col)).join(""));
}

/**
 * word/document.xml of a plan whose table has one header row and `rows` body rows: a "MỨC 2" level row, then
 * standard rows "s | Tiêu chuẩn s: …" each followed by its criterion rows, repeated until `rows` is reached.
 */
export function makeLargePlanDocumentXml(rows: number): string {
  const body: string[] = [];
  let n = 0;
  const push = (xml: string): boolean => {
    if (n >= rows) return false;
    body.push(xml);
    n++;
    return true;
  };
  push(tr(tc("MỨC 2", 0, { span: 9, bold: true })));
  while (n < rows) {
    for (let s = 0; s < STANDARDS.length && n < rows; s++) {
      push(tr(tc(String(s + 1), 0, { bold: true }) + tc(`Tiêu chuẩn ${s + 1}: ${STANDARDS[s]}`, 1, { span: 8, bold: true })));
      const count = CRITERIA_PER_STANDARD[s] ?? 1;
      for (let c = 1; c <= count; c++) if (!push(criterionRow(s + 1, c, n))) break;
    }
  }
  const tblPr =
    '<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="14500" w:type="dxa"/><w:tblLayout w:type="fixed"/>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>';
  const grid = `<w:tblGrid>${GRID.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const header = tr(HEADER_2018.map((h, col) => tc(h, col, { bold: true })).join(""), true);
  const title = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", true)}</w:p>`;
  return documentXml(`${title}<w:tbl>${tblPr}${grid}${header}${body.join("")}</w:tbl><w:p/>`);
}
