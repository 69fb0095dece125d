/**
 * Word.Comment / Word.CommentCollection (WordApi 1.4), stored as Word stores them, so a saved document opens in
 * Word or LibreOffice with its comments:
 * - in word/document.xml, `w:commentRangeStart` at the start of the range's first paragraph, `w:commentRangeEnd`
 *   at the end of its last one, then a run holding `w:commentReference`;
 * - in word/comments.xml (created on demand; FakeWordDocument.toDocx adds its relationship and content type), a
 *   `w:comment` with the id, author, date and initials, one paragraph per line of text.
 * On a host below WordApi 1.4 every comment operation fails at sync with ApiNotFound, as an older Word does.
 *
 * Replies: a reply is a w:comment of its own, tied to its parent in word/commentsExtended.xml (w15:commentEx
 * w15:paraId = the reply's last paragraph's w14:paraId, w15:paraIdParent = the parent's). `getComments()` lists
 * the threads' first comments; `Comment.replies` their replies. `Comment.delete()` "Deletes the comment and its
 * replies" (Word API reference, Word.Comment.delete, learn.microsoft.com/javascript/api/word/word.comment).
 *
 * Refusal: on some Word on the web tenants `Range.insertComment` fails with NotAllowed (OfficeDev/office-js#6746,
 * "Range.insertComment API error NotAllowed on some but not all Word Online"). The host option
 * `refuseCommentsAfter: n` lets n comments in and refuses the next ones that way.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { paragraphsOf, type RangeTarget } from "./blocks";
import type { RequestContext } from "./context";
import { apiNotFound, generalException, invalidArgument, itemNotFound, notAllowed } from "./errors";
import { W14_NS, W15_NS, type FakeWordDocument } from "./fake-document";
import { ClientCollection, ClientObject, Handle, type ScalarReaders } from "./proxy";
import { childElements, createW, isW, paragraphText, wAttr, wChildren, wDescendants } from "./xml";

export function requireCommentsApi(context: RequestContext, where: string): void {
  if (!context.supports(1, 4)) throw apiNotFound(where, "WordApi 1.4");
}

function commentElements(document: FakeWordDocument): Element[] {
  const xml = document.commentsDocument(false);
  return xml?.documentElement ? wChildren(xml.documentElement, "comment") : [];
}

/** w14:paraId of the comment's last paragraph: what w15:commentEx entries refer to. */
function paraIdOf(comment: Element): string | null {
  const paragraphs = wChildren(comment, "p");
  const last = paragraphs[paragraphs.length - 1];
  return last ? last.getAttributeNS(W14_NS, "paraId") || null : null;
}

function commentExEntries(document: FakeWordDocument): Element[] {
  const root = document.commentsExDocument(false)?.documentElement;
  return root ? childElements(root).filter((e) => e.namespaceURI === W15_NS && e.localName === "commentEx") : [];
}

/** The id of the comment `comment` replies to, or null for a thread's first comment. */
function parentIdOf(document: FakeWordDocument, comment: Element): string | null {
  const paraId = paraIdOf(comment);
  if (!paraId) return null;
  const entry = commentExEntries(document).find((e) => e.getAttributeNS(W15_NS, "paraId") === paraId);
  const parentParaId = entry?.getAttributeNS(W15_NS, "paraIdParent");
  if (!parentParaId) return null;
  const parent = commentElements(document).find((c) => paraIdOf(c) === parentParaId);
  return parent ? wAttr(parent, "id") : null;
}

