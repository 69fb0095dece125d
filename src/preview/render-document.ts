/**
 * Draws the fake host's WordprocessingML body as a Word-like page of real DOM nodes (never innerHTML: the text is
 * the user's, and a document is untrusted input). Styling classes live in preview.html's <style> block.
 */
import { paragraphModel, pageSetup, type Piece, type ParagraphModel } from "./paragraph-model";
import { tableLayout, type BorderSide, type LayoutCell } from "./table-layout";
import { childElements, firstChild, paragraphIndexMap, type XmlDocument, type XmlElement } from "./xml-nodes";

export interface RenderOptions {
  /** Index (among all `w:p`) of the paragraph holding the selection (a range's last paragraph), or null. */
  selectionIndex: number | null;
  /** A range selection's first paragraph: every paragraph from it to `selectionIndex` is drawn selected. */
  selectionFrom?: number | null;
  onSelectParagraph(index: number): void;
  /** Called with each drawn cell and its `w:tc`, e.g. to mark the cells a check found empty. */
  decorateCell?(td: HTMLTableCellElement, tc: XmlElement): void;
}

/** Twips → CSS pixels at 96 dpi. */
const twipsToPx = (twips: number): number => Math.round((twips / 15) * 10) / 10;

interface RenderContext {
  pIndex: Map<XmlElement, number>;
  selectionIndex: number | null;
  selectionFrom: number | null;
  /** Width available to a table, in twips, for turning its grid into percentages. */
  contentWidth: number;
  decorateCell?: RenderOptions["decorateCell"];
}

export function renderDocument(xml: XmlDocument, target: HTMLElement, opts: RenderOptions): void {
  const body = xml.documentElement ? firstChild(xml.documentElement, "w:body") : null;
  const page = document.createElement("div");
  page.className = "w-page";
  if (!body) {
    page.append(paragraphElement(null, "Tài liệu không có nội dung (thiếu w:body).", "w-p w-p-note"));
    target.replaceChildren(page);
    return;
  }
  const setup = pageSetup(body);
  if (setup.landscape) page.classList.add("is-landscape");
  page.dataset.orientation = setup.landscape ? "landscape" : "portrait";
  page.style.width = `${twipsToPx(setup.width)}px`;
  page.dataset.widthPx = String(twipsToPx(setup.width));
  page.style.minHeight = `${twipsToPx(setup.height)}px`;
  page.style.padding = [setup.margins.top, setup.margins.right, setup.margins.bottom, setup.margins.left]
    .map((t) => `${twipsToPx(t)}px`)
    .join(" ");

  const context: RenderContext = {
    pIndex: paragraphIndexMap(xml),
    selectionIndex: opts.selectionIndex,
    selectionFrom: opts.selectionFrom ?? null,
    contentWidth: Math.max(1, setup.width - setup.margins.left - setup.margins.right),
    ...(opts.decorateCell ? { decorateCell: opts.decorateCell } : {}),
  };
  renderBlocks(body, page, context);

  // One listener per render on the fresh page element: re-rendering never stacks handlers.
  page.addEventListener("click", (event) => {
    const hit = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-p-index]") : null;
    const index = hit ? Number(hit.dataset.pIndex) : NaN;
    if (Number.isInteger(index)) opts.onSelectParagraph(index);
  });
  target.replaceChildren(page);
  fitPageToWidth(target);
}

/**
 * Zooms the page out until it fits the width available, like Word's "page width" zoom: the lines break where
 * they break on paper, which matters for the narrow columns of a landscape plan table. Call it again on resize.
 */
export function fitPageToWidth(target: HTMLElement): void {
  const page = target.querySelector<HTMLElement>(".w-page");
  const natural = Number(page?.dataset.widthPx);
  if (!page || !(natural > 0)) return;
  const available = target.clientWidth;
  if (available <= 0) return;
  const zoom = Math.max(MIN_ZOOM, Math.min(1, available / natural));
  if (zoom < 1) page.style.setProperty("zoom", zoom.toFixed(3));
  else page.style.removeProperty("zoom");
}

