/**
 * A table spec → one `w:tbl`, drawn the way principals print plan tables: single borders, fixed column widths
 * sharing out the usable page width, header rows (and the 2026 numbering row) bold or italic, centred and
 * repeated on every page, Times New Roman on every run. Every row is kept on one page (a row taller than a
 * page is still broken by Word and LibreOffice), so a short task row is never cut in two.
 */
import { isCopied, type CellSpec, type CopiedParagraph, type HeaderCell, type Layout, type TableSpec, type VMergeSpec } from "../../core/tables/spec";
import { pageGeometry } from "./page";
import { fittingHeaderSize } from "./header-fit";
import { labelRunXml, withLeadingRun } from "../copy-paragraphs";
import { styledParagraphXml, styledRunXml, type ParagraphLook } from "./styled-text";

/** Thin single line: w:sz is in eighths of a point. */
const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const NO_BORDER = 'w:val="nil"';
const BORDER_SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"] as const;
const CELL_MARGIN = { top: 40, left: 85, bottom: 40, right: 85 };

/** No column narrower than 1.1 cm: "TT" and "(1)" in bold 13 pt must fit on one line between the cell margins. */
export const MIN_COLUMN_WIDTH = 624;

/**
 * Column widths in twips from relative weights, summing exactly to `total`. Columns whose share would be
 * narrower than `minWidth` get `minWidth` and the others share the rest by weight. Each column ends where the
 * rounded running total ends, so rounding never accumulates.
 */
export function gridWidths(weights: readonly number[], total: number, minWidth: number | readonly number[] = MIN_COLUMN_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || !(sum > 0) || weights.some((w) => !(w >= 0 && Number.isFinite(w)))) {
    throw new Error(`Table column widths must be non-negative with a positive total, got [${weights.join(", ")}]`);
  }
  // Per-column floors (a header word's width, or at least MIN_COLUMN_WIDTH), scaled down if they cannot all fit.
  const wanted = weights.map((_, i) => (typeof minWidth === "number" ? minWidth : Math.max(MIN_COLUMN_WIDTH, minWidth[i] ?? 0)));
  const wantedSum = wanted.reduce((a, b) => a + b, 0);
  const floors = wantedSum > total ? wanted.map((w) => Math.floor((w * total) / wantedSum)) : wanted;
  const floorOf = (i: number): number => (typeof minWidth === "number" ? Math.min(minWidth, Math.floor(total / weights.length)) : floors[i]!);
  const pinned = new Set<number>();
  const pinnedWidth = (): number => [...pinned].reduce((a, i) => a + floorOf(i), 0);
  for (;;) {
    const free = weights.reduce((a, w, i) => (pinned.has(i) ? a : a + w), 0);
    const room = total - pinnedWidth();
    const newlyPinned = weights.findIndex((w, i) => !pinned.has(i) && (free === 0 || (room * w) / free < floorOf(i)));
    if (newlyPinned < 0) break;
    pinned.add(newlyPinned);
  }
  const free = weights.reduce((a, w, i) => (pinned.has(i) ? a : a + w), 0);
  const room = total - pinnedWidth();
  const exact = weights.map((w, i) => (pinned.has(i) ? floorOf(i) : free === 0 ? 0 : (room * w) / free));
  const widths: number[] = [];
  let running = 0;
  let previousEnd = 0;
  for (const width of exact) {
    running += width;
    const end = Math.round(running);
    widths.push(end - previousEnd);
    previousEnd = end;
  }
  return widths;
}

interface DrawnCell {
  gridSpan: number;
  vMerge?: VMergeSpec | undefined;
  vAlignCenter: boolean;
  body: string;
}

function cellXml(cell: DrawnCell, width: number): string {
  const props =
    `<w:tcW w:w="${width}" w:type="dxa"/>` +
    (cell.gridSpan > 1 ? `<w:gridSpan w:val="${cell.gridSpan}"/>` : "") +
    (cell.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : cell.vMerge === "continue" ? "<w:vMerge/>" : "") +
    (cell.vAlignCenter ? '<w:vAlign w:val="center"/>' : "");
  return `<w:tc><w:tcPr>${props}</w:tcPr>${cell.body}</w:tc>`;
}

