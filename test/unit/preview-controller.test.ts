import {
  BLANK_FILE_NAME,
  MAX_FILE_BYTES,
  PreviewController,
  SAMPLE_FILE_NAME,
  downloadFileName,
  type PreviewDocument,
  type PreviewSelection,
} from "../../src/preview/preview-controller";
import { DocxError } from "../../src/ooxml/errors";

/** A stand-in for FakeWordDocument: remembers its bytes, notifies listeners like a sync would. */
class StubDocument implements PreviewDocument {
  selection: PreviewSelection = { kind: "none" };
  private readonly listeners = new Set<() => void>();
  constructor(readonly bytes: Uint8Array) {}
  setSelection(selection: PreviewSelection): void {
    this.selection = selection;
    this.changed();
  }
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  changed(): void {
    for (const listener of this.listeners) listener();
  }
  async toDocx(): Promise<Uint8Array> {
    return this.bytes;
  }
}

interface StubHost {
  document: StubDocument;
  id: number;
}

const ZIP = new Uint8Array([0x50, 0x4b, 3, 4, 1]);
const SAMPLE = new Uint8Array([0x50, 0x4b, 3, 4, 9]);

function setup(options: { fromDocxError?: Error; verifyDocx?: (bytes: Uint8Array) => Promise<void> } = {}) {
  const log: string[] = [];
  let hosts = 0;
  const rendered: StubHost[] = [];
  const installed: StubHost[] = [];
  const controller = new PreviewController<StubDocument, StubHost>({
    fromDocx: async (bytes) => {
      log.push("fromDocx");
      if (options.fromDocxError && bytes !== SAMPLE) throw options.fromDocxError;
      if (bytes[0] !== 0x50) throw new Error("not a zip");
      return new StubDocument(bytes);
    },
    blank: () => new StubDocument(new Uint8Array([0])),
    loadSample: async () => SAMPLE,
    createHost: (document) => ({ document, id: ++hosts }),
    installHost: (host) => {
      log.push(`install ${host.id}`);
      installed.push(host);
    },
    render: (host) => rendered.push(host),
    mountPane: () => log.push("mountPane"),
    documentOpened: () => log.push("opened"),
    ...(options.verifyDocx ? { verifyDocx: options.verifyDocx } : {}),
  });
  return { controller, log, rendered, installed };
}

