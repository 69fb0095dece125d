/**
 * Turns a `w:tbl` into an HTML-shaped grid: `w:gridSpan` becomes colSpan, a `w:vMerge` restart cell gets the
 * rowSpan of the continuation cells below it (which disappear), and each cell's borders are resolved from the
 * table and cell properties. Pure: no HTML DOM, so it runs in unit tests on xmldom.
 */
import {
  childElements,
  childPath,
  firstChild,
  intAttr,
  isOn,
  paragraphIndexMap,
  wVal,
  type XmlElement,
} from "./xml-nodes";

export interface BorderSide {
  /** OOXML border style ("single", "double", "dashed", …). */
  style: string;
  /** Width in eighths of a point, as in `w:sz`. */
  eighths: number;
  /** `#rrggbb`, or null for "auto". */
  color: string | null;
}

export interface CellBorders {
  top: BorderSide | null;
  right: BorderSide | null;
  bottom: BorderSide | null;
  left: BorderSide | null;
}

export interface LayoutCell {
  tc: XmlElement;
  /** First grid column the cell covers (0-based). */
  gridCol: number;
  colSpan: number;
  rowSpan: number;
  /** Index (among all `w:p` of the document) of every paragraph in the cell, nested tables included. */
  pIndexes: number[];
  borders: CellBorders;
  /** `#rrggbb` from `w:shd w:fill`, or null. */
  shading: string | null;
  vAlign: "top" | "middle" | "bottom" | null;
}

export interface LayoutRow {
  tr: XmlElement;
  /** Repeated header row (`w:tblHeader`). */
  header: boolean;
  /** Grid columns skipped before the first cell (`w:gridBefore`). */
  gridBefore: number;
  cells: LayoutCell[];
}

export interface TableLayout {
  /** Grid column widths in twips (may be empty when the document has no `w:tblGrid`). */
  gridCols: number[];
  columnCount: number;
  rows: LayoutRow[];
  /** No visible border anywhere: layout tables (national header, signatures). */
  borderless: boolean;
}

type TableBorderKey = "top" | "left" | "bottom" | "right" | "insideH" | "insideV";
type TableBorders = Partial<Record<TableBorderKey, BorderSide | null>>;

interface RawCell {
  tc: XmlElement;
  gridCol: number;
  colSpan: number;
  merge: "none" | "restart" | "continue";
}

const THIN_BLACK: BorderSide = { style: "single", eighths: 4, color: null };
const NO_BORDER_STYLES = new Set(["nil", "none"]);

export function tableLayout(tbl: XmlElement, paragraphIndex?: Map<XmlElement, number>): TableLayout {
  const pIndex = paragraphIndex ?? paragraphIndexMap(tbl.ownerDocument ?? tbl);
  const gridCols = childElements(childPath(tbl, "w:tblGrid") ?? tbl)
    .filter((el) => el.nodeName === "w:gridCol")
    .map((col) => Math.max(0, intAttr(col, "w:w") ?? 0));

  const rawRows = rowElements(tbl).map((tr) => {
    const trPr = firstChild(tr, "w:trPr");
    const gridBefore = Math.max(0, intAttr(firstChild(trPr, "w:gridBefore"), "w:val") ?? 0);
    let col = gridBefore;
    const cells: RawCell[] = cellElements(tr).map((tc) => {
      const tcPr = firstChild(tc, "w:tcPr");
      const colSpan = Math.max(1, intAttr(firstChild(tcPr, "w:gridSpan"), "w:val") ?? 1);
      const vMerge = firstChild(tcPr, "w:vMerge");
      const merge = !vMerge ? "none" : wVal(vMerge) === "restart" ? "restart" : "continue";
      const cell: RawCell = { tc, gridCol: col, colSpan, merge };
      col += colSpan;
      return cell;
    });
    return { tr, header: isOn(firstChild(trPr, "w:tblHeader")), gridBefore, cells, width: col };
  });

  const columnCount = Math.max(gridCols.length, ...rawRows.map((r) => r.width), 0);
  const tableBorders = readTableBorders(tbl);
  const lastRow = rawRows.length - 1;

  const spans = mergeSpans(rawRows);
  const rows: LayoutRow[] = rawRows.map((row, r) => ({
    tr: row.tr,
    header: row.header,
    gridBefore: row.gridBefore,
    cells: row.cells
      .filter((cell) => spans.get(cell) !== 0)
      .map((cell) => {
        const rowSpan = spans.get(cell) ?? 1;
        const tcPr = firstChild(cell.tc, "w:tcPr");
        const edges = {
          top: r === 0,
          bottom: r + rowSpan - 1 === lastRow,
          left: cell.gridCol === 0,
          right: cell.gridCol + cell.colSpan >= columnCount,
        };
        return {
          tc: cell.tc,
          gridCol: cell.gridCol,
          colSpan: cell.colSpan,
          rowSpan,
          pIndexes: paragraphsOf(cell.tc, pIndex),
          borders: resolveBorders(tableBorders, firstChild(tcPr, "w:tcBorders"), edges),
          shading: fillColor(firstChild(tcPr, "w:shd")),
          vAlign: verticalAlign(wVal(firstChild(tcPr, "w:vAlign"))),
        };
      }),
  }));

  const borderless = rows.every((row) =>
    row.cells.every((cell) => !cell.borders.top && !cell.borders.right && !cell.borders.bottom && !cell.borders.left),
  );
  return { gridCols, columnCount, rows, borderless };
}