/** Ids of the replies to comment `id`, in the order of word/comments.xml. */
export function replyIdsOf(document: FakeWordDocument, id: string): string[] {
  return commentElements(document)
    .filter((c) => parentIdOf(document, c) === id)
    .map((c) => wAttr(c, "id") ?? "");
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
  if (target.kind === "cursor" && target.at !== "start") first.appendChild(start);
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

let paraIdCounter = 0x1000;

/** A fresh w14:paraId (8 hex digits below 0x80000000, as Word requires). */
function newParaId(document: FakeWordDocument): string {
  const used = new Set(commentElements(document).map(paraIdOf));
  let id: string;
  do id = (paraIdCounter++).toString(16).toUpperCase().padStart(8, "0");
  while (used.has(id));
  return id;
}

function ensureParaId(document: FakeWordDocument, comment: Element): string {
  const existing = paraIdOf(comment);
  if (existing) return existing;
  const paragraphs = wChildren(comment, "p");
  const last = paragraphs[paragraphs.length - 1];
  if (!last) throw generalException("Comment.reply", "The comment has no paragraph.");
  const id = newParaId(document);
  last.setAttributeNS(W14_NS, "w14:paraId", id);
  return id;
}

/** A reply to comment `parentId`, anchored where its parent is (as Word stores replies); returns its id. */
export function addReply(document: FakeWordDocument, parentId: string, text: string, author: string, date: Date): string {
  const parent = findComment(document, parentId);
  if (!parent) throw itemNotFound("Comment.reply");
  const parentParaId = ensureParaId(document, parent);
  const id = String(nextId(document));
  const body = document.body();
  const xml = document.xml;
  const mark = (name: string): Element | undefined => wDescendants(body, name).find((m) => wAttr(m, "id") === parentId);
  const start = mark("commentRangeStart");
  const end = mark("commentRangeEnd");
  const reference = mark("commentReference")?.parentNode as Element | undefined;
  if (start) start.parentNode?.insertBefore(createW(xml, "commentRangeStart", { id }), start.nextSibling);
  if (end) end.parentNode?.insertBefore(createW(xml, "commentRangeEnd", { id }), end.nextSibling);
  if (reference) {
    const run = createW(xml, "r");
    run.appendChild(createW(xml, "commentReference", { id }));
    reference.parentNode?.insertBefore(run, reference.nextSibling);
  }
  const comments = document.commentsDocument(true)!;
  const comment = createW(comments, "comment", { id, author, date: date.toISOString().replace(/\.\d{3}Z$/, "Z"), initials: initialsOf(author) });
  text.split(/\r\n|\r|\n/).forEach((line, i) => comment.appendChild(textParagraph(comments, line, i === 0)));
  comments.documentElement!.appendChild(comment);
  const paraId = ensureParaId(document, comment);
  const ex = document.commentsExDocument(true)!;
  const entry = ex.createElementNS(W15_NS, "w15:commentEx");
  entry.setAttributeNS(W15_NS, "w15:paraId", paraId);
  entry.setAttributeNS(W15_NS, "w15:paraIdParent", parentParaId);
  entry.setAttributeNS(W15_NS, "w15:done", "0");
  ex.documentElement!.appendChild(entry);
  document.markChanged();
  return id;
}

/** Removes the comment, its range marks and its reference run (the run too when nothing else is left in it). */
export function removeComment(document: FakeWordDocument, id: string): void {
  const comment = findComment(document, id);
  if (!comment) throw itemNotFound("Comment");
  for (const reply of replyIdsOf(document, id)) removeComment(document, reply);
  const paraId = paraIdOf(comment);
  for (const entry of commentExEntries(document).filter((e) => paraId && e.getAttributeNS(W15_NS, "paraId") === paraId)) {
    entry.parentNode?.removeChild(entry);
  }
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
  const known = new Set(commentElements(document).filter((c) => parentIdOf(document, c) === null).map((c) => wAttr(c, "id")));
  const ids = paragraphsOf(target)
    .flatMap((p) => wDescendants(p, "commentReference"))
    .map((r) => wAttr(r, "id") ?? "")
    .filter((id) => known.has(id));
  return [...new Set(ids)];
}

export class Comment extends ClientObject {
  readonly objectPath = "Comment";
  private cachedReplies?: CommentReplyCollection;

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

  /** WordApi 1.4: deletes the comment and its replies. */
  delete(): void {
    this.enqueue("delete", () => {
      requireCommentsApi(this.context, `${this.objectPath}.delete`);
      removeComment(this.context.host.document, this.commentId());
    });
  }

  /** WordApi 1.4: the replies to this comment, in order. */
  get replies(): CommentReplyCollection {
    this.context.ensureOpen(this.objectPath);
    this.cachedReplies ??= new CommentReplyCollection(this.context, () => replyIdsOf(this.context.host.document, this.commentId()));
    return this.cachedReplies;
  }

  /** WordApi 1.4: adds a reply, as a person answering the comment in Word does. */
  reply(replyText: string): CommentReply {
    const where = `${this.objectPath}.reply`;
    const handle = new Handle<string>(() => {
      throw generalException(where, "The reply is used before the sync that creates it.");
    });
    this.enqueue("reply", () => {
      requireCommentsApi(this.context, where);
      if (typeof replyText !== "string" || replyText.trim() === "") throw invalidArgument(where, "replyText must be a non-empty string.");
      const host = this.context.host;
      handle.bind(addReply(host.document, this.commentId(), replyText, host.userName ?? "Người dùng", new Date()));
    });
    return new CommentReply(this.context, handle);
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

  protected override navigation(name: string): ClientObject | undefined {
    return name === "replies" ? this.replies : undefined;
  }

  private commentId(): string {
    requireCommentsApi(this.context, this.objectPath);
    return this.handle.get(this.objectPath);
  }
}

/** Word.CommentReply (WordApi 1.4): a reply of a thread. */
export class CommentReply extends ClientObject {
  readonly objectPath = "CommentReply";

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

  delete(): void {
    this.enqueue("delete", () => {
      requireCommentsApi(this.context, `${this.objectPath}.delete`);
      removeComment(this.context.host.document, this.handle.get(this.objectPath));
    });
  }

  protected override scalarReaders(): ScalarReaders {
    const element = (): Element => {
      const comment = findComment(this.context.host.document, this.handle.get(this.objectPath));
      if (!comment) throw itemNotFound(this.objectPath);
      return comment;
    };
    return {
      id: () => this.handle.get(this.objectPath),
      content: () => wChildren(element(), "p").map(paragraphText).join("\n"),
      authorName: () => wAttr(element(), "author") ?? "",
    };
  }
}

export class CommentReplyCollection extends ClientCollection<CommentReply, string> {
  readonly objectPath = "CommentReplyCollection";

  constructor(
    context: RequestContext,
    private readonly ids: () => string[],
  ) {
    super(context);
  }

  protected targets(): string[] {
    requireCommentsApi(this.context, this.objectPath);
    return this.ids();
  }

  protected createItem(handle: Handle<string>): CommentReply {
    return new CommentReply(this.context, handle);
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
    if (host.refuseCommentsAfter !== undefined && host.commentsInserted >= host.refuseCommentsAfter) throw notAllowed(where);
    host.commentsInserted += 1;
    handle.bind(addComment(host.document, target(), text, host.userName ?? "Người dùng", new Date()));
  });
  return new Comment(owner.context, handle);
}
