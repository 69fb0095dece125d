/**
 * The operations Body, Range, Paragraph and Table share (insertParagraph, insertOoxml, getOoxml, select),
 * written once over a RangeTarget.
 */
import type { Element } from "@xmldom/xmldom";
import {
  bodySectPr,
  blocksOf,
  createParagraph,
  createRuns,
  insertBlocks,
  paragraphsOf,
  type InsertLocation,
  type RangeTarget,
} from "./blocks";
import type { RequestContext } from "./context";
import { generalException, invalidArgument, itemNotFound, notImplemented } from "./errors";
import { sectionPropertiesOf } from "./sections";
import { buildFlatOpc, importBlocks, parseOoxmlForInsert } from "./ooxml-package";
import { Paragraph } from "./paragraph";
import { ClientResult, Handle } from "./proxy";
import { Range } from "./range";
import { childElements, firstW, isW } from "./xml";
import { runsOf } from "./formatting";
import { utf8Length } from "./fetched-bytes";
import { pictureParts } from "./media";

export interface RangeOwner {
  readonly context: RequestContext;
  readonly objectPath: string;
  enqueue(member: string, apply: () => void): void;
}

export function checkLocation(location: unknown, allowed: readonly InsertLocation[], where: string): InsertLocation {
  const match = allowed.find((a) => typeof location === "string" && a.toLowerCase() === location.toLowerCase());
  if (!match) throw invalidArgument(where, `insertLocation must be one of ${allowed.join(", ")}; got '${String(location)}'.`);
  return match;
}

/** A proxy for an object an operation will create; reading it before that sync is a bug of the caller. */
function notYetCreated<T>(where: string): Handle<T> {
  return new Handle<T>(() => {
    throw generalException(where, "The object is used before the sync that creates it.");
  });
}

export function insertParagraphOp(
  owner: RangeOwner,
  target: () => RangeTarget,
  text: string,
  location: InsertLocation | string,
  allowed: readonly InsertLocation[],
): Paragraph {
  const where = `${owner.objectPath}.insertParagraph`;
  const handle = notYetCreated<Element>(where);
  const paragraph = new Paragraph(owner.context, handle);
  owner.enqueue("insertParagraph", () => {
    const at = checkLocation(location, allowed, where);
    if (typeof text !== "string") throw invalidArgument(where, "paragraphText must be a string.");
    const range = target();
    const document = owner.context.host.document;
    const created = createParagraph(document, text, likeParagraph(range, at));
    insertBlocks(document, range, at, [created]);
    handle.bind(created);
  });
  return paragraph;
}

/** The paragraph whose formatting a new paragraph takes: the one it is inserted next to. */
function likeParagraph(range: RangeTarget, at: InsertLocation): Element | null {
  if (range.kind === "cursor") return range.paragraph;
  if (range.kind === "body") return null;
  if (range.kind === "span") return at === "Before" || at === "Start" ? range.from : range.to;
  const anchor = at === "Before" || at === "Start" ? range.first : range.last;
  return isW(anchor, "p") ? anchor : null;
}

export function insertOoxmlOp(
  owner: RangeOwner,
  target: () => RangeTarget,
  ooxml: string,
  location: InsertLocation | string,
  allowed: readonly InsertLocation[],
): Range {
  const where = `${owner.objectPath}.insertOoxml`;
  const handle = notYetCreated<RangeTarget>(where);
  const range = new Range(owner.context, handle);
  owner.enqueue("insertOoxml", () => {
    const at = checkLocation(location, allowed, where);
    let parsed;
    try {
      parsed = parseOoxmlForInsert(ooxml);
    } catch (error) {
      throw invalidArgument(where, `The OOXML is not valid: ${error instanceof Error ? error.message : String(error)}`);
    }
    const anchor = target();
    const document = owner.context.host.document;
    const inserted = insertBlocks(document, anchor, at, importBlocks(document.xml, parsed));
    handle.bind(inserted ?? anchor);
  });
  return range;
}

export function getOoxmlOp(owner: RangeOwner, target: () => RangeTarget | null): ClientResult<string> {
  const result = new ClientResult<string>();
  owner.enqueue("getOoxml", () => {
    const range = target();
    if (range === null) {
      result.set(null as unknown as string);
      return;
    }
    const document = owner.context.host.document;
    const root = document.xml.documentElement;
    if (!root) throw generalException(`${owner.objectPath}.getOoxml`, "The document has no root element.");
    const body = document.body();
    const paragraphs = paragraphsOf(range);
    const end = range.kind === "body" && isW(range.body, "body") ? null : (paragraphs[paragraphs.length - 1] ?? null);
    // A collapsed range or a span inside cells is given as the paragraphs it touches.
    const blocks = range.kind === "cursor" || range.kind === "span" ? paragraphs : blocksOf(range);
    const flat = buildFlatOpc({
      documentElement: root,
      blocks,
      sectPr: end ? sectionPropertiesOf(body, end) : bodySectPr(body),
      stylesXml: document.stylesXml,
    });
    const close = flat.lastIndexOf("</pkg:package>");
    const ooxml = flat.slice(0, close) + pictureParts(blocks, document.media) + flat.slice(close);
    owner.context.host.bytesFetched += utf8Length(ooxml);
    result.set(ooxml);
  });
  return result;
}

