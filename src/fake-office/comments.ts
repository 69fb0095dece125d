/**
 * Word.Comment / Word.CommentCollection (WordApi 1.4), stored as Word stores them, so a saved document opens in
 * Word or LibreOffice with its comments:
 * - in word/document.xml, `w:commentRangeStart` at the start of the range's first paragraph, `w:commentRangeEnd`
 *   at the end of its last one, then a run holding `w:commentReference`;
 * - in word/comments.xml (created on demand; FakeWordDocument.toDocx adds its relationship and content type), a
 *   `w:comment` with the id, author, date and initials, one paragraph per line of text.
 * On a host below WordApi 1.4 every comment operation fails at sync with ApiNotFound, as an older Word does.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { paragraphsOf, type RangeTarget } from "./blocks";
import type { RequestContext } from "./context";
import { apiNotFound, generalException, invalidArgument, itemNotFound } from "./errors";
import type { FakeWordDocument } from "./fake-document";
import { ClientCollection, ClientObject, Handle, type ScalarReaders } from "./proxy";
import { childElements, createW, isW, paragraphText, wAttr, wChildren, wDescendants } from "./xml";

export function requireCommentsApi(context: RequestContext, where: string): void {
  if (!context.supports(1, 4)) throw apiNotFound(where, "WordApi 1.4");
}

function commentElements(document: FakeWordDocument): Element[] {
  const xml = document.commentsDocument(false);
  return xml?.documentElement ? wChildren(xml.documentElement, "comment") : [];
}

function findComment(document: FakeWordDocument, id: string): Element | null {
  return commentElements(document).find((c) => wAttr(c, "id") === id) ?? null;
}

function nextId(document: FakeWordDocument): number {
  const used = [
    ...commentElements(document).map((c) => wAttr(c, "id")),
    ...wDescendants(document.body(), "commentReference").map((r) => wAttr(r, "id")),
    ...wDescendants(document.body(), "commentRangeStart").map((r) => wAttr(r, "id")),
  ].map((id) => Number(id));
  return Math.max(-1, ...used.filter((n) => Number.isInteger(n))) + 1;
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => w.charAt(0).toUpperCase())
    .join("")
    .slice(0, 9);
}

function textParagraph(xml: Document, text: string, withAnnotationRef: boolean): Element {
  const paragraph = createW(xml, "p");
  if (withAnnotationRef) {
    const ref = createW(xml, "r");
    ref.appendChild(createW(xml, "annotationRef"));
    paragraph.appendChild(ref);
  }
  if (text !== "") {
    const run = createW(xml, "r");
    const t = createW(xml, "t");
    t.setAttribute("xml:space", "preserve");
    t.appendChild(xml.createTextNode(text));
    run.appendChild(t);
    paragraph.appendChild(run);
  }
  return paragraph;
}

/** Anchors a new comment on the range; returns its id. */
export function addComment(document: FakeWordDocument, target: RangeTarget, text: string, author: string, date: Date): string {
  const paragraphs = paragraphsOf(target);
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) throw generalException("Range.insertComment", "The range holds no paragraph to comment on.");
  const id = String(nextId(document));
  const xml = document.xml;
  const start = createW(xml, "commentRangeStart", { id });
  const firstContent = childElements(first).find((e) => !isW(e, "pPr")) ?? null;
  // A collapsed cursor comments on a point: the range starts and ends at the end of its paragraph.
  if (target.kind === "cursor") first.appendChild(start);
  else first.insertBefore(start, firstContent);
  last.appendChild(createW(xml, "commentRangeEnd", { id }));
  const reference = createW(xml, "r");
  reference.appendChild(createW(xml, "commentReference", { id }));
  last.appendChild(reference);

  const comments = document.commentsDocument(true)!;
  const comment = createW(comments, "comment", {
    id,
    author,
    date: date.toISOString().replace(/\.\d{3}Z$/, "Z"),
    initials: initialsOf(author),
  });
  text.split(/\r\n|\r|\n/).forEach((line, i) => comment.appendChild(textParagraph(comments, line, i === 0)));
  comments.documentElement!.appendChild(comment);
  document.markChanged();
  return id;
}

