/**
 * A 2026 plan table (section V) → the section VI monitoring table (MONITORING_2026): one block per review point,
 * one row per task, the point's name merged down the block's "Thời điểm" cells. "Nội dung theo dõi" holds the task:
 * its TT and nội dung, then its hoạt động/giải pháp and chỉ số đánh giá kết quả, each labelled; the result columns
 * are left to fill. Heading rows of the plan (a group of tasks) are not carried over: they would cut the merged
 * "Thời điểm" cell.
 */
import { MONITORING_2026, writtenColumns } from "../forms";
import type { TableModel, TaskItem } from "../plan/types";
import { formTable } from "../tables/from-form";
import { emptyCell, textCell, type CellSpec, type RowSpec, type TableSpec } from "../tables/spec";
import { contentCell, fieldContent, itemContext, labelledContent, type CopyContext } from "./cell-content";
import { REVIEW_POINT_NAMES, type ReviewPoint } from "./types";

const COLUMNS = writtenColumns(MONITORING_2026).map((c) => c.key);

function monitoringRow(cells: Record<string, CellSpec>): RowSpec {
  return { kind: "plain", cells: COLUMNS.map((key) => cells[key] ?? emptyCell()) };
}

function taskCell(task: TaskItem, planContext: CopyContext): CellSpec {
  const context = itemContext(planContext, `Nhiệm vụ ${task.item}`, task.rows[0]);
  return contentCell(
    labelledContent(
      [
        { label: `Nhiệm vụ ${task.item}:`, content: fieldContent(context, task.fields.noiDung, "Nội dung cải tiến") },
        { label: "Hoạt động/giải pháp:", content: fieldContent(context, task.fields.hoatDong, "Hoạt động/giải pháp") },
        { label: "Chỉ số đánh giá kết quả:", content: fieldContent(context, task.fields.chiSo, "Chỉ số đánh giá kết quả") },
      ],
      { labelAlone: true },
    ),
  );
}

export function monitoringTable2026(table: TableModel, context: CopyContext, points: readonly ReviewPoint[]): TableSpec {
  const tasks = table.items.filter((item): item is TaskItem => item.type === "task");
  // Every block holds the same task cells: build them once.
  const cells = tasks.map((task) => taskCell(task, context));
  const rows: RowSpec[] = [];
  for (const point of points) {
    const name = REVIEW_POINT_NAMES[point];
    if (cells.length === 0) {
      rows.push(monitoringRow({ thoiDiem: textCell(name) }));
      continue;
    }
    cells.forEach((noiDungTheoDoi, i) => {
      const thoiDiem: CellSpec =
        i === 0 ? { ...textCell(name), ...(cells.length > 1 ? { vMerge: "restart" as const } : {}) } : { ...emptyCell(), vMerge: "continue" };
      rows.push(monitoringRow({ thoiDiem, noiDungTheoDoi }));
    });
  }
  return { ...formTable(MONITORING_2026, rows), splitRows: true };
}
