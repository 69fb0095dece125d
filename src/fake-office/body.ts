import type { Element } from "@xmldom/xmldom";
import { paragraphsOf, tablesOf, textOf, type InsertLocation, type RangeTarget } from "./blocks";
import { ParagraphCollection, TableCollection } from "./collections";
import type { RequestContext } from "./context";
import { Font } from "./font";
import type { Paragraph } from "./paragraph";
import { ClientObject, Handle, type ClientResult, type ScalarReaders } from "./proxy";
import { Range } from "./range";
import { CommentCollection } from "./comments";
import { itemNotFound } from "./errors";
import { isInside } from "./xml";
import { getOoxmlOp, insertOoxmlOp, insertParagraphOp, insertTextOp, selectOp } from "./range-ops";
import { subRange } from "./range-ops";

const BODY_INSERT: readonly InsertLocation[] = ["Start", "End"];
const BODY_INSERT_OOXML: readonly InsertLocation[] = ["Replace", "Start", "End"];

/**
 * Word.Body of the document, or of a table cell (`TableCell.body`). `paragraphs` holds every paragraph, those in
 * table cells included (WordApi 1.3); `text` joins paragraphs with "\r".
 *
 * `tables` holds every table in document order, NESTED ONES INCLUDED (a nested table right after the start of the
 * table that holds it, the OOXML reader's order). Whether Word's Body.tables lists nested tables is not documented;
 * src/word must not depend on it (it maps reader indexes to this collection by its length, see word/table-proxy.ts).
 */
export class Body extends ClientObject {
  readonly objectPath = "Body";
  private cachedParagraphs?: ParagraphCollection;
  private cachedTables?: TableCollection;
  private cachedFont?: Font;

  /** `container`: the w:tc of a cell's body; the document's w:body when left out. */
  constructor(
    context: RequestContext,
    private readonly container?: Handle<Element>,
  ) {
    super(context);
  }

  get text(): string {
    return this.read("text");
  }

  get paragraphs(): ParagraphCollection {
    this.cachedParagraphs ??= new ParagraphCollection(this.context, this.objectPath, () => paragraphsOf(this.asRange()));
    return this.cachedParagraphs;
  }

  get tables(): TableCollection {
    this.cachedTables ??= new TableCollection(this.context, this.objectPath, () => tablesOf(this.asRange()));
    return this.cachedTables;
  }

  get font(): Font {
    this.cachedFont ??= new Font(this.context, this.objectPath, () => paragraphsOf(this.asRange()));
    return this.cachedFont;
  }

  getRange(rangeLocation?: string): Range {
    this.context.ensureOpen(this.objectPath);
    return new Range(this.context, new Handle(() => subRange(this.asRange(), rangeLocation, `${this.objectPath}.getRange`)));
  }

  insertParagraph(paragraphText: string, insertLocation: InsertLocation | string): Paragraph {
    return insertParagraphOp(this, () => this.asRange(), paragraphText, insertLocation, BODY_INSERT);
  }

  insertOoxml(ooxml: string, insertLocation: InsertLocation | string): Range {
    return insertOoxmlOp(this, () => this.asRange(), ooxml, insertLocation, BODY_INSERT_OOXML);
  }

  insertText(text: string, insertLocation: InsertLocation | string): Range {
    return insertTextOp(this, () => this.asRange(), text, insertLocation, ["Replace", "Start", "End"]);
  }

  getOoxml(): ClientResult<string> {
    return getOoxmlOp(this, () => this.asRange());
  }

  select(selectionMode?: string): void {
    selectOp(this, () => this.asRange(), selectionMode);
  }

  /** WordApi 1.4: the comments anchored in this body, in document order. */
  getComments(): CommentCollection {
    this.context.ensureOpen(this.objectPath);
    return new CommentCollection(this.context, () => this.asRange());
  }

  protected override scalarReaders(): ScalarReaders {
    return { text: () => textOf(this.asRange()) };
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "tables") return this.tables;
    if (name === "font") return this.font;
    return undefined;
  }

  private asRange(): RangeTarget {
    const documentBody = this.context.host.document.body();
    if (!this.container) return { kind: "body", body: documentBody };
    const cell = this.container.get(this.objectPath);
    if (!isInside(cell, documentBody)) throw itemNotFound(this.objectPath);
    return { kind: "body", body: cell };
  }
}