/** Removes the comment, its range marks and its reference run (the run too when nothing else is left in it). */
export function removeComment(document: FakeWordDocument, id: string): void {
  const comment = findComment(document, id);
  if (!comment) throw itemNotFound("Comment");
  comment.parentNode?.removeChild(comment);
  const body = document.body();
  for (const name of ["commentRangeStart", "commentRangeEnd"]) {
    for (const mark of wDescendants(body, name).filter((m) => wAttr(m, "id") === id)) mark.parentNode?.removeChild(mark);
  }
  for (const reference of wDescendants(body, "commentReference").filter((r) => wAttr(r, "id") === id)) {
    const run = reference.parentNode as Element | null;
    run?.removeChild(reference);
    if (run && isW(run, "r") && childElements(run).every((e) => isW(e, "rPr"))) run.parentNode?.removeChild(run);
  }
  document.markChanged();
}

/** Ids of the comments referenced inside the range, in document order. */
export function commentIdsIn(document: FakeWordDocument, target: RangeTarget): string[] {
  const known = new Set(commentElements(document).map((c) => wAttr(c, "id")));
  const ids = paragraphsOf(target)
    .flatMap((p) => wDescendants(p, "commentReference"))
    .map((r) => wAttr(r, "id") ?? "")
    .filter((id) => known.has(id));
  return [...new Set(ids)];
}

export class Comment extends ClientObject {
  readonly objectPath = "Comment";

  constructor(
    context: RequestContext,
    private readonly handle: Handle<string>,
  ) {
    super(context);
  }

  get id(): string {
    return this.read("id");
  }

  get content(): string {
    return this.read("content");
  }

  get authorName(): string {
    return this.read("authorName");
  }

  get authorEmail(): string {
    return this.read("authorEmail");
  }

  get creationDate(): Date {
    return this.read("creationDate");
  }

  delete(): void {
    this.enqueue("delete", () => {
      requireCommentsApi(this.context, `${this.objectPath}.delete`);
      removeComment(this.context.host.document, this.commentId());
    });
  }

  protected override scalarReaders(): ScalarReaders {
    const element = (): Element => {
      const comment = findComment(this.context.host.document, this.commentId());
      if (!comment) throw itemNotFound(this.objectPath);
      return comment;
    };
    return {
      id: () => this.commentId(),
      content: () => wChildren(element(), "p").map(paragraphText).join("\n"),
      authorName: () => wAttr(element(), "author") ?? "",
      authorEmail: () => "",
      creationDate: () => new Date(wAttr(element(), "date") ?? 0),
    };
  }

  private commentId(): string {
    requireCommentsApi(this.context, this.objectPath);
    return this.handle.get(this.objectPath);
  }
}

export class CommentCollection extends ClientCollection<Comment, string> {
  readonly objectPath = "CommentCollection";

  constructor(
    context: RequestContext,
    private readonly range: () => RangeTarget,
  ) {
    super(context);
  }

  protected targets(): string[] {
    requireCommentsApi(this.context, this.objectPath);
    return commentIdsIn(this.context.host.document, this.range());
  }

  protected createItem(handle: Handle<string>): Comment {
    return new Comment(this.context, handle);
  }
}

/** `Range.insertComment(text)`: queued; the returned Comment points at the new comment after the sync. */
export function insertCommentOp(
  owner: { context: RequestContext; objectPath: string; enqueue(member: string, apply: () => void): void },
  target: () => RangeTarget,
  text: string,
): Comment {
  const where = `${owner.objectPath}.insertComment`;
  const handle = new Handle<string>(() => {
    throw generalException(where, "The comment is used before the sync that creates it.");
  });
  owner.enqueue("insertComment", () => {
    requireCommentsApi(owner.context, where);
    if (typeof text !== "string" || text.trim() === "") throw invalidArgument(where, "commentText must be a non-empty string.");
    const host = owner.context.host;
    handle.bind(addComment(host.document, target(), text, host.userName ?? "Người dùng", new Date()));
  });
  return new Comment(owner.context, handle);
}
