/**
 * Word fails the whole batch when an add-in addresses a vertically merged continuation cell (`getCell`,
 * `cellIndex`, row `values`; OfficeDev/office-js#3200). Positions the reader gives (physical row and cell) are
 * turned here into cells Word can address: a continuation cell into the cell that starts its merge, a row into
 * one of its cells that is not a continuation.
 */

interface MergeCell {
  readonly index: number;
  readonly gridCol: number;
  readonly vMerge: "restart" | "continue" | null;
}

export interface MergeGrid {
  readonly rows?: readonly { readonly index: number; readonly cells: readonly MergeCell[] }[];
}

/** The first cell of the vertical merge holding (row, cell); the cell itself when it is not a continuation. */
export function mergeStart(grid: MergeGrid | undefined, row: number, cell: number): { row: number; cell: number } {
  const rows = grid?.rows;
  const at = rows?.findIndex((r) => r.index === row) ?? -1;
  const target = at >= 0 ? rows![at]!.cells.find((c) => c.index === cell) : undefined;
  if (!rows || !target || target.vMerge !== "continue") return { row, cell };
  for (let i = at - 1; i >= 0; i--) {
    const above = rows[i]!.cells.find((c) => c.gridCol === target.gridCol);
    if (!above) break;
    if (above.vMerge !== "continue") return { row: rows[i]!.index, cell: above.index };
  }
  return { row, cell };
}

/** A cell of physical row `row` that Word can address (not a continuation); null when every cell is one. */
export function addressableCell(grid: MergeGrid | undefined, row: number): number | null {
  const cells = grid?.rows?.find((r) => r.index === row)?.cells;
  if (!cells) return 0;
  return cells.find((c) => c.vMerge !== "continue")?.index ?? null;
}