/** Below this the text is too small to read; the region scrolls sideways instead. */
const MIN_ZOOM = 0.5;

/** The paragraph index after/before `current` in reading order among the drawn paragraphs, for arrow keys. */
export function adjacentParagraphIndex(target: HTMLElement, current: number | null, direction: 1 | -1): number | null {
  const drawn = Array.from(target.querySelectorAll<HTMLElement>("[data-p-index]"), (el) => Number(el.dataset.pIndex));
  if (drawn.length === 0) return null;
  const position = current === null ? -1 : drawn.indexOf(current);
  if (position === -1) return direction === 1 ? (drawn[0] ?? null) : (drawn[drawn.length - 1] ?? null);
  return drawn[Math.min(drawn.length - 1, Math.max(0, position + direction))] ?? null;
}

function renderBlocks(container: XmlElement, into: HTMLElement, context: RenderContext): void {
  for (const child of childElements(container)) {
    switch (child.nodeName) {
      case "w:p":
        into.append(renderParagraph(child, context));
        break;
      case "w:tbl":
        into.append(renderTable(child, context));
        break;
      case "w:sdt": {
        const content = firstChild(child, "w:sdtContent");
        if (content) renderBlocks(content, into, context);
        break;
      }
      case "w:customXml":
        renderBlocks(child, into, context);
        break;
      default:
        break;
    }
  }
}

function renderParagraph(p: XmlElement, context: RenderContext): HTMLElement {
  const model = paragraphModel(p);
  const index = context.pIndex.get(p);
  const el = paragraphElement(index ?? null, null, "w-p");
  applyParagraphStyle(el, model);
  if (index !== undefined && isSelected(index, context)) {
    el.classList.add("is-selected");
    el.setAttribute("aria-current", "true");
  }
  for (const piece of model.pieces) el.append(renderPiece(piece));
  return el;
}

function isSelected(index: number, context: RenderContext): boolean {
  const last = context.selectionIndex;
  if (last === null) return false;
  return index <= last && index >= (context.selectionFrom ?? last);
}

/**
 * Brings the selection into the document region when it is not in view, as Word scrolls to what the add-in
 * selects (a finding's cell); a selection already in view is left where the user sees it.
 */
export function scrollSelectionIntoView(target: HTMLElement): void {
  const selected = target.querySelector<HTMLElement>(".is-selected");
  if (!selected) return;
  const box = selected.getBoundingClientRect();
  const region = target.closest<HTMLElement>("[data-document-region]");
  const view = region && region.scrollHeight > region.clientHeight ? region.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  if (box.top >= view.top && box.bottom <= view.bottom) return;
  selected.scrollIntoView({ block: "center", inline: "nearest" });
}

function paragraphElement(index: number | null, text: string | null, className: string): HTMLElement {
  const el = document.createElement("p");
  el.className = className;
  if (index !== null) el.dataset.pIndex = String(index);
  if (text !== null) el.textContent = text;
  return el;
}

function applyParagraphStyle(el: HTMLElement, model: ParagraphModel): void {
  if (model.align) el.style.textAlign = model.align;
  if (model.headingLevel !== null) el.classList.add(`w-h${Math.min(model.headingLevel, 3)}`);
  if (model.indentLeft) el.style.marginLeft = `${twipsToPx(model.indentLeft)}px`;
  if (model.firstLine) el.style.textIndent = `${twipsToPx(model.firstLine)}px`;
  if (model.spacingBefore) el.style.marginTop = `${twipsToPx(model.spacingBefore)}px`;
  if (model.spacingAfter) el.style.marginBottom = `${twipsToPx(model.spacingAfter)}px`;
}

