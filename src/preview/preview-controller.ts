/**
 * The preview page's state: which fake Word host is installed, on which document, under which file name, and the
 * message the toolbar shows. Everything that touches the page (rendering, mounting the pane, building hosts) comes
 * in as dependencies, so this logic runs in unit tests without a browser.
 */
import { DocxError } from "../ooxml/errors";

export type PreviewSelection =
  | { kind: "paragraph"; index: number }
  | { kind: "cursor"; index: number; at: "start" | "end" }
  | { kind: "range"; from: number; to: number }
  | { kind: "none" };

/** The part of the fake host's FakeWordDocument the preview uses. */
export interface PreviewDocument {
  readonly selection: PreviewSelection;
  setSelection(selection: PreviewSelection): void;
  onChange(listener: () => void): () => void;
  toDocx(): Promise<Uint8Array>;
}

export interface PreviewHost<D extends PreviewDocument> {
  readonly document: D;
}

export interface PreviewMessage {
  intent: "error" | "success";
  text: string;
}

export interface PreviewState {
  fileName: string;
  message: PreviewMessage | null;
  busy: boolean;
}

export interface PreviewDependencies<D extends PreviewDocument, H extends PreviewHost<D>> {
  /** Must reject with an Error when the bytes are not a .docx package. */
  fromDocx(bytes: Uint8Array): Promise<D>;
  blank(): D;
  /** The bundled sample plan's bytes. */
  loadSample(): Promise<Uint8Array>;
  createHost(document: D): H;
  /** Sets the `Office` / `Word` globals the task pane talks to. */
  installHost(host: H): void;
  /** Draws the host's document; called after every change. */
  render(host: H): void;
  /** (Re)mounts a fresh task pane: in Word, each opened document gets its own pane instance. */
  mountPane(): void;
  /** After a document replaced the previous one (e.g. to scroll back to its top). */
  documentOpened?(): void;
  /**
   * Rejects when saved bytes do not read back as a whole .docx (the project's reader): a download is the whole
   * document or nothing.
   */
  verifyDocx?(bytes: Uint8Array): Promise<void>;
}

