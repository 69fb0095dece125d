/**
 * Word.Application: `context.application.createDocument(base64).open()` (WordApi 1.3) opens a new document in a
 * new window. The fake has one window, so it records each opened document for the test or the preview to show.
 */
import type { RequestContext } from "./context";
import { ClientObject } from "./proxy";

export class Application extends ClientObject {
  readonly objectPath = "Application";

  createDocument(base64File?: string): DocumentCreated {
    this.context.ensureOpen(this.objectPath);
    return new DocumentCreated(this.context, base64File ?? "");
  }
}

export class DocumentCreated extends ClientObject {
  readonly objectPath = "DocumentCreated";

  constructor(
    context: RequestContext,
    private readonly base64: string,
  ) {
    super(context);
  }

  open(): void {
    this.enqueue("open", () => {
      this.context.host.openedDocuments.push(decodeBase64(this.base64));
      this.context.host.onDocumentOpened?.(this.context.host.openedDocuments.length - 1);
    });
  }
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
