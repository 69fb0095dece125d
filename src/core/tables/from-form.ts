import { writtenColumns, type FormDef } from "../forms";
import type { ColumnSpec, HeaderCell, RowSpec, TableSpec } from "./spec";

/** The columns and header rows of a form, straight from its definition: headers are data, never code. */
export function formTable(form: FormDef, rows: RowSpec[]): TableSpec {
  const columns: ColumnSpec[] = writtenColumns(form).map((c) => ({ key: c.key, header: c.header, width: c.width }));
  return {
    formId: form.id,
    columns,
    headerRows: headerRowsOf(form, columns),
    ...(form.numberingRow ? { numberingRow: true } : {}),
    rows,
  };
}

/**
 * One header row, or two when the form groups columns under a shared header (the 2018 report): a grouped
 * column gets the group header above its own, spanning the group; an ungrouped one is merged vertically.
 */
function headerRowsOf(form: FormDef, columns: readonly ColumnSpec[]): HeaderCell[][] {
  const groups = form.headerGroups ?? [];
  if (groups.length === 0) return [columns.map((c) => ({ text: c.header }))];
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  for (let i = 0; i < columns.length; ) {
    const column = columns[i]!;
    const group = groups.find((g) => g.keys.includes(column.key));
    if (!group) {
      top.push({ text: column.header, vMerge: "restart" });
      bottom.push({ text: "", vMerge: "continue" });
      i++;
      continue;
    }
    let span = 0;
    while (i + span < columns.length && group.keys.includes(columns[i + span]!.key)) {
      bottom.push({ text: columns[i + span]!.header });
      span++;
    }
    top.push({ text: group.header, ...(span > 1 ? { gridSpan: span } : {}) });
    i += span;
  }
  return [top, bottom];
}
