/** Builds a finding that points at an item's cell for a field. */
import { itemLabel, type Item } from "../plan";
import type { Finding, RuleId, Severity } from "./types";

/** The cell to select for a field: the merge start or the item's first row's cell (see `FieldValue.cells`). */
export function cellFor(item: Item, field: string): { row: number; cell: number } {
  const first = item.fields[field]?.cells[0];
  return first ? { row: first.row, cell: first.cell } : { row: item.rows[0] ?? 0, cell: 0 };
}

const items = new WeakMap<Finding, Item>();

/** The item a finding is about (to count items with gaps, and for hosts that need more than the id). */
export function itemOfFinding(f: Finding): Item | undefined {
  return items.get(f);
}

export function finding(
  table: number,
  item: Item,
  field: string,
  rule: RuleId,
  severity: Severity,
  message: string,
  messageEn: string,
): Finding {
  const made: Finding = { table, ...cellFor(item, field), ...itemLabel(item), field, rule, severity, message, messageEn };
  items.set(made, item);
  return made;
}