describe("PreviewController", () => {
  afterEach(() => jest.restoreAllMocks());

  it("starts on the sample: installs its host before mounting the pane, draws it, names it", async () => {
    const { controller, log, rendered } = setup();
    await controller.start("sample");
    expect(controller.host.document.bytes).toBe(SAMPLE);
    expect(log).toEqual(["fromDocx", "install 1", "mountPane", "opened"]);
    expect(rendered).toEqual([controller.host]);
    expect(controller.getState()).toEqual({ fileName: SAMPLE_FILE_NAME, message: null, busy: false });
  });

  it("starts on a blank document with ?sample=blank", async () => {
    const { controller } = setup();
    await controller.start("blank");
    expect(controller.host.document.bytes).toEqual(new Uint8Array([0]));
    expect(controller.downloadName()).toBe(BLANK_FILE_NAME);
  });

  it("redraws after each change of the document", async () => {
    const { controller, rendered } = setup();
    await controller.start("sample");
    controller.host.document.changed();
    controller.host.document.changed();
    expect(rendered).toHaveLength(3);
  });

  it("opens a .docx on a new host and pane, and stops drawing the old document", async () => {
    const { controller, log, rendered } = setup();
    await controller.start("sample");
    const first = controller.host;
    expect(await controller.openFile(ZIP, "ke-hoach-truong-em.docx")).toBe(true);
    expect(controller.host).not.toBe(first);
    expect(controller.host.document.bytes).toBe(ZIP);
    expect(log.slice(-4)).toEqual(["fromDocx", "install 2", "mountPane", "opened"]);
    expect(controller.getState().fileName).toBe("ke-hoach-truong-em.docx");
    expect(controller.getState().message).toEqual({ intent: "success", text: "Đã mở “ke-hoach-truong-em.docx”." });
    const drawn = rendered.length;
    first.document.changed();
    expect(rendered).toHaveLength(drawn);
    expect(await controller.exportDocx()).toBe(ZIP);
  });

  it("keeps the current document and pane when the file is not a .docx, and says so in Vietnamese", async () => {
    const { controller, log } = setup();
    await controller.start("sample");
    const before = controller.host;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(await controller.openFile(new TextEncoder().encode("hello"), "ghi-chu.txt")).toBe(false);
    } finally {
      warn.mockRestore();
    }
    expect(controller.host).toBe(before);
    expect(log.filter((entry) => entry === "mountPane" || entry === "opened")).toHaveLength(2);
    const state = controller.getState();
    expect(state.fileName).toBe(SAMPLE_FILE_NAME);
    expect(state.busy).toBe(false);
    expect(state.message?.intent).toBe("error");
    expect(state.message?.text).toContain("“ghi-chu.txt”");
    expect(state.message?.text).toContain("không phải tài liệu Word .docx");
    expect(state.message?.text).toContain("Tài liệu đang mở vẫn giữ nguyên.");
  });

  it("a file the reader refuses gets the reader's own Vietnamese message (as in the CLI and the web page)", async () => {
    const refusal = new DocxError("crc-mismatch", "word/document.xml", { part: "word/document.xml" });
    const { controller } = setup({ fromDocxError: refusal });
    await controller.start("sample");
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(await controller.openFile(ZIP, "hong.docx")).toBe(false);
    } finally {
      warn.mockRestore();
    }
    expect(controller.getState().message).toEqual({ intent: "error", text: `Không mở được “hong.docx”: ${refusal.messageVi} Tài liệu đang mở vẫn giữ nguyên.` });
    expect(controller.getState().fileName).toBe(SAMPLE_FILE_NAME);
  });

  it("hands out saved bytes only once they read back whole", async () => {
    const checked: Uint8Array[] = [];
    const { controller } = setup({
      verifyDocx: async (bytes) => {
        checked.push(bytes);
        if (bytes.length < 5) throw new DocxError("truncated");
      },
    });
    await controller.start("sample");
    expect(await controller.exportDocx()).toBe(SAMPLE);
    expect(checked).toEqual([SAMPLE]);
    controller.host.document.toDocx = async () => SAMPLE.slice(0, 2);
    await expect(controller.exportDocx()).rejects.toMatchObject({ code: "truncated" });
  });

  it("refuses old .doc files, empty and huge files without reading them", async () => {
    const { controller, log } = setup();
    await controller.start("sample");
    const reads = log.length;
    expect(await controller.openFile(ZIP, "KE HOACH.DOC")).toBe(false);
    expect(controller.getState().message?.text).toContain("Word 97–2003 (.doc)");
    expect(await controller.openFile(new Uint8Array(0), "rong.docx")).toBe(false);
    expect(controller.getState().message?.text).toContain("tệp rỗng");
    const huge = { byteLength: MAX_FILE_BYTES + 1 } as Uint8Array;
    expect(await controller.openFile(huge, "video.docx")).toBe(false);
    expect(controller.getState().message?.text).toContain("quá lớn");
    expect(log).toHaveLength(reads);
  });

  it("test hook loadDocx rejects with the Vietnamese reason", async () => {
    const { controller } = setup();
    await controller.start("sample");
    jest.spyOn(console, "warn").mockImplementation(() => {});
    await expect(controller.loadDocx(new Uint8Array([1, 2, 3]))).rejects.toThrow("không phải tài liệu Word .docx");
    await expect(controller.loadDocx(ZIP)).resolves.toBeUndefined();
    expect(controller.host.document.bytes).toBe(ZIP);
  });

  it("moves the cursor to a clicked paragraph and redraws", async () => {
    const { controller, rendered } = setup();
    await controller.start("sample");
    const drawn = rendered.length;
    controller.selectParagraph(7);
    expect(controller.host.document.selection).toEqual({ kind: "paragraph", index: 7 });
    expect(controller.selectedParagraph()).toBe(7);
    expect(rendered.length).toBeGreaterThan(drawn);
  });

  it("tells subscribers about state changes until they unsubscribe", async () => {
    const { controller } = setup();
    const seen: boolean[] = [];
    const unsubscribe = controller.subscribe(() => seen.push(controller.getState().busy));
    await controller.start("sample");
    expect(seen[0]).toBe(true);
    expect(seen[seen.length - 1]).toBe(false);
    unsubscribe();
    const count = seen.length;
    controller.dismissMessage();
    expect(seen).toHaveLength(count);
  });

  it("has no host before start()", () => {
    expect(() => setup().controller.host).toThrow(/start\(\)/);
  });
});

describe("downloadFileName", () => {
  it.each([
    ["ke-hoach-2026-thcs.docx", "ke-hoach-2026-thcs.docx"],
    ["Kế hoạch cải tiến.DOCX", "Kế hoạch cải tiến.DOCX"],
    ["bao-cao.doc", "bao-cao.docx"],
    ["C:\\fakepath\\ke-hoach.docx", "ke-hoach.docx"],
    ["khong-duoi", "khong-duoi.docx"],
    ["", BLANK_FILE_NAME],
  ])("%j → %j", (input, expected) => {
    expect(downloadFileName(input)).toBe(expected);
  });
});