function renderPiece(piece: Piece): Node {
  let el: HTMLElement;
  if (piece.kind === "break") {
    el = document.createElement("br");
  } else if (piece.kind === "tab") {
    el = document.createElement("span");
    el.className = "w-tab";
    el.textContent = "\t";
  } else {
    el = document.createElement("span");
    el.textContent = piece.text;
    if (piece.bold) el.style.fontWeight = "bold";
    if (piece.italic) el.style.fontStyle = "italic";
    const lines = [piece.underline ? "underline" : "", piece.strike ? "line-through" : ""].filter(Boolean);
    if (lines.length) el.style.textDecorationLine = lines.join(" ");
    if (piece.halfPoints !== null && piece.halfPoints > 0) el.style.fontSize = `${piece.halfPoints / 2}pt`;
  }
  if (piece.revision === "none" || piece.kind === "break") return el;
  const wrapper = document.createElement(piece.revision === "deleted" ? "del" : "ins");
  wrapper.className = piece.revision === "deleted" ? "w-del" : "w-ins";
  wrapper.append(el);
  return wrapper;
}

function renderTable(tbl: XmlElement, context: RenderContext): HTMLElement {
  const layout = tableLayout(tbl, context.pIndex);
  const table = document.createElement("table");
  table.className = layout.borderless ? "w-tbl is-borderless" : "w-tbl";
  const gridTotal = layout.gridCols.reduce((sum, w) => sum + w, 0);
  if (gridTotal > 0) {
    table.style.width = `${Math.min(100, (gridTotal / context.contentWidth) * 100).toFixed(2)}%`;
    const colgroup = document.createElement("colgroup");
    for (const width of layout.gridCols) {
      const col = document.createElement("col");
      col.style.width = `${((width / gridTotal) * 100).toFixed(2)}%`;
      colgroup.append(col);
    }
    table.append(colgroup);
  }
  const tbody = document.createElement("tbody");
  for (const row of layout.rows) {
    const tr = document.createElement("tr");
    if (row.header) tr.className = "is-header";
    if (row.gridBefore > 0) {
      const spacer = document.createElement("td");
      spacer.className = "w-grid-before";
      spacer.colSpan = row.gridBefore;
      tr.append(spacer);
    }
    for (const cell of row.cells) {
      const cellWidth = layout.gridCols.slice(cell.gridCol, cell.gridCol + cell.colSpan).reduce((sum, w) => sum + w, 0);
      tr.append(renderCell(cell, layout.borderless, cellWidth > 0 ? cellWidth : context.contentWidth, context));
    }
    tbody.append(tr);
  }
  table.append(tbody);
  return table;
}

function renderCell(cell: LayoutCell, borderless: boolean, cellWidth: number, context: RenderContext): HTMLElement {
  const td = document.createElement("td");
  if (cell.colSpan > 1) td.colSpan = cell.colSpan;
  if (cell.rowSpan > 1) td.rowSpan = cell.rowSpan;
  // Borderless tables keep the stylesheet's faint dashed outline, so the user can see the cells are there.
  if (!borderless) {
    td.style.borderTop = cssBorder(cell.borders.top);
    td.style.borderRight = cssBorder(cell.borders.right);
    td.style.borderBottom = cssBorder(cell.borders.bottom);
    td.style.borderLeft = cssBorder(cell.borders.left);
  }
  if (cell.shading) td.style.backgroundColor = cell.shading;
  if (cell.vAlign) td.style.verticalAlign = cell.vAlign;
  // A nested table's percentages are relative to this cell, not to the page.
  renderBlocks(cell.tc, td, { ...context, contentWidth: cellWidth });
  context.decorateCell?.(td, cell.tc);
  return td;
}

function cssBorder(side: BorderSide | null): string {
  if (!side) return "none";
  const px = Math.max(1, Math.round((side.eighths / 8) * (96 / 72)));
  const style = side.style === "double" ? "double" : /dash/i.test(side.style) ? "dashed" : /dot/i.test(side.style) ? "dotted" : "solid";
  return `${style === "double" ? Math.max(3, px) : px}px ${style} ${side.color ?? "#000"}`;
}
