/**
 * Plan tables for the model's tests, written as compact rows of cells: a string is a one-paragraph cell; an object
 * sets paragraphs, gridSpan, vMerge or the font. The XML is built by hand so each test states the markup it is about.
 */
import { decodeTcvn3 } from "../../src/ooxml/legacy-encoding";
import { readTables } from "../../src/ooxml/read-tables";
import type { TableGrid } from "../../src/ooxml/table-grid";
import { readDocumentModel } from "../../src/core/plan";
import type { DocumentModel, TableModel } from "../../src/core/plan";
import { documentXml, xmlEscape } from "./docx-builder";

export interface CellSpec {
  text?: string;
  /** Several paragraphs (overrides `text`). */
  paragraphs?: string[];
  span?: number;
  vMerge?: "restart" | "continue";
  /** w:rFonts of every run (".VnTime" for TCVN3 text). */
  font?: string;
}
export type CellInput = string | CellSpec;

export interface TableOptions {
  /** Default: bordered (Word's "Table Grid" style). */
  borderless?: boolean;
  /** Number of grid columns (default: the widest row). */
  gridCols?: number;
  /** Rows (by position) marked as deleted tracked changes. */
  deletedRows?: number[];
  /** XML of a table to put inside the given cell: [row, cell, tableXml]. */
  nested?: [number, number, string];
}

function run(text: string, font?: string): string {
  const rPr = font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>` : "";
  return `<w:r>${rPr}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
}

function cellXml(input: CellInput, nested = ""): string {
  const spec: CellSpec = typeof input === "string" ? { text: input } : input;
  const paragraphs = spec.paragraphs ?? [spec.text ?? ""];
  const tcPr =
    (spec.span && spec.span > 1 ? `<w:gridSpan w:val="${spec.span}"/>` : "") +
    (spec.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : spec.vMerge === "continue" ? "<w:vMerge/>" : "");
  const body = paragraphs.map((p) => `<w:p>${p ? run(p, spec.font) : ""}</w:p>`).join("");
  return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${nested}${body}</w:tc>`;
}

function spanOf(input: CellInput): number {
  return typeof input === "string" ? 1 : (input.span ?? 1);
}

/** A `w:tbl` of the given rows. */
export function planTable(rows: readonly (readonly CellInput[])[], options: TableOptions = {}): string {
  const width = options.gridCols ?? Math.max(...rows.map((r) => r.reduce((n, c) => n + spanOf(c), 0)), 1);
  const grid = Array.from({ length: width }, () => '<w:gridCol w:w="1200"/>').join("");
  const tblPr = options.borderless
    ? '<w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>'
    : '<w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>';
  const body = rows
    .map((cells, r) => {
      const trPr = options.deletedRows?.includes(r) ? '<w:trPr><w:del w:id="9" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:trPr>' : "";
      const tcs = cells.map((c, i) => cellXml(c, options.nested && options.nested[0] === r && options.nested[1] === i ? options.nested[2] : ""));
      return `<w:tr>${trPr}${tcs.join("")}</w:tr>`;
    })
    .join("");
  return `<w:tbl>${tblPr}<w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

export function paragraphXml(text: string): string {
  return `<w:p>${run(text)}</w:p>`;
}

export function gridsOf(...bodyParts: string[]): TableGrid[] {
  return readTables(documentXml(bodyParts.join(paragraphXml(""))));
}

/** A document's XML with its tables and model, read once: what the report builders take. */
export interface PlanDocument {
  xml: string;
  grids: TableGrid[];
  model: DocumentModel;
}

export function planOf(xml: string): PlanDocument {
  const grids = readTables(xml);
  return { xml, grids, model: readDocumentModel(grids, { documentXml: xml }) };
}

export function modelOf(...bodyParts: string[]): DocumentModel {
  const xml = documentXml(bodyParts.join(paragraphXml("")));
  return readDocumentModel(readTables(xml), { documentXml: xml });
}

/** The model of a document holding just this table. */
export function tableModelOf(rows: readonly (readonly CellInput[])[], options: TableOptions = {}): TableModel {
  return modelOf(planTable(rows, options)).tables[0]!;
}

export const HEADER_2018 = [
  "TT",
  "Tiêu chuẩn, tiêu chí",
  "Kết quả cần đạt (so với hiện trạng)",
  "Công việc/giải pháp cần thực hiện",
  "Chủ trì và phối hợp thực hiện",
  "Thời gian thực hiện và hoàn thành",
  "Dự kiến kinh phí",
  "Điều kiện hỗ trợ khác",
  "Ghi chú",
] as const;

export const HEADER_2026 = [
  "TT",
  "Nội dung cải tiến",
  "Mục tiêu cải tiến",
  "Hoạt động/giải pháp",
  "Chỉ số đánh giá kết quả",
  "Thời gian thực hiện",
  "Đơn vị/cá nhân phụ trách",
  "Nguồn lực bảo đảm",
  "Thông tin, dữ liệu hoặc minh chứng dự kiến",
  "Mức độ thực hiện",
] as const;

export const NUMBERING_2026 = HEADER_2026.map((_, i) => `(${i + 1})`);

/** A 2018 criterion row in the canonical 9 columns: TT, criterion, then the seven other cells. */
export function row2018(tt: CellInput, criterion: CellInput, rest: Partial<Record<2 | 3 | 4 | 5 | 6 | 7 | 8, CellInput>> = {}): CellInput[] {
  return [tt, criterion, ...[2, 3, 4, 5, 6, 7, 8].map((i) => rest[i as 2] ?? "")];
}

/** A complete 2018 criterion row, every content cell filled. */
export function fullRow2018(criterion: string, tt = ""): CellInput[] {
  return row2018(tt, criterion, { 2: "Đạt Mức 2", 3: "Rà soát, bổ sung", 4: "Hiệu trưởng", 5: "Tháng 9/2026", 6: "Không", 7: "Không", 8: "" });
}

/** A row whose only cell spans the whole 9-column table ("MỨC 2"). */
export function across(text: string, span = 9): CellInput[] {
  return [{ text, span }];
}

let tcvn3Table: Map<string, string> | undefined;

/** Unicode → TCVN3 (the inverse of the reader's decoder), for legacy-encoded fixtures. */
export function encodeTcvn3(text: string): string {
  if (!tcvn3Table) {
    tcvn3Table = new Map();
    for (let code = 0xa1; code <= 0xfe; code++) {
      const ch = String.fromCharCode(code);
      const decoded = decodeTcvn3(ch);
      if (decoded !== ch) tcvn3Table.set(decoded, ch);
    }
  }
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const mapped = tcvn3Table.get(ch);
    if (mapped === undefined && ch.charCodeAt(0) > 0x7f) throw new Error(`"${ch}" has no TCVN3 code`);
    out += mapped ?? ch;
  }
  return out;
}
