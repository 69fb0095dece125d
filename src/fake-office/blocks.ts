/**
 * What a Range covers, and block-level insertion. The fake works on whole blocks (paragraphs and tables):
 *
 * - a body range covers every block of the body;
 * - a blocks range covers consecutive sibling blocks (one paragraph, one table, or what an insert produced);
 * - a cursor is a collapsed point at the end (the selection's default) or at the start of one paragraph;
 * - a span covers the paragraphs from one to another in document order, possibly across table cells (a
 *   selection dragged over cells).
 *
 * Insertion rule at the cursor (chosen to match what Word does when the cursor is at the end of a paragraph):
 * "Before"/"Start" insert before the cursor's paragraph; "After"/"End" insert after it; "Replace" replaces the
 * paragraph if it is empty (no text, no runs) and otherwise inserts after it, so the user's text is never lost.
 * A cursor at the START of a paragraph puts blocks before it (whatever the location but an empty "Replace").
 * Blocks go into the container of the anchor paragraph: a paragraph in a table cell gets the blocks inside that
 * cell (a table there becomes a nested table), as in Word.
 * A table is never left as the last block of the body or of a cell: an empty paragraph is added after it, as
 * Word requires.
 *
 * Two tables with no paragraph between them are ONE table in Word (its layout merges them; python-docx#1072,
 * pandoc#4315 show documents written that way opening as one table). After every insertion, a table that
 * touches another is joined into it: the rows of the second move into the first, which keeps its properties
 * and grid, as Word shows them.
 */
import type { Element, Node } from "@xmldom/xmldom";
import type { FakeWordDocument } from "./fake-document";
import { childElements, closestW, createW, firstW, isElement, isInside, isW, paragraphText, wDescendants } from "./xml";

export type RangeTarget =
  | { kind: "body"; body: Element }
  | { kind: "blocks"; first: Element; last: Element }
  | { kind: "cursor"; paragraph: Element; at?: "start" | "end" }
  | { kind: "span"; from: Element; to: Element };

export type InsertLocation = "Before" | "After" | "Start" | "End" | "Replace";

export function blocksOf(target: RangeTarget): Element[] {
  switch (target.kind) {
    case "body":
      // A "body" is the document's w:body or a cell's w:tc (TableCell.body): their properties are not blocks.
      return childElements(target.body).filter((e) => !isW(e, "sectPr") && !isW(e, "tcPr"));
    case "cursor":
    case "span":
      return [];
    case "blocks": {
      const result: Element[] = [];
      for (let n: Node | null = target.first; n; n = n.nextSibling) {
        if (isElement(n)) result.push(n);
        if (n === target.last) break;
      }
      return result;
    }
  }
}

export function paragraphsOf(target: RangeTarget): Element[] {
  if (target.kind === "cursor") return [target.paragraph];
  if (target.kind === "span") return spanParagraphs(target.from, target.to);
  return blocksOf(target).flatMap((b) => (isW(b, "p") ? [b, ...wDescendants(b, "p")] : wDescendants(b, "p")));
}

/** Tables in the range in document order, nested tables included (as Body.tables in this fake). */
export function tablesOf(target: RangeTarget): Element[] {
  if (target.kind === "cursor") return [];
  return blocksOf(target).flatMap((b) => (isW(b, "tbl") ? [b, ...wDescendants(b, "tbl")] : wDescendants(b, "tbl")));
}

/** Paragraph texts joined by "\r", Word's paragraph mark; a collapsed cursor has no text. */
export function textOf(target: RangeTarget): string {
  if (target.kind === "cursor") return "";
  return paragraphsOf(target).map(paragraphText).join("\r");
}

/** Every w:p from `from` to `to` in document order (both included). */
function spanParagraphs(from: Element, to: Element): Element[] {
  const document = from.ownerDocument;
  if (!document) return [from];
  const all = wDescendants(document, "p");
  const start = all.indexOf(from);
  const end = all.indexOf(to);
  return start < 0 || end < start ? [from] : all.slice(start, end + 1);
}

/** The table containing the range (for a span, the innermost table holding both ends). */
export function parentTableOf(target: RangeTarget): Element | null {
  if (target.kind === "body") return isW(target.body, "tc") ? closestW(target.body, "tbl") : null;
  if (target.kind === "span") {
    for (let table = closestW(target.from, "tbl"); table; table = closestW(table.parentNode as Element, "tbl")) {
      if (isInside(target.to, table)) return table;
    }
    return null;
  }
  const start = target.kind === "cursor" ? target.paragraph : target.first;
  return closestW(start, "tbl");
}

export function bodySectPr(body: Element): Element | null {
  const last = childElements(body).pop();
  return last && isW(last, "sectPr") ? last : null;
}

export function isEmptyParagraph(paragraph: Element): boolean {
  return paragraphText(paragraph) === "" && childElements(paragraph).every((e) => isW(e, "pPr"));
}

/**
 * Inserts blocks (already owned by the document) at a location of a range; returns the blocks range inserted,
 * or null when nothing was inserted. Location checks are the caller's job.
 */
