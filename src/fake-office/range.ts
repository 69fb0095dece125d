import { paragraphsOf, parentTableOf, tablesOf, textOf, type InsertLocation, type RangeTarget } from "./blocks";
import { ParagraphCollection, TableCollection } from "./collections";
import type { RequestContext } from "./context";
import { itemNotFound } from "./errors";
import { Font } from "./font";
import type { Paragraph } from "./paragraph";
import { ClientObject, Handle, type ClientResult, type ScalarReaders } from "./proxy";
import { getOoxmlOp, insertOoxmlOp, insertParagraphOp, insertTextOp, selectOp, subRange } from "./range-ops";
import { ContentControl, parentControlOf } from "./content-control";
import { Table } from "./table";
import { CommentCollection, insertCommentOp, type Comment } from "./comments";
import { isInside } from "./xml";

const RANGE_INSERT_OOXML: readonly InsertLocation[] = ["Replace", "Start", "End", "Before", "After"];
const RANGE_INSERT_PARAGRAPH: readonly InsertLocation[] = ["Before", "After"];

/** Word.Range over whole blocks (see blocks.ts for what a range covers and where inserts go). */
export class Range extends ClientObject {
  readonly objectPath = "Range";
  private cachedParagraphs?: ParagraphCollection;
  private cachedTables?: TableCollection;
  private cachedFont?: Font;
  private cachedParentTable?: Table;
  private cachedParentControl?: ContentControl;

  constructor(
    context: RequestContext,
    private readonly handle: Handle<RangeTarget>,
    options: { nullable?: boolean } = {},
  ) {
    super(context, options);
  }

  get text(): string {
    return this.read("text");
  }

  get isEmpty(): boolean {
    return this.read("isEmpty");
  }

  get paragraphs(): ParagraphCollection {
    this.cachedParagraphs ??= new ParagraphCollection(this.context, this.objectPath, () => paragraphsOf(this.target()));
    return this.cachedParagraphs;
  }

  get tables(): TableCollection {
    this.cachedTables ??= new TableCollection(this.context, this.objectPath, () => tablesOf(this.target()));
    return this.cachedTables;
  }

  get font(): Font {
    this.cachedFont ??= new Font(this.context, this.objectPath, () => paragraphsOf(this.target()));
    return this.cachedFont;
  }

  get parentTableOrNullObject(): Table {
    this.context.ensureOpen(this.objectPath);
    this.cachedParentTable ??= new Table(this.context, new Handle(() => parentTableOf(this.target())), true);
    return this.cachedParentTable;
  }

  get parentTable(): Table {
    this.context.ensureOpen(this.objectPath);
    const where = `${this.objectPath}.parentTable`;
    return new Table(
      this.context,
      new Handle(() => {
        const table = parentTableOf(this.target());
        if (!table) throw itemNotFound(where);
        return table;
      }),
    );
  }

  /** Part of the range: "Whole", "Start", "End", … (see range-ops.ts subRange). */
  getRange(rangeLocation?: string): Range {
    this.context.ensureOpen(this.objectPath);
    return new Range(this.context, new Handle(() => subRange(this.target(), rangeLocation, `${this.objectPath}.getRange`)));
  }

  /** The content control holding the range (a block-level w:sdt), or a null object. */
  get parentContentControlOrNullObject(): ContentControl {
    this.context.ensureOpen(this.objectPath);
    this.cachedParentControl ??= new ContentControl(this.context, new Handle(() => parentControlOf(this.target())), true);
    return this.cachedParentControl;
  }

  insertParagraph(paragraphText: string, insertLocation: InsertLocation | string): Paragraph {
    return insertParagraphOp(this, () => this.target(), paragraphText, insertLocation, RANGE_INSERT_PARAGRAPH);
  }

  insertOoxml(ooxml: string, insertLocation: InsertLocation | string): Range {
    return insertOoxmlOp(this, () => this.target(), ooxml, insertLocation, RANGE_INSERT_OOXML);
  }

  insertText(text: string, insertLocation: InsertLocation | string): Range {
    return insertTextOp(this, () => this.target(), text, insertLocation, ["Replace", "Start", "End", "Before", "After"]);
  }

  /** WordApi 1.4 (ApiNotFound at sync below it): a comment on the range, stored as OOXML (see comments.ts). */
  insertComment(commentText: string): Comment {
    this.context.ensureOpen(this.objectPath);
    return insertCommentOp(this, () => this.target(), commentText);
  }

  /** WordApi 1.4: the comments anchored in the range. */
  getComments(): CommentCollection {
    this.context.ensureOpen(this.objectPath);
    return new CommentCollection(this.context, () => this.target());
  }

  /**
   * On a null range (a null table's), the result is null: what Word answers there is not documented, and nothing
   * may read it (see FakeHostOptions.nullObjectCalls).
   */
  getOoxml(): ClientResult<string> {
    return getOoxmlOp(this, () => (this.nullable && this.handle.getOrNull(this.objectPath) === null ? null : this.target()));
  }

  select(selectionMode?: string): void {
    selectOp(this, () => this.target(), selectionMode);
  }

  /** @internal The covered blocks, at sync time; ItemNotFound if they were removed from the document. */
  target(): RangeTarget {
    const target = this.handle.get(this.objectPath);
    const body = this.context.host.document.body();
    const anchor =
      target.kind === "body" ? target.body : target.kind === "cursor" ? target.paragraph : target.kind === "span" ? target.from : target.first;
    if (!isInside(anchor, body)) throw itemNotFound(this.objectPath);
    return target;
  }

  protected override scalarReaders(): ScalarReaders {
    return {
      text: () => textOf(this.target()),
      isEmpty: () => textOf(this.target()) === "",
    };
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "tables") return this.tables;
    if (name === "font") return this.font;
    if (name === "parentTableOrNullObject") return this.parentTableOrNullObject;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    return undefined;
  }
}