export const SAMPLE_FILE_NAME = "ke-hoach-2026-thcs.docx";
export const BLANK_FILE_NAME = "tai-lieu-moi.docx";
/** Far above any real plan (the 3,000-item stress plan is ~1 MB zipped); protects the tab from a stray video file. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export class PreviewController<D extends PreviewDocument, H extends PreviewHost<D>> {
  private currentHost: H | null = null;
  private unsubscribe: (() => void) | null = null;
  private state: PreviewState = { fileName: SAMPLE_FILE_NAME, message: null, busy: false };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: PreviewDependencies<D, H>) {}

  get host(): H {
    if (!this.currentHost) throw new Error("The preview has no document yet: call start() first.");
    return this.currentHost;
  }

  getState = (): PreviewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Opens the first document: the sample, or a blank one (`?sample=blank`). */
  async start(initial: "sample" | "blank"): Promise<void> {
    if (initial === "blank") {
      this.show(this.deps.blank(), BLANK_FILE_NAME);
      return;
    }
    await this.loadSample();
  }

  async loadSample(): Promise<void> {
    await this.run(async () => {
      const document = await this.deps.fromDocx(await this.deps.loadSample());
      this.show(document, SAMPLE_FILE_NAME);
    });
  }

  /**
   * Opens a file the user picked. A file that cannot be opened leaves the current document and pane untouched and
   * shows why, in Vietnamese; resolves to whether it opened.
   */
  async openFile(bytes: Uint8Array, fileName: string): Promise<boolean> {
    const refusal = refuseBeforeReading(bytes, fileName);
    if (refusal) {
      this.setState({ message: { intent: "error", text: refusal } });
      return false;
    }
    let document: D;
    this.setState({ busy: true });
    try {
      document = await this.deps.fromDocx(bytes);
    } catch (error) {
      // The technical reason goes to the console; the user gets the reader's Vietnamese sentence when it has one.
      console.warn(`Preview: could not open ${fileName}:`, error);
      this.setState({ busy: false, message: { intent: "error", text: openFailureMessage(fileName, error) } });
      return false;
    }
    this.show(document, fileName);
    this.setState({ busy: false, message: { intent: "success", text: `Đã mở “${fileName}”.` } });
    return true;
  }

  /** Test hook: like choosing a file, but rejects with the Vietnamese reason when the bytes are not a .docx. */
  async loadDocx(bytes: Uint8Array, fileName = "tai-lieu.docx"): Promise<void> {
    if (!(await this.openFile(bytes, fileName))) {
      throw new Error(this.state.message?.text ?? notADocxMessage(fileName));
    }
  }

  /** The document as a .docx, checked to read back whole before anything is handed out. */
  async exportDocx(): Promise<Uint8Array> {
    const bytes = await this.host.document.toDocx();
    await this.deps.verifyDocx?.(bytes);
    return bytes;
  }

  downloadName(): string {
    return downloadFileName(this.state.fileName);
  }

  selectParagraph(index: number): void {
    this.host.document.setSelection({ kind: "paragraph", index });
    // setSelection alone is not a sync, so the host may not report it: draw the caret now.
    this.deps.render(this.host);
  }

  selectedParagraph(): number | null {
    const selection = this.currentHost?.document.selection;
    if (selection?.kind === "paragraph" || selection?.kind === "cursor") return selection.index;
    return selection?.kind === "range" ? selection.to : null;
  }

  dismissMessage(): void {
    this.setState({ message: null });
  }

  showError(text: string): void {
    this.setState({ message: { intent: "error", text } });
  }

  private show(document: D, fileName: string): void {
    this.unsubscribe?.();
    const host = this.deps.createHost(document);
    this.currentHost = host;
    this.deps.installHost(host);
    this.unsubscribe = document.onChange(() => {
      if (this.currentHost === host) this.deps.render(host);
    });
    this.deps.render(host);
    this.deps.mountPane();
    this.deps.documentOpened?.();
    this.setState({ fileName, message: null });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.setState({ busy: true });
    try {
      await action();
    } finally {
      this.setState({ busy: false });
    }
  }

  private setState(patch: Partial<PreviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** The reasons a file can be refused from its name and size alone, in the user's language. */
export function refuseBeforeReading(bytes: Uint8Array, fileName: string): string | null {
  const keep = "Tài liệu đang mở vẫn giữ nguyên.";
  if (/\.doc$/i.test(fileName)) {
    return `“${fileName}” là tệp Word 97–2003 (.doc), chưa mở được ở đây. Hãy mở tệp trong Word, chọn Lưu thành… › Tài liệu Word (*.docx), rồi mở lại tệp .docx. ${keep}`;
  }
  if (bytes.byteLength === 0) return `“${fileName}” là tệp rỗng. ${keep}`;
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return `“${fileName}” quá lớn (${Math.round(bytes.byteLength / 1024 / 1024)} MB, tối đa ${MAX_FILE_BYTES / 1024 / 1024} MB). ${keep}`;
  }
  return null;
}

/** Why a file did not open: the reader's own Vietnamese message (DocxError), the same the CLI and the web page give. */
export function openFailureMessage(fileName: string, error: unknown): string {
  if (error instanceof DocxError) return `Không mở được “${fileName}”: ${error.messageVi} Tài liệu đang mở vẫn giữ nguyên.`;
  return notADocxMessage(fileName);
}

export function notADocxMessage(fileName: string): string {
  return `Không mở được “${fileName}”: tệp này không phải tài liệu Word .docx hợp lệ. Tài liệu đang mở vẫn giữ nguyên.`;
}

/** The download keeps the opened file's name, always with a .docx extension. */
export function downloadFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").trim() || BLANK_FILE_NAME;
  if (/\.docx$/i.test(base)) return base;
  return `${base.replace(/\.[^.]*$/, "") || "tai-lieu"}.docx`;
}
