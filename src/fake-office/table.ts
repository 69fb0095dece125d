import type { Element } from "@xmldom/xmldom";
import type { InsertLocation, RangeTarget } from "./blocks";
import type { RequestContext } from "./context";
import { itemNotFound } from "./errors";
import type { Paragraph } from "./paragraph";
import { ClientObject, Handle, type ScalarReaders } from "./proxy";
import { Range } from "./range";
import { insertParagraphOp, selectOp } from "./range-ops";
import { ancestorsW, firstW, isInside, paragraphText, wChildren, wDescendants } from "./xml";

const TABLE_INSERT_PARAGRAPH: readonly InsertLocation[] = ["Before", "After"];

/** Word.Table. `values` has one string per w:tc of each row (a merged cell is one entry, as its w:tc is one). */
export class Table extends ClientObject {
  readonly objectPath = "Table";

  constructor(
    context: RequestContext,
    private readonly handle: Handle<Element>,
    nullable = false,
  ) {
    super(context, { nullable });
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get values(): string[][] {
    return this.read("values");
  }

  get headerRowCount(): number {
    return this.read("headerRowCount");
  }

  get nestingLevel(): number {
    return this.read("nestingLevel");
  }

  getRange(_rangeLocation?: string): Range {
    this.context.ensureOpen(this.objectPath);
    return new Range(this.context, new Handle(() => this.asRange()));
  }

  insertParagraph(paragraphText: string, insertLocation: InsertLocation | string): Paragraph {
    return insertParagraphOp(this, () => this.asRange(), paragraphText, insertLocation, TABLE_INSERT_PARAGRAPH);
  }

  select(selectionMode?: string): void {
    selectOp(this, () => this.asRange(), selectionMode);
  }

  /** @internal */
  element(): Element {
    const table = this.handle.get(this.objectPath);
    if (!isInside(table, this.context.host.document.body())) throw itemNotFound(this.objectPath);
    return table;
  }

  protected override isNullTarget(): boolean {
    return this.handle.getOrNull(this.objectPath) === null;
  }

  protected override scalarReaders(): ScalarReaders {
    const rows = (): Element[] => wChildren(this.element(), "tr");
    return {
      rowCount: () => rows().length,
      values: () => rows().map((row) => wChildren(row, "tc").map(cellText)),
      headerRowCount: () => {
        let count = 0;
        for (const row of rows()) {
          const trPr = firstW(row, "trPr");
          if (!trPr || !firstW(trPr, "tblHeader")) break;
          count += 1;
        }
        return count;
      },
      nestingLevel: () => ancestorsW(this.element(), "tbl").length + 1,
    };
  }

  private asRange(): RangeTarget {
    const table = this.element();
    return { kind: "blocks", first: table, last: table };
  }
}

/** A cell's paragraphs joined by "\n" (nested tables' paragraphs included). */
function cellText(cell: Element): string {
  return wDescendants(cell, "p").map(paragraphText).join("\n");
}