const RANGE_LOCATIONS = ["Whole", "Content", "Start", "End", "Before", "After"] as const;

/**
 * `getRange(rangeLocation)`: "Whole"/"Content" (or nothing) is the range itself; "Start"/"Before" the collapsed
 * point at the start of its first paragraph; "End"/"After" the point at the end of its last paragraph. In the block
 * model a point just before (after) a range and its start (end) receive inserted blocks at the same place.
 * Anything else is InvalidArgument, as in Word.
 */
export function subRange(target: RangeTarget, location: unknown, where: string): RangeTarget {
  const match =
    location === undefined ? "Whole" : RANGE_LOCATIONS.find((l) => typeof location === "string" && l.toLowerCase() === location.toLowerCase());
  if (!match) throw invalidArgument(where, `rangeLocation must be one of ${RANGE_LOCATIONS.join(", ")}; got '${String(location)}'.`);
  if (match === "Whole" || match === "Content") return target;
  if (target.kind === "cursor") return target;
  const paragraphs = paragraphsOf(target);
  const paragraph = match === "Start" || match === "Before" ? paragraphs[0] : paragraphs[paragraphs.length - 1];
  if (!paragraph) throw itemNotFound(where);
  return { kind: "cursor", paragraph, at: match === "Start" || match === "Before" ? "start" : "end" };
}

/** Puts the cursor in the range's first paragraph ("End": its last), the closest the block model gets to Word. */
export function selectOp(owner: RangeOwner, target: () => RangeTarget, mode?: string): void {
  owner.enqueue("select", () => {
    const paragraphs = paragraphsOf(target());
    const paragraph = mode === "End" ? paragraphs[paragraphs.length - 1] : paragraphs[0];
    if (paragraph) owner.context.host.document.moveCursorTo(paragraph);
  });
}

/**
 * Inline text at the start or end of one paragraph, or replacing its runs. A collapsed cursor inserts at the end
 * of its paragraph. Line breaks become w:br (Word would start new paragraphs); table ranges are not supported.
 */
export function insertTextOp(
  owner: RangeOwner,
  target: () => RangeTarget,
  text: string,
  location: InsertLocation | string,
  allowed: readonly InsertLocation[],
): Range {
  const where = `${owner.objectPath}.insertText`;
  const handle = notYetCreated<RangeTarget>(where);
  const range = new Range(owner.context, handle);
  owner.enqueue("insertText", () => {
    const at = checkLocation(location, allowed, where);
    if (typeof text !== "string") throw invalidArgument(where, "text must be a string.");
    const anchor = target();
    const document = owner.context.host.document;
    let paragraph: Element;
    let mode: "replace" | "start" | "end";
    if (anchor.kind === "cursor") {
      paragraph = anchor.paragraph;
      mode = anchor.at === "start" ? "start" : "end";
    } else if (anchor.kind === "body" && at === "Replace") {
      const created = createParagraph(document, text, paragraphsOf(anchor)[0] ?? null);
      insertBlocks(document, anchor, "Replace", [created]);
      handle.bind({ kind: "blocks", first: created, last: created });
      return;
    } else {
      const paragraphs = paragraphsOf(anchor);
      const blocks = blocksOf(anchor);
      const single = anchor.kind === "blocks" && blocks.length === 1 && isW(blocks[0], "p") ? blocks[0] : undefined;
      const chosen = anchor.kind === "body" ? (at === "Start" ? paragraphs[0] : paragraphs[paragraphs.length - 1]) : single;
      if (!chosen) throw notImplemented(where, "insertText into a range that is not one paragraph.");
      paragraph = chosen;
      mode = at === "Replace" ? "replace" : at === "Start" || at === "Before" ? "start" : "end";
    }
    const runs = runsOf(paragraph);
    const pPr = firstW(paragraph, "pPr");
    const like = (mode === "start" ? runs[0] : runs[runs.length - 1]) ?? null;
    const rPr = (like ? firstW(like, "rPr") : null) ?? (pPr ? firstW(pPr, "rPr") : null);
    const created = createRuns(document, text, rPr);
    if (mode === "replace") {
      for (const child of childElements(paragraph)) if (!isW(child, "pPr")) paragraph.removeChild(child);
    }
    const firstContent = childElements(paragraph).find((e) => !isW(e, "pPr")) ?? null;
    for (const run of created) paragraph.insertBefore(run, mode === "start" ? firstContent : null);
    document.markChanged();
    handle.bind({ kind: "blocks", first: paragraph, last: paragraph });
  });
  return range;
}