/** Rows may sit inside row-level content controls or custom XML wrappers. */
function rowElements(tbl: XmlElement): XmlElement[] {
  return unwrap(tbl, "w:tr");
}

function cellElements(tr: XmlElement): XmlElement[] {
  return unwrap(tr, "w:tc");
}

function unwrap(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(parent)) {
    if (child.nodeName === name) found.push(child);
    else if (child.nodeName === "w:sdt") {
      const content = firstChild(child, "w:sdtContent");
      if (content) found.push(...unwrap(content, name));
    } else if (child.nodeName === "w:customXml") found.push(...unwrap(child, name));
  }
  return found;
}

/**
 * rowSpan of every cell: a vMerge cell that no cell above absorbed starts a run and absorbs the continuation
 * cells directly below it in the same grid column (their span is 0: not drawn). An orphan continuation (nothing
 * above) is drawn as an ordinary cell, as Word does.
 */
function mergeSpans(rows: { cells: RawCell[] }[]): Map<RawCell, number> {
  const spans = new Map<RawCell, number>();
  rows.forEach((row, r) => {
    for (const cell of row.cells) {
      if (spans.has(cell)) continue;
      let span = 1;
      if (cell.merge !== "none") {
        for (let next = r + 1; next < rows.length; next++) {
          const below = rows[next]?.cells.find((c) => c.gridCol === cell.gridCol);
          if (!below || below.merge !== "continue") break;
          spans.set(below, 0);
          span++;
        }
      }
      spans.set(cell, span);
    }
  });
  return spans;
}

function paragraphsOf(tc: XmlElement, pIndex: Map<XmlElement, number>): number[] {
  const result: number[] = [];
  const paragraphs = tc.getElementsByTagName("w:p");
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i);
    const index = p ? pIndex.get(p) : undefined;
    if (index !== undefined) result.push(index);
  }
  return result;
}

function readTableBorders(tbl: XmlElement): TableBorders {
  const tblPr = firstChild(tbl, "w:tblPr");
  const declared = firstChild(tblPr, "w:tblBorders");
  if (!declared) {
    // Without styles.xml the style's borders are unknown; nearly every named table style ("TableGrid", …) is a
    // grid, while a table with neither style nor borders is Word's borderless "Normal Table".
    const style = wVal(firstChild(tblPr, "w:tblStyle"));
    if (style && !/^(TableNormal|NormalTable)$/i.test(style)) {
      return { top: THIN_BLACK, left: THIN_BLACK, bottom: THIN_BLACK, right: THIN_BLACK, insideH: THIN_BLACK, insideV: THIN_BLACK };
    }
    return {};
  }
  return {
    top: borderSide(firstChild(declared, "w:top")),
    bottom: borderSide(firstChild(declared, "w:bottom")),
    left: borderSide(firstChild(declared, "w:left") ?? firstChild(declared, "w:start")),
    right: borderSide(firstChild(declared, "w:right") ?? firstChild(declared, "w:end")),
    insideH: borderSide(firstChild(declared, "w:insideH")),
    insideV: borderSide(firstChild(declared, "w:insideV")),
  };
}

function resolveBorders(
  table: TableBorders,
  cellBorders: XmlElement | null,
  edges: { top: boolean; bottom: boolean; left: boolean; right: boolean },
): CellBorders {
  const side = (names: string[], tableKey: TableBorderKey): BorderSide | null => {
    const own = names.map((n) => firstChild(cellBorders, n)).find((el) => el !== null);
    if (own) return borderSide(own);
    return table[tableKey] ?? null;
  };
  return {
    top: side(["w:top"], edges.top ? "top" : "insideH"),
    bottom: side(["w:bottom"], edges.bottom ? "bottom" : "insideH"),
    left: side(["w:left", "w:start"], edges.left ? "left" : "insideV"),
    right: side(["w:right", "w:end"], edges.right ? "right" : "insideV"),
  };
}

function borderSide(el: XmlElement | null): BorderSide | null {
  if (!el) return null;
  const style = wVal(el) ?? "single";
  if (NO_BORDER_STYLES.has(style)) return null;
  return { style, eighths: Math.max(2, intAttr(el, "w:sz") ?? 4), color: hexColor(el.getAttribute("w:color")) };
}

function fillColor(shd: XmlElement | null): string | null {
  return hexColor(shd?.getAttribute("w:fill") ?? null);
}

function hexColor(value: string | null): string | null {
  // Only plain hex reaches CSS; "auto" and anything unexpected fall back to the default colour.
  return value && /^[0-9a-f]{6}$/i.test(value) ? `#${value.toLowerCase()}` : null;
}

function verticalAlign(value: string | null): LayoutCell["vAlign"] {
  if (value === "center") return "middle";
  if (value === "top" || value === "bottom") return value;
  return null;
}

