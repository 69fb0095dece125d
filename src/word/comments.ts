/**
 * Word comments on table cells (WordApi 1.4, feature-detected): the "Đánh dấu trong văn bản" option of the check.
 * Every comment the add-in writes starts with ADDIN_COMMENT_PREFIX, so it can remove exactly its own comments and
 * never a person's. Each action is one Word.run with at most 2 syncs, whatever the number of comments.
 */
import { ADDIN_COMMENT_PREFIX, isAddinComment } from "./comment-prefix";
import { queueTableLayout } from "./document-tables";
import { UnsupportedApiError } from "./errors";
import { isWordApiSupported } from "./office-host";
import { mergeStart } from "./merged-cells";
import { wordTableFor, type TableLayoutEntry } from "./table-proxy";

export { ADDIN_COMMENT_PREFIX, isAddinComment };

export interface CellMark {
  /** Reader table index, physical row and cell (as in a finding). */
  readonly table: number;
  readonly row: number;
  readonly cell: number;
  readonly text: string;
}

function requireComments(): void {
  if (!isWordApiSupported("1.4")) {
    throw new UnsupportedApiError(
      "WordApi 1.4",
      "Phiên bản Word này chưa cho phép tiện ích thêm chú thích (cần WordApi 1.4). Hãy cập nhật Word hoặc dùng Word trên web.",
    );
  }
}

/** Adds one comment per mark, on the whole cell; returns how many were added. */
export async function addCommentsToCells(marks: readonly CellMark[], known?: readonly TableLayoutEntry[]): Promise<number> {
  requireComments();
  if (marks.length === 0) return 0;
  return Word.run(async (context) => {
    const first = queueTableLayout(context, known);
    await context.sync();
    const layout = first.layout();
    const items = first.tableItems();
    for (const mark of marks) {
      const table = wordTableFor(layout, items, mark.table);
      const at = mergeStart(layout[mark.table], mark.row, mark.cell);
      table.getCell(at.row, at.cell).body.getRange("Whole").insertComment(ADDIN_COMMENT_PREFIX + mark.text);
    }
    await context.sync();
    return marks.length;
  });
}

/** Removes every comment whose text starts with the add-in's prefix, and no other; returns how many. */
export async function removeAddinComments(): Promise<number> {
  requireComments();
  return Word.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load("items/content");
    await context.sync();
    const ours = comments.items.filter((c) => isAddinComment(c.content));
    for (const comment of ours) comment.delete();
    if (ours.length > 0) await context.sync();
    return ours.length;
  });
}
