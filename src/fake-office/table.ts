import type { Element } from "@xmldom/xmldom";
import type { InsertLocation, RangeTarget } from "./blocks";
import { invalidArgument, itemNotFound } from "./errors";
import type { Paragraph } from "./paragraph";
import { ElementObject } from "./element-proxy";
import { Handle, type ClientObject, type ScalarReaders } from "./proxy";
import { Range } from "./range";
import { tablesOf } from "./blocks";
import { checkLocation, insertParagraphOp, selectOp } from "./range-ops";
import { subRange } from "./range-ops";
import { cellsOf, cellText, insertRowsLike, refuseMergedCells, rowsOf } from "./table-parts";
import { checkRowArguments, createdRows, TableCell, TableRowCollection } from "./table-row";
import { ancestorsW, closestW, firstW } from "./xml";

const TABLE_INSERT_PARAGRAPH: readonly InsertLocation[] = ["Before", "After"];
const TABLE_ADD_ROWS: readonly InsertLocation[] = ["Start", "End"];

/**
 * Word.Table. Rows and cells are physical (table-parts.ts): `values` has one string per w:tc of each row (a merged
 * cell is one entry, as its w:tc is one; a vertically merged continuation cell is an entry of its own, usually
 * empty) and `getCell(r, c)` is the c-th w:tc of the r-th w:tr.
 */
export class Table extends ElementObject {
  readonly objectPath = "Table";
  private cachedRows?: TableRowCollection;
  private cachedParent?: Table;

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

  /** The table holding this one (WordApi 1.3), or a null object for a top-level table. */
  get parentTableOrNullObject(): Table {
    this.context.ensureOpen(this.objectPath);
    this.cachedParent ??= new Table(
      this.context,
      new Handle(() => {
        // A null object's parent is a null object too.
        if (this.isNullTarget()) return null;
        const parent = this.element().parentNode as Element | null;
        return parent ? closestW(parent, "tbl") : null;
      }),
      true,
    );
    return this.cachedParent;
  }

  get rows(): TableRowCollection {
    this.cachedRows ??= new TableRowCollection(this.context, this.objectPath, () => rowsOf(this.element()));
    return this.cachedRows;
  }

  /** The cell at physical (row, cell); ItemNotFound at sync when there is none. */
  getCell(rowIndex: number, cellIndex: number): TableCell {
    this.context.ensureOpen(this.objectPath);
    const where = `${this.objectPath}.getCell`;
    return new TableCell(
      this.context,
      new Handle(() => {
        if (!Number.isInteger(rowIndex) || !Number.isInteger(cellIndex)) {
          throw invalidArgument(where, "rowIndex and cellIndex must be integers.");
        }
        const row = rowsOf(this.element())[rowIndex];
        const cell = row ? cellsOf(row)[cellIndex] : undefined;
        if (!cell) throw itemNotFound(where);
        refuseMergedCells([cell], where);
        return cell;
      }),
    );
  }

  /** Rows at the start or the end of the table, shaped like its first or last row (see table-parts.ts). */
  addRows(insertLocation: "Start" | "End" | string, rowCount: number, values?: string[][]): TableRowCollection {
    const where = `${this.objectPath}.addRows`;
    const created = createdRows(where);
    const collection = new TableRowCollection(this.context, this.objectPath, created.members);
    this.enqueue("addRows", () => {
      const at = checkLocation(insertLocation, TABLE_ADD_ROWS, where);
      const rows = rowsOf(this.element());
      const anchor = at === "Start" ? rows[0] : rows[rows.length - 1];
      if (!anchor) throw itemNotFound(where);
      const checked = checkRowArguments(where, rowCount, values, cellsOf(anchor).length);
      const document = this.context.host.document;
      created.handle.bind(insertRowsLike(document, anchor, at === "Start" ? "Before" : "After", rowCount, checked));
    });
    return collection;
  }

  /** A null table's range is a null object too (see FakeHostOptions.nullObjectCalls). */
  getRange(rangeLocation?: string): Range {
    this.context.ensureOpen(this.objectPath);
    const where = `${this.objectPath}.getRange`;
    return new Range(
      this.context,
      new Handle(() => {
        const table = this.elementOrNull(where);
        return table === null ? null : subRange({ kind: "blocks", first: table, last: table }, rangeLocation, where);
      }),
      { nullable: this.nullable },
    );
  }

  /**
   * The next table (WordApi 1.3), or a null object after the last one. "Next" is taken in this fake's Body.tables
   * order (every table of the body in document order, nested ones included; body.ts): the docs say only "Gets the
   * next table", so code walking tables this way must not assume nested tables are skipped or listed.
   */
  getNextOrNullObject(): Table {
    this.context.ensureOpen(this.objectPath);
    const where = `${this.objectPath}.getNextOrNullObject`;
    return new Table(
      this.context,
      new Handle(() => {
        const table = this.elementOrNull(where);
        if (table === null) return null;
        const all = tablesOf({ kind: "body", body: this.context.host.document.body() });
        return all[all.indexOf(table) + 1] ?? null;
      }),
      true,
    );
  }

  insertParagraph(paragraphText: string, insertLocation: InsertLocation | string): Paragraph {
    return insertParagraphOp(this, () => this.asRange(), paragraphText, insertLocation, TABLE_INSERT_PARAGRAPH);
  }

  select(selectionMode?: string): void {
    selectOp(this, () => this.asRange(), selectionMode);
  }

  protected override scalarReaders(): ScalarReaders {
    const rows = (): Element[] => rowsOf(this.element());
    return {
      rowCount: () => rows().length,
      values: () =>
        rows().map((row) => {
          refuseMergedCells(cellsOf(row), `${this.objectPath}.values`);
          return cellsOf(row).map(cellText);
        }),
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

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "parentTableOrNullObject") return this.parentTableOrNullObject;
    return name === "rows" ? this.rows : undefined;
  }

  private asRange(): RangeTarget {
    const table = this.element();
    return { kind: "blocks", first: table, last: table };
  }
}
