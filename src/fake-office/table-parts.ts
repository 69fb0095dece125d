/**
 * Rows and cells of a w:tbl as the fake's table proxies see them, and the rows `insertRows` / `addRows` create.
 *
 * Positions are physical, as the OOXML reader (src/ooxml/read-tables.ts) counts them: every w:tr whose nearest
 * w:tbl is the table (rows wrapped in a row-level content control or custom XML count), every w:tc whose nearest
 * w:tr is the row. A merged cell is one w:tc, so `getCell(r, c)` addresses the c-th w:tc of the r-th w:tr.
 *
 * A new row copies its anchor row, as Word's "Insert Rows Above/Below" does: the row's w:tblPrEx and w:trPr, each
 * cell's w:tcPr (width, gridSpan, borders, shading), and, for each cell, the first paragraph's w:pPr and the first
 * run's w:rPr; the cell then holds one paragraph with the given text. Chosen simplifications, documented because
 * Word's own rule is not published:
 * - vertical merges are never carried over (w:vMerge and the legacy w:hMerge are dropped), so a new row is never
 *   glued into a merge of the anchor; callers should anchor on rows without vertical merges;
 * - revision marks (w:ins/w:del on the row, w:tcPrChange, w:cellIns/w:cellDel/w:cellMerge, w:pPrChange,
 *   w:rPrChange) are dropped: a new row is not a tracked change;
 * - nested tables and extra paragraphs of the anchor's cells are not copied.
 */
import type { Element } from "@xmldom/xmldom";
import type { FakeWordDocument } from "./fake-document";
import { createRuns } from "./blocks";
import { generalException } from "./errors";
import { childElements, closestW, createW, firstW, paragraphText, wDescendants } from "./xml";

const DROPPED_FROM_TRPR = new Set(["ins", "del", "trPrChange"]);
const DROPPED_FROM_TCPR = new Set(["vMerge", "hMerge", "tcPrChange", "cellIns", "cellDel", "cellMerge"]);
const DROPPED_FROM_PPR = new Set(["sectPr", "pPrChange"]);
const DROPPED_FROM_RPR = new Set(["ins", "del", "moveFrom", "moveTo", "rPrChange"]);

function nearestAncestor(element: Element, localName: string): Element | null {
  const parent = element.parentNode;
  return parent && parent.nodeType === 1 ? closestW(parent as Element, localName) : null;
}

/** The table's own rows (not those of nested tables), in document order. */
export function rowsOf(table: Element): Element[] {
  return wDescendants(table, "tr").filter((row) => nearestAncestor(row, "tbl") === table);
}

/** The row's own cells (not those of nested tables' rows), in document order. */
export function cellsOf(row: Element): Element[] {
  return wDescendants(row, "tc").filter((cell) => nearestAncestor(cell, "tr") === row);
}

/** A cell that continues a vertical merge (w:vMerge without val="restart"): Word cannot address it. */
export function isContinuation(cell: Element): boolean {
  const tcPr = firstW(cell, "tcPr");
  const vMerge = tcPr ? firstW(tcPr, "vMerge") : null;
  return vMerge !== null && (vMerge.getAttributeNS(vMerge.namespaceURI, "val") || "continue") === "continue";
}

/**
 * Word fails the whole batch with GeneralException when an add-in addresses a vertically merged continuation
 * cell: its cellIndex or rowIndex, `getCell` on it, the values of its row or table (OfficeDev/office-js#3200,
 * "GeneralException when retrieving Cell Index of vertically merged table cells").
 */
export function refuseMergedCells(cells: readonly Element[], where: string): void {
  if (cells.some(isContinuation)) {
    throw generalException(where, "The cell is part of a vertically merged cell (OfficeDev/office-js#3200).");
  }
}

/** A cell's paragraphs (nested tables' included) joined by "\n", the fake's reading of Word's cell value. */
export function cellText(cell: Element): string {
  return wDescendants(cell, "p").map(paragraphText).join("\n");
}

/** The cell's own paragraphs, not those of nested tables. */
export function cellParagraphs(cell: Element): Element[] {
  return wDescendants(cell, "p").filter((p) => nearestAncestor(p, "tc") === cell);
}

function copyWithout(element: Element, dropped: ReadonlySet<string>): Element {
  const copy = element.cloneNode(true) as Element;
  for (const child of childElements(copy)) {
    if (child.namespaceURI === element.namespaceURI && dropped.has(child.localName ?? "")) copy.removeChild(child);
  }
  return copy;
}

function paragraphLike(document: FakeWordDocument, like: Element | null, text: string): Element {
  const paragraph = createW(document.xml, "p");
  const pPr = like ? firstW(like, "pPr") : null;
  if (pPr) {
    const copy = copyWithout(pPr, DROPPED_FROM_PPR);
    const markRPr = firstW(copy, "rPr");
    if (markRPr) copy.replaceChild(copyWithout(markRPr, DROPPED_FROM_RPR), markRPr);
    paragraph.appendChild(copy);
  }
  const firstRun = like ? wDescendants(like, "r").find((r) => closestW(r, "p") === like) : undefined;
  const runRPr = firstRun ? firstW(firstRun, "rPr") : null;
  const rPr = runRPr ? copyWithout(runRPr, DROPPED_FROM_RPR) : null;
  for (const run of createRuns(document, text, rPr)) paragraph.appendChild(run);
  return paragraph;
}

function cellLike(document: FakeWordDocument, anchor: Element, text: string): Element {
  const cell = createW(document.xml, "tc");
  const tcPr = firstW(anchor, "tcPr");
  if (tcPr) cell.appendChild(copyWithout(tcPr, DROPPED_FROM_TCPR));
  cell.appendChild(paragraphLike(document, cellParagraphs(anchor)[0] ?? null, text));
  return cell;
}

/** A new row shaped like `anchor`, its cells holding `texts` (missing texts leave the cell empty). */
export function rowLike(document: FakeWordDocument, anchor: Element, texts: readonly string[]): Element {
  const row = createW(document.xml, "tr");
  const tblPrEx = firstW(anchor, "tblPrEx");
  if (tblPrEx) row.appendChild(tblPrEx.cloneNode(true));
  const trPr = firstW(anchor, "trPr");
  if (trPr) row.appendChild(copyWithout(trPr, DROPPED_FROM_TRPR));
  cellsOf(anchor).forEach((cell, i) => row.appendChild(cellLike(document, cell, texts[i] ?? "")));
  return row;
}

/** Inserts `count` rows like `anchor` before or after it; returns them in document order. */
export function insertRowsLike(
  document: FakeWordDocument,
  anchor: Element,
  location: "Before" | "After",
  count: number,
  values: readonly (readonly string[])[],
): Element[] {
  const created = Array.from({ length: count }, (_, i) => rowLike(document, anchor, values[i] ?? []));
  const parent = anchor.parentNode as Element;
  const before = location === "Before" ? anchor : anchor.nextSibling;
  for (const row of created) parent.insertBefore(row, before);
  document.markChanged();
  return created;
}