function rowXml(cells: readonly DrawnCell[], widths: readonly number[], options: { header: boolean; cantSplit: boolean }, where: string): string {
  let column = 0;
  const drawn = cells.map((cell) => {
    if (!Number.isInteger(cell.gridSpan) || cell.gridSpan < 1) throw new Error(`${where}: gridSpan must be a positive integer`);
    const width = widths.slice(column, column + cell.gridSpan).reduce((a, b) => a + b, 0);
    column += cell.gridSpan;
    return cellXml(cell, width);
  });
  if (column !== widths.length) {
    throw new Error(`${where}: its cells span ${column} grid columns, the table has ${widths.length}`);
  }
  const trPr = (options.cantSplit ? "<w:cantSplit/>" : "") + (options.header ? "<w:tblHeader/>" : "");
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${drawn.join("")}</w:tr>`;
}

function headerCell(cell: HeaderCell, fontSizePt: number): DrawnCell {
  return {
    gridSpan: cell.gridSpan ?? 1,
    vMerge: cell.vMerge,
    vAlignCenter: true,
    body: styledParagraphXml({ runs: [{ text: cell.text }] }, fontSizePt, { align: "center", bold: true }),
  };
}

function copiedParagraphXml(paragraph: CopiedParagraph, fontSizePt: number): string {
  const { lead } = paragraph;
  if (!lead || lead.text === "") return paragraph.xml;
  const format = { bold: Boolean(lead.bold), italic: Boolean(lead.italic) };
  // In the copied text's font and size when it has any; in the table's otherwise.
  const run = paragraph.runFonts !== undefined ? labelRunXml(lead.text, paragraph.runFonts, format) : styledRunXml(lead.text, format, fontSizePt);
  return withLeadingRun(paragraph.xml, run);
}

function bodyCell(cell: CellSpec, fontSizePt: number): DrawnCell {
  const look: ParagraphLook = { align: cell.align };
  const content = cell.content ?? cell.paragraphs;
  // A cell must end in a paragraph: an empty cell still gets one.
  const paragraphs = content.length > 0 ? content : [{ runs: [] }];
  return {
    gridSpan: cell.gridSpan ?? 1,
    vMerge: cell.vMerge,
    vAlignCenter: false,
    body: paragraphs.map((p) => (isCopied(p) ? copiedParagraphXml(p, fontSizePt) : styledParagraphXml(p, fontSizePt, look))).join(""),
  };
}


/**
 * The table spans the text width of its section: `layout.textWidth` when the caller read it from the document
 * (src/word), the A4 page of `layout.orientation` otherwise. Header text shrinks when needed so no header word is
 * broken (header-fit.ts).
 */
export function tableXml(spec: TableSpec, layout: Layout): string {
  if (spec.columns.length === 0) throw new Error("A table needs at least one column");
  const total = layout.textWidth ?? pageGeometry(layout.orientation).usableWidth;
  const fit = spec.headerRows.length > 0 || spec.numberingRow ? fittingHeaderSize(spec, total, layout.fontSizePt) : null;
  const widths = gridWidths(
    spec.columns.map((c) => c.width),
    total,
    fit ? fit.minimums : MIN_COLUMN_WIDTH,
  );
  const headerSize = fit?.sizePt ?? layout.fontSizePt;
  const bordered = spec.borders !== false;
  const border = bordered ? BORDER : NO_BORDER;
  const tblPr =
    `<w:tblW w:w="${total}" w:type="dxa"/>` +
    '<w:jc w:val="center"/>' +
    `<w:tblBorders>${BORDER_SIDES.map((side) => `<w:${side} ${border}/>`).join("")}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    "<w:tblCellMar>" +
    `<w:top w:w="${CELL_MARGIN.top}" w:type="dxa"/><w:left w:w="${CELL_MARGIN.left}" w:type="dxa"/>` +
    `<w:bottom w:w="${CELL_MARGIN.bottom}" w:type="dxa"/><w:right w:w="${CELL_MARGIN.right}" w:type="dxa"/>` +
    "</w:tblCellMar>";
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");

  const rows: string[] = [];
  spec.headerRows.forEach((cells, i) => {
    rows.push(rowXml(cells.map((c) => headerCell(c, headerSize)), widths, { header: true, cantSplit: true }, `Header row ${i + 1}`));
  });
  if (spec.numberingRow) {
    const look: ParagraphLook = { align: "center", italic: true };
    const numbers = spec.columns.map((_, i) => ({
      gridSpan: 1,
      vAlignCenter: true,
      body: styledParagraphXml({ runs: [{ text: `(${i + 1})` }] }, headerSize, look),
    }));
    rows.push(rowXml(numbers, widths, { header: true, cantSplit: true }, "Numbering row"));
  }
  spec.rows.forEach((row, i) => {
    rows.push(
      rowXml(
        row.cells.map((c) => bodyCell(c, layout.fontSizePt)),
        widths,
        { header: false, cantSplit: !spec.splitRows },
        `Row ${i + 1}`,
      ),
    );
  });
  return `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`;
}
