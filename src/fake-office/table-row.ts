/**
 * Word.TableRow, Word.TableCell and their collections (WordApi 1.3) over the physical rows and cells of a w:tbl
 * (see table-parts.ts for what "physical" means and what a new row copies).
 */
import type { Element } from "@xmldom/xmldom";
import { Body } from "./body";
import type { RequestContext } from "./context";
import { generalException, invalidArgument, itemNotFound } from "./errors";
import { ElementCollection, ElementObject } from "./element-proxy";
import { Handle, type ClientObject, type ScalarReaders } from "./proxy";
import { cellsOf, cellText, insertRowsLike, refuseMergedCells, rowsOf } from "./table-parts";
import { checkLocation } from "./range-ops";
import { closestW, firstW, wDescendants } from "./xml";

const ROW_INSERT: readonly ("Before" | "After")[] = ["Before", "After"];

/** Checks `insertRows` / `addRows` arguments as Word does: a positive row count, values no larger than the rows. */
export function checkRowArguments(
  where: string,
  rowCount: unknown,
  values: unknown,
  cellCount: number,
): readonly (readonly string[])[] {
  if (typeof rowCount !== "number" || !Number.isInteger(rowCount) || rowCount < 1) {
    throw invalidArgument(where, `rowCount must be a positive integer; got ${String(rowCount)}.`);
  }
  if (values === undefined || values === null) return [];
  const rows = values as unknown[];
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r) || (r as unknown[]).some((v) => typeof v !== "string"))) {
    throw invalidArgument(where, "values must be an array of arrays of strings.");
  }
  const checked = rows as string[][];
  if (checked.length > rowCount) throw invalidArgument(where, `values has ${checked.length} rows for ${rowCount} new rows.`);
  const wide = checked.findIndex((r) => r.length > cellCount);
  if (wide >= 0) {
    throw invalidArgument(where, `values row ${wide} has ${checked[wide]!.length} values; the row has ${cellCount} cells.`);
  }
  return checked;
}

/** Rows a method creates, readable after the sync that creates them. */
export function createdRows(where: string): { handle: Handle<Element[]>; members: () => Element[] } {
  const handle = new Handle<Element[]>(() => {
    throw generalException(where, "The rows are used before the sync that creates them.");
  });
  return { handle, members: () => handle.get(where) };
}

export class TableRow extends ElementObject {
  readonly objectPath = "TableRow";
  private cachedCells?: TableCellCollection;

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get cellCount(): number {
    return this.read("cellCount");
  }

  get isHeader(): boolean {
    return this.read("isHeader");
  }

  /** One row of values: `[[cell0, cell1, …]]`, as Word's TableRow.values. */
  get values(): string[][] {
    return this.read("values");
  }

  get cells(): TableCellCollection {
    this.cachedCells ??= new TableCellCollection(this.context, this.objectPath, () => cellsOf(this.element()));
    return this.cachedCells;
  }

  insertRows(insertLocation: "Before" | "After" | string, rowCount: number, values?: string[][]): TableRowCollection {
    const where = `${this.objectPath}.insertRows`;
    const created = createdRows(where);
    const collection = new TableRowCollection(this.context, this.objectPath, created.members);
    this.enqueue("insertRows", () => {
      const at = checkLocation(insertLocation, ROW_INSERT, where) as "Before" | "After";
      const anchor = this.element();
      const checked = checkRowArguments(where, rowCount, values, cellsOf(anchor).length);
      created.handle.bind(insertRowsLike(this.context.host.document, anchor, at, rowCount, checked));
    });
    return collection;
  }

  select(selectionMode?: string): void {
    this.enqueue("select", () => {
      const cells = cellsOf(this.element());
      const cell = selectionMode === "End" ? cells[cells.length - 1] : cells[0];
      const paragraph = cell ? firstParagraph(cell) : null;
      if (paragraph) this.context.host.document.moveCursorTo(paragraph);
    });
  }

  protected override scalarReaders(): ScalarReaders {
    return {
      rowIndex: () => rowIndexOf(this.element()),
      cellCount: () => cellsOf(this.element()).length,
      isHeader: () => {
        const trPr = firstW(this.element(), "trPr");
        return trPr !== null && firstW(trPr, "tblHeader") !== null;
      },
      values: () => {
        refuseMergedCells(cellsOf(this.element()), `${this.objectPath}.values`);
        return [cellsOf(this.element()).map(cellText)];
      },
    };
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "cells" ? this.cells : undefined;
  }
}

function rowIndexOf(row: Element): number {
  const table = closestW(row, "tbl");
  return table ? rowsOf(table).indexOf(row) : -1;
}

function firstParagraph(cell: Element): Element | null {
  return wDescendants(cell, "p")[0] ?? null;
}

export class TableCell extends ElementObject {
  readonly objectPath = "TableCell";
  private cachedBody?: Body;
  private cachedRow?: TableRow;

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get cellIndex(): number {
    return this.read("cellIndex");
  }

  /** The cell's text: its paragraphs joined by "\n". */
  get value(): string {
    return this.read("value");
  }

  /** The cell's content as a Body: `select()`, `paragraphs`, `getRange()`, `insertParagraph` … inside the w:tc. */
  get body(): Body {
    this.context.ensureOpen(this.objectPath);
    this.cachedBody ??= new Body(this.context, new Handle(() => this.element()));
    return this.cachedBody;
  }

  get parentRow(): TableRow {
    this.context.ensureOpen(this.objectPath);
    this.cachedRow ??= new TableRow(
      this.context,
      new Handle(() => {
        const row = closestW(this.element(), "tr");
        if (!row) throw itemNotFound(`${this.objectPath}.parentRow`);
        return row;
      }),
    );
    return this.cachedRow;
  }

  protected override scalarReaders(): ScalarReaders {
    return {
      rowIndex: () => {
        refuseMergedCells([this.element()], `${this.objectPath}.rowIndex`);
        const row = closestW(this.element(), "tr");
        return row ? rowIndexOf(row) : -1;
      },
      cellIndex: () => {
        refuseMergedCells([this.element()], `${this.objectPath}.cellIndex`);
        const row = closestW(this.element(), "tr");
        return row ? cellsOf(row).indexOf(this.element()) : -1;
      },
      value: () => cellText(this.element()),
    };
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "body") return this.body;
    if (name === "parentRow") return this.parentRow;
    return undefined;
  }
}

export class TableRowCollection extends ElementCollection<TableRow> {
  constructor(context: RequestContext, ownerPath: string, members: () => Element[]) {
    super(context, ownerPath, "rows", members);
  }

  protected createItem(handle: Handle<Element>, nullable?: boolean): TableRow {
    return new TableRow(this.context, handle, nullable);
  }
}

export class TableCellCollection extends ElementCollection<TableCell> {
  constructor(context: RequestContext, ownerPath: string, members: () => Element[]) {
    super(context, ownerPath, "cells", members);
  }

  protected createItem(handle: Handle<Element>, nullable?: boolean): TableCell {
    return new TableCell(this.context, handle, nullable);
  }
}
