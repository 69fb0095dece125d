/**
 * Gathers an item's fields from its rows: for each column of the form, the cells under its header in every row of
 * the item, with the cell where a vertical merge starts standing for its continuations.
 */
import type { CellRef, FieldValue } from "./types";
import type { ViewCell, ViewRow } from "./table-view";

export type ColumnRanges = Readonly<Record<string, readonly [number, number]>>;

const rangeLists = new WeakMap<ColumnRanges, [string, number, number][]>();

function rangeList(ranges: ColumnRanges): [string, number, number][] {
  let list = rangeLists.get(ranges);
  if (!list) {
    list = Object.entries(ranges).map(([key, [start, end]]) => [key, start, end]);
    rangeLists.set(ranges, list);
  }
  return list;
}

export function collectFields(rows: readonly ViewRow[], ranges: ColumnRanges): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const [key, start, end] of rangeList(ranges)) {
    // Few cells per field: an array beats a Set here, and this runs for every field of every item.
    const field: Gathered = { seen: [], cells: [], text: "" };
    for (const row of rows) {
      for (let g = start; g < end; g++) {
        const cell = row.byGrid[g];
        if (!cell) continue;
        if (cell.origin !== cell) gather(field, cell.origin);
        gather(field, cell);
      }
    }
    fields[key] = { text: field.text, cells: field.cells };
  }
  return fields;
}

interface Gathered {
  seen: ViewCell[];
  cells: CellRef[];
  text: string;
}

function gather(field: Gathered, cell: ViewCell): void {
  if (field.seen.includes(cell)) return;
  field.seen.push(cell);
  field.cells.push({ row: cell.row, cell: cell.cell });
  if (cell.filled) field.text = field.text === "" ? cell.text : `${field.text}\n${cell.text}`;
}

/** The cell of a row under a column's header (its first grid column), if the row has one. */
export function cellAt(row: ViewRow, ranges: ColumnRanges, key: string): ViewCell | undefined {
  const range = ranges[key];
  if (!range) return undefined;
  for (let g = range[0]; g < range[1]; g++) {
    const cell = row.byGrid[g];
    if (cell) return cell;
  }
  return undefined;
}

/** A row whose only text is one cell (or one text repeated): a level row, a standard row, a heading. */
export function soleText(row: ViewRow): ViewCell | null {
  let sole: ViewCell | null = null;
  for (const cell of row.cells) {
    if (!cell.filled) continue;
    if (sole && sole.text.trim() !== cell.text.trim()) return null;
    sole ??= cell;
  }
  return sole;
}
