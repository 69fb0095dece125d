import type { Block, RowKind } from "../../core/tables";

const ROW_LABELS: Record<Exclude<RowKind, "plain">, string> = {
  level: "dòng mức",
  standard: "dòng tiêu chuẩn",
  item: "dòng tiêu chí",
  task: "dòng nhiệm vụ",
};

/** "3 bảng · 4 dòng nhiệm vụ, 4 dòng vấn đề, 2 dòng theo dõi": what an insertion will add, for the live count. */
export function describeBlocks(blocks: readonly Block[]): string {
  const tables = blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
  const counts = new Map<string, number>();
  const add = (label: string, n: number) => counts.set(label, (counts.get(label) ?? 0) + n);
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.kind !== "plain") add(ROW_LABELS[row.kind], 1);
      else if (table.formId === "issues-2026") add("dòng vấn đề", 1);
      else if (table.formId === "monitoring-2026") add("dòng theo dõi", 1);
    }
  }
  const rows = [...counts].map(([label, n]) => `${n} ${label}`).join(", ");
  return `${tables.length} bảng${rows ? ` · ${rows}` : ""}`;
}