export function insertBlocks(
  document: FakeWordDocument,
  target: RangeTarget,
  location: InsertLocation,
  blocks: Element[],
): RangeTarget | null {
  const cursor = document.cursorParagraph();
  let parent: Element;
  let before: Node | null;
  let removed: Element[] = [];

  if (target.kind === "body") {
    parent = target.body;
    const sectPr = bodySectPr(parent);
    if (location === "Start") before = blocksOf(target)[0] ?? sectPr;
    else {
      if (location === "Replace") removed = blocksOf(target);
      before = sectPr;
    }
  } else {
    const anchorFirst = target.kind === "cursor" ? target.paragraph : target.kind === "span" ? target.from : target.first;
    const anchorLast = target.kind === "cursor" ? target.paragraph : target.kind === "span" ? target.to : target.last;
    parent = (location === "Before" || location === "Start" ? anchorFirst : anchorLast).parentNode as Element;
    const replaceCursorParagraph = target.kind === "cursor" && location === "Replace" && isEmptyParagraph(anchorFirst);
    const atStart = target.kind === "cursor" && target.at === "start" && !replaceCursorParagraph;
    if (location === "Before" || location === "Start" || atStart) before = anchorFirst;
    else if (location === "Replace" && (target.kind === "blocks" || replaceCursorParagraph)) {
      removed = target.kind === "blocks" ? blocksOf(target) : [anchorFirst];
      before = anchorLast.nextSibling;
    } else before = anchorLast.nextSibling;
  }

  for (const block of blocks) parent.insertBefore(block, before);
  for (const old of removed) parent.removeChild(old);
  const joined = joinTouchingTables(parent);
  // Only when the new content is what ends the container: a document that already ends with a table is left alone.
  if (blocks.length > 0 && lastBlock(parent) === blocks[blocks.length - 1]) ensureEndsWithParagraph(parent);
  document.markChanged();

  if (cursor && removed.some((r) => r === cursor || wDescendants(r, "p").includes(cursor))) {
    document.moveCursorTo(paragraphAfter(document, blocks) ?? null);
  }
  const first = blocks[0] ? (joined.get(blocks[0]) ?? blocks[0]) : undefined;
  const last = blocks[blocks.length - 1] ? (joined.get(blocks[blocks.length - 1]!) ?? blocks[blocks.length - 1]) : undefined;
  return first && last ? { kind: "blocks", first, last } : null;
}

/** Word's layout: a table right after another (no paragraph between) is part of it. */
export function joinTouchingTables(container: Element): Map<Element, Element> {
  const joined = new Map<Element, Element>();
  let previous: Element | null = null;
  for (const block of childElements(container)) {
    if (previous && isW(previous, "tbl") && isW(block, "tbl")) {
      for (const row of childElements(block).filter((e) => isW(e, "tr"))) previous.appendChild(row);
      container.removeChild(block);
      joined.set(block, previous);
      continue;
    }
    previous = block;
  }
  return joined;
}

function lastBlock(container: Element): Element | undefined {
  return childElements(container)
    .filter((e) => !isW(e, "sectPr") && !isW(e, "tcPr"))
    .pop();
}

/** Body and cells must end with a paragraph; Word adds one after a trailing table. */
export function ensureEndsWithParagraph(container: Element): void {
  if (!isW(container, "body") && !isW(container, "tc")) return;
  const sectPr = isW(container, "body") ? bodySectPr(container) : null;
  const last = lastBlock(container);
  if (!last || !isW(last, "p")) container.insertBefore(createW(container.ownerDocument, "p"), sectPr);
}

/** Where the cursor goes when its paragraph was replaced: the first paragraph after the inserted blocks. */
function paragraphAfter(document: FakeWordDocument, blocks: Element[]): Element | null {
  const all = document.paragraphs();
  const last = blocks[blocks.length - 1];
  if (!last) return all[0] ?? null;
  const inside = new Set(blocks.flatMap((b) => (isW(b, "p") ? [b, ...wDescendants(b, "p")] : wDescendants(b, "p"))));
  const lastInside = [...inside].pop();
  const index = lastInside ? all.indexOf(lastInside) : -1;
  return all.slice(index + 1).find((p) => !inside.has(p)) ?? lastInside ?? all[0] ?? null;
}

/**
 * A new paragraph with the text ("\t" → w:tab, "\n" → w:br). It takes the paragraph properties of `like`, as a
 * paragraph made by pressing Enter does (section breaks excepted).
 */
export function createParagraph(document: FakeWordDocument, text: string, like: Element | null): Element {
  const xml = document.xml;
  const paragraph = createW(xml, "p");
  const pPr = like ? firstW(like, "pPr") : null;
  if (pPr) {
    const copy = pPr.cloneNode(true) as Element;
    for (const sectPr of childElements(copy).filter((e) => isW(e, "sectPr"))) copy.removeChild(sectPr);
    paragraph.appendChild(copy);
  }
  const markRPr = pPr ? firstW(pPr, "rPr") : null;
  for (const run of createRuns(document, text, markRPr)) paragraph.appendChild(run);
  return paragraph;
}

/** Runs for a text ("\t" → w:tab, line breaks → w:br), each with a copy of `rPr`. */
export function createRuns(document: FakeWordDocument, text: string, rPr: Element | null): Element[] {
  const xml = document.xml;
  const runs: Element[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, lineIndex) => {
    const run = createW(xml, "r");
    if (rPr) run.appendChild(rPr.cloneNode(true));
    if (lineIndex > 0) run.appendChild(createW(xml, "br"));
    line.split("\t").forEach((piece, pieceIndex) => {
      if (pieceIndex > 0) run.appendChild(createW(xml, "tab"));
      if (piece !== "") {
        const t = createW(xml, "t");
        t.setAttribute("xml:space", "preserve");
        t.appendChild(xml.createTextNode(piece));
        run.appendChild(t);
      }
    });
    if (childElements(run).some((e) => !isW(e, "rPr"))) runs.push(run);
  });
  return runs;
}
