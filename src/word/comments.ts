/**
 * Word comments on table cells (WordApi 1.4, feature-detected): the "Đánh dấu trong văn bản" option of the check.
 * Every comment the add-in writes starts with ADDIN_COMMENT_PREFIX, so it can remove exactly its own comments and
 * never a person's. Each action is one Word.run of a fixed number of syncs (2 with a known table layout, 3 when it
 * reads the tables first), whatever the number of comments.
 */
import { ADDIN_COMMENT_PREFIX, isAddinComment } from "./comment-prefix";
import { readSnapshot, readTableLayout, type DocumentSnapshot } from "./document-tables";
import { CommentsRefusedError, UnsupportedApiError } from "./errors";
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
    const { layout, tableItems: items } = await readTableLayout(context, known);
    for (const mark of marks) {
      const table = wordTableFor(layout, items, mark.table);
      const at = mergeStart(layout[mark.table], mark.row, mark.cell);
      table.getCell(at.row, at.cell).body.getRange("Whole").insertComment(ADDIN_COMMENT_PREFIX + mark.text);
    }
    await context.sync();
    return marks.length;
  });
}

export interface RemovedComments {
  readonly removed: number;
  /** The add-in's comments someone replied to: kept, because deleting a comment deletes its replies. */
  readonly kept: number;
}

/**
 * Removes every comment whose text starts with the add-in's prefix, and no other, unless someone replied to it:
 * `Comment.delete()` deletes the replies too (Word API reference, Word.Comment), and a reply is a person's text.
 */
export async function removeAddinComments(): Promise<RemovedComments> {
  requireComments();
  return Word.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load("items/content,items/replies/items/id");
    await context.sync();
    const ours = comments.items.filter((c) => isAddinComment(c.content));
    const removable = ours.filter((c) => c.replies.items.length === 0);
    for (const comment of removable) comment.delete();
    if (removable.length > 0) await context.sync();
    return { removed: removable.length, kept: ours.length - removable.length };
  });
}

function refusalMessage(left: number): string {
  const base = "Word không cho tiện ích thêm ghi chú vào văn bản này (Word trên web trả lời “NotAllowed”).";
  return left === 0
    ? `${base} Văn bản không có ghi chú nào của lần kiểm tra này; kết quả kiểm tra vẫn hiện trong ngăn. Có thể mở văn bản bằng Word trên máy tính để đánh dấu.`
    : `${base} Còn ${left} ghi chú của lần kiểm tra này không gỡ được; bấm “Xóa đánh dấu của Cải Tiến” để gỡ.`;
}

/**
 * "Kiểm tra" with "Đánh dấu trong văn bản" in one Word.run of 2 syncs: sync 1 reads the tables (and the ids of the
 * comments already there; see readSnapshot), `compute` checks it and says which cells to mark, sync 2 adds the
 * comments. If Word refuses a comment, the batch stops there and those it took are removed again (two more round trips, on that
 * failure only), so the document holds all the marks or none.
 */
export async function checkAndMark<T>(
  compute: (snapshot: DocumentSnapshot) => { readonly result: T; readonly marks: readonly CellMark[] },
): Promise<{ readonly result: T; readonly added: number }> {
  requireComments();
  return Word.run(async (context) => {
    const read = await readSnapshot(context, () => context.document.body.getComments().load("items/id"));
    const { snapshot, tableItems, extra: before } = read;
    const { result, marks } = compute(snapshot);
    if (marks.length === 0) return { result, added: 0 };
    const layout = snapshot.tables;
    const items = tableItems;
    for (const mark of marks) {
      const table = wordTableFor(layout, items, mark.table);
      const at = mergeStart(layout[mark.table], mark.row, mark.cell);
      table.getCell(at.row, at.cell).body.getRange("Whole").insertComment(ADDIN_COMMENT_PREFIX + mark.text);
    }
    try {
      await context.sync();
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const known = new Set(before.items.map((c) => c.id));
      const after = context.document.body.getComments().load("items/id,items/content");
      await context.sync();
      const added = after.items.filter((c) => !known.has(c.id) && isAddinComment(c.content));
      for (const comment of added) comment.delete();
      let left = 0;
      if (added.length > 0) {
        try {
          await context.sync();
        } catch {
          left = added.length;
        }
      }
      throw new CommentsRefusedError(refusalMessage(left), left, result);
    }
    return { result, added: marks.length };
  });
}

function isRefusal(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  return code === "NotAllowed" || code === "AccessDenied";
}
