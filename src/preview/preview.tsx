/**
 * The preview page (`npm start`): the add-in's task pane beside a rendering of the fake Word host's document, so
 * the add-in can be tried without Word. Everything runs in the page; no document leaves the browser.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import sampleUrl from "./samples/ke-hoach-2026-thcs.docx";
import { FakeWordDocument } from "../fake-office/fake-document";
import { createFakeHost, installFakeHost } from "../fake-office/fake-office";
import { mountTaskpane } from "../taskpane/mount";
import { adjacentParagraphIndex, fitPageToWidth, renderDocument, scrollSelectionIntoView } from "./render-document";
import { PreviewController } from "./preview-controller";
import { previewOptions } from "./preview-options";
import { PreviewToolbar } from "./PreviewToolbar";
import { MIME, saveBytes } from "../web/export/download";
import { openDocx } from "../ooxml/package";
import { readTables } from "../ooxml/read-tables";

type FakeHost = ReturnType<typeof createFakeHost>;

/**
 * Test hook for the browser tests (not a product API): set once the first document is shown.
 * `host` is the fake host currently installed (a new one per opened document); `loadDocx` opens bytes as if the
 * user had picked a file and rejects with the Vietnamese reason when they are not a .docx; `exportDocx` saves the
 * current document.
 */
export interface PreviewTestHook {
  readonly host: FakeHost;
  loadDocx(bytes: Uint8Array, fileName?: string): Promise<void>;
  exportDocx(): Promise<Uint8Array>;
}

declare global {
  interface Window {
    __caitienPreview?: PreviewTestHook;
  }
}


function requiredElement(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`preview.html has no #${id}`);
  return el;
}

async function main(): Promise<void> {
  const options = previewOptions(window.location.search, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);
  const paneSlot = requiredElement("pane");
  const documentView = requiredElement("document");
  const documentRegion = documentView.closest<HTMLElement>("[data-document-region]") ?? documentView;
  const toolbarSlot = requiredElement("toolbar");
  document.body.classList.toggle("theme-dark", options.theme === "dark");

  let unmountPane: (() => void) | null = null;
  let lastSelection = "";

  const controller = new PreviewController<FakeWordDocument, FakeHost>({
    fromDocx: (bytes) => FakeWordDocument.fromDocx(bytes),
    blank: () => FakeWordDocument.blank(),
    loadSample: async () => {
      const response = await fetch(sampleUrl);
      if (!response.ok) throw new Error(`Sample plan: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    createHost: (doc) => {
      const host = createFakeHost({
        document: doc,
        theme: options.theme,
        ...(options.supportedWordApi ? { supportedWordApi: options.supportedWordApi } : {}),
        ...(options.platform ? { platform: options.platform } : {}),
        ...(options.refuseCommentsAfter !== null ? { refuseCommentsAfter: options.refuseCommentsAfter } : {}),
      });
      // Desktop Word would open a new window; the preview has one page, so it hands the new document over as a file.
      host.onDocumentOpened((bytes) => saveDocx(bytes, "tai-lieu-moi-cai-tien.docx"));
      return host;
    },
    installHost: (host) => installFakeHost(globalThis, host),
    render: (host) => {
      const selection = host.document.selection;
      renderDocument(host.document.xml, documentView, {
        selectionIndex: selection.kind === "paragraph" || selection.kind === "cursor" ? selection.index : selection.kind === "range" ? selection.to : null,
        selectionFrom: selection.kind === "range" ? selection.from : null,
        onSelectParagraph: (index) => controller.selectParagraph(index),
      });
      // Only a moved selection scrolls: re-drawing after an edit keeps the user's own scroll position.
      const key = JSON.stringify(selection);
      if (key !== lastSelection) scrollSelectionIntoView(documentView);
      lastSelection = key;
    },
    mountPane: () => {
      unmountPane?.();
      // A fresh container per document: the previous pane's React root stays with the old, detached one.
      const container = document.createElement("div");
      container.className = "pane-root";
      paneSlot.replaceChildren(container);
      const result: unknown = mountTaskpane(container);
      unmountPane = typeof result === "function" ? (result as () => void) : null;
    },
    documentOpened: () => documentRegion.scrollTo({ top: 0, left: 0 }),
    // The reader every host uses: the saved package must open and its document read, or nothing is downloaded.
    verifyDocx: async (bytes) => {
      readTables((await openDocx(bytes)).documentXml);
    },
  });

  // Arrow keys move the cursor paragraph by paragraph, as in Word; the region is focusable so it can scroll too.
  documentRegion.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const next = adjacentParagraphIndex(documentView, controller.selectedParagraph(), event.key === "ArrowDown" ? 1 : -1);
    if (next === null) return;
    event.preventDefault();
    controller.selectParagraph(next);
    documentView.querySelector(`[data-p-index="${next}"]`)?.scrollIntoView({ block: "nearest" });
  });

  new ResizeObserver(() => fitPageToWidth(documentView)).observe(documentView);

  createRoot(toolbarSlot).render(
    <FluentProvider theme={options.theme === "dark" ? webDarkTheme : webLightTheme} lang="vi">
      <PreviewToolbar controller={controller} onDownload={saveDocx} />
    </FluentProvider>,
  );

  try {
    await controller.start(options.initial);
  } catch (error) {
    console.error(error);
    await controller.start("blank");
    controller.showError("Không tải được mẫu kế hoạch: đang mở một tài liệu trống.");
  }

  window.__caitienPreview = {
    get host() {
      return controller.host;
    },
    loadDocx: (bytes, fileName) => controller.loadDocx(bytes, fileName),
    exportDocx: () => controller.exportDocx(),
  };
}

/** The preview only ever hands out Word documents. */
function saveDocx(bytes: Uint8Array, fileName: string): void {
  saveBytes(bytes, fileName, MIME.docx);
}

main().catch((error: unknown) => {
  console.error(error);
  const view = document.getElementById("document");
  if (view) view.textContent = "Không khởi động được bản xem thử. Hãy tải lại trang.";
});
