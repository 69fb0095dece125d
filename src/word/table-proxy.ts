/**
 * From a reader table index (readTables order: every w:tbl, nested ones after their parent's start) to the
 * Word.Table proxy of `body.tables`, inside the batch that loaded `body.tables` with `items/nestingLevel`.
 *
 * Whether Word's Body.tables lists nested tables is not documented, so the collection's length decides:
 * - as long as the reader's list (every table): item i is reader table i (the nesting levels must agree);
 * - as long as the reader's top-level tables: item k is the k-th top-level table, and a nested table cannot be
 *   addressed;
 * - anything else (the document changed since it was read, or Word counts tables differently): refuse, with an
 *   error that says so, rather than touch the wrong table.
 */
import { WordTableError } from "./errors";
import type { MergeGrid } from "./merged-cells";

export interface TableLayoutEntry extends MergeGrid {
  readonly isTopLevel: boolean;
}

/** Position in `body.tables.items` of reader table `index`; throws WordTableError when it cannot be known. */
export function wordTableItemIndex(
  layout: readonly TableLayoutEntry[],
  itemNestingLevels: readonly number[],
  index: number,
): number {
  const entry = layout[index];
  if (!Number.isInteger(index) || !entry) {
    throw new WordTableError("table-not-found", `Không tìm thấy bảng số ${index + 1} trong văn bản (văn bản có ${layout.length} bảng).`);
  }
  const topLevel = layout.filter((t) => t.isTopLevel).length;
  if (itemNestingLevels.length === layout.length) {
    const agrees = layout.every((t, i) => (itemNestingLevels[i] === 1) === t.isTopLevel);
    if (agrees) return index;
  } else if (itemNestingLevels.length === topLevel && itemNestingLevels.every((level) => level === 1)) {
    if (!entry.isTopLevel) {
      throw new WordTableError("nested-table", "Bảng này nằm trong một bảng khác; Word không cho chọn trực tiếp bảng lồng nhau.");
    }
    return layout.slice(0, index).filter((t) => t.isTopLevel).length;
  }
  throw new WordTableError(
    "document-changed",
    "Các bảng trong văn bản đã thay đổi so với lần đọc trước (Word đếm được " +
      `${itemNestingLevels.length} bảng, lần đọc có ${layout.length}). Hãy thử lại.`,
  );
}

/** The Word.Table of reader table `index` among the loaded `body.tables` items. */
export function wordTableFor(
  layout: readonly TableLayoutEntry[],
  items: readonly Word.Table[],
  index: number,
): Word.Table {
  const at = wordTableItemIndex(
    layout,
    items.map((t) => t.nestingLevel),
    index,
  );
  return items[at]!;
}
