/**
 * A 2026 plan document already has its section VI monitoring table (Biểu 2). Reporting on a review point then adds
 * that point's rows to the table (one per task of the plan), rather than a second section VI table: the rows go
 * after the last row of the point's block (a new block at the end of the table when the point has none), and the
 * rows already there are never touched (src/word inserts new rows next to them).
 */
import type { DocumentModel, TableModel, TaskItem } from "../plan/types";
import type { TableGrid } from "../../ooxml/table-grid";
import { gridWidth, isFullRow, rowValues, type TableEdits } from "../tables/insert-rows";
import { foldVietnamese } from "../text/fold";
import { nextReviewPoint } from "./school-year";
import { REVIEW_POINT_NAMES, type ReviewPoint } from "./types";

/** The document's monitoring table for plan `planIndex`: the first one after it, else the only one. */
export function monitoringTableFor(model: DocumentModel, planIndex: number): TableModel | null {
  const monitoring = model.tables.filter((t) => t.form === "monitoring-2026" && t.isTopLevel);
  return monitoring.find((t) => t.index > planIndex) ?? (monitoring.length === 1 ? monitoring[0]! : null);
}

function taskText(task: TaskItem): string {
  const field = (key: string): string => task.fields[key]?.text.trim() ?? "";
  const parts = [`Nhiệm vụ ${task.item}: ${field("noiDung")}`.trim()];
  if (field("hoatDong")) parts.push(`Hoạt động/giải pháp: ${field("hoatDong")}`);
  if (field("chiSo")) parts.push(`Chỉ số đánh giá kết quả: ${field("chiSo")}`);
  return parts.join("\n");
}

export interface MonitoringRowsChoice {
  readonly points: readonly ReviewPoint[];
  readonly today: Date;
  /** "2026-2027": needed for the next review point when `points` is empty. */
  readonly schoolYear: string;
}

/** The rows of the review points for the plan's tasks, as edits of the existing monitoring table. */
export function monitoringRowsEdit(
  plan: TableModel,
  monitoring: TableModel,
  grid: TableGrid,
  choice: MonitoringRowsChoice,
): TableEdits | { readonly error: string } {
  const tasks = plan.items.filter((item): item is TaskItem => item.type === "task");
  if (tasks.length === 0) return { error: "Bảng kế hoạch chưa có nhiệm vụ nào để đưa vào bảng theo dõi (mục VI)." };
  const points = choice.points.length > 0 ? choice.points : [nextReviewPoint(choice.today, choice.schoolYear)];
  const width = gridWidth(grid);
  const header = new Set(monitoring.headerRows);
  const fits = (index: number): boolean => {
    const row = grid.rows.find((r) => r.index === index);
    return row !== undefined && !header.has(index) && isFullRow(row, width);
  };
  const insertions = [];
  const append: string[][] = [];
  const lastRow = grid.rows[grid.rows.length - 1];
  for (const point of points) {
    const name = REVIEW_POINT_NAMES[point];
    const review = monitoring.items.find((i) => i.type === "review" && foldVietnamese(i.point) === foldVietnamese(name));
    const blockEnd = review ? Math.max(...review.rows) : null;
    // After the last row of the point's block, so a merged "Thời điểm" cell is never cut; that row must be one Word
    // can copy (one cell per grid column).
    const anchorIndex = blockEnd !== null && fits(blockEnd) ? blockEnd : null;
    if (anchorIndex !== null) {
      const anchor = grid.rows.find((r) => r.index === anchorIndex)!;
      insertions.push({
        anchorRow: anchorIndex,
        location: "After" as const,
        rows: tasks.map((task) => rowValues(monitoring, anchor, { thoiDiem: name, noiDungTheoDoi: taskText(task) })),
      });
    } else if (lastRow && fits(lastRow.index)) {
      append.push(...tasks.map((task) => rowValues(monitoring, lastRow, { thoiDiem: name, noiDungTheoDoi: taskText(task) })));
    } else {
      return { error: "Bảng theo dõi (mục VI) không có dòng nào làm mẫu cho dòng mới (các dòng đều gộp ô): hãy tạo báo cáo trong một tài liệu mới." };
    }
  }
  const names = points.map((p) => REVIEW_POINT_NAMES[p]).join(", ");
  return {
    edits: [{ table: monitoring.index, rowInsertions: insertions, ...(append.length > 0 ? { append } : {}) }],
    notes: [`Văn bản đã có bảng theo dõi (mục VI): các dòng “${names}” được thêm vào bảng đó, không tạo bảng mục VI thứ hai.`],
  };
}
