import type { Element } from "@xmldom/xmldom";
import { paragraphsOf, tablesOf, textOf, type InsertLocation, type RangeTarget } from "./blocks";
import { ParagraphCollection, TableCollection } from "./collections";
import type { RequestContext } from "./context";
import { Font } from "./font";
import type { Paragraph } from "./paragraph";
import { ClientObject, Handle, type ClientResult, type ScalarReaders } from "./proxy";
import { Range } from "./range";
import { getOoxmlOp, insertOoxmlOp, insertParagraphOp, insertTextOp, selectOp } from "./range-ops";

const BODY_INSERT: readonly InsertLocation[] = ["Start", "End"];
const BODY_INSERT_OOXML: readonly InsertLocation[] = ["Replace", "Start", "End"];

/**
 * Word.Body of the document. `paragraphs` holds every paragraph, those in table cells included (WordApi 1.3);
 * `tables` holds every table in document order, nested ones included; `text` joins paragraphs with "\r".
 */
export class Body extends ClientObject {
  readonly objectPath = "Body";
  private cachedParagraphs?: ParagraphCollection;
  private cachedTables?: TableCollection;
  private cachedFont?: Font;

  constructor(context: RequestContext) {
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

  getRange(_rangeLocation?: string): Range {
    this.context.ensureOpen(this.objectPath);
    return new Range(this.context, new Handle(() => this.asRange()));
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
    const body: Element = this.context.host.document.body();
    return { kind: "body", body };
  }
}
