import { useRef, useSyncExternalStore, type ChangeEvent } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload24Regular, DismissRegular, DocumentBulletList24Regular, FolderOpen24Regular } from "@fluentui/react-icons";
import type { PreviewController } from "./preview-controller";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
  },
  fileName: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  note: {
    color: tokens.colorNeutralForeground2,
    marginLeft: "auto",
  },
  message: {
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  hiddenInput: {
    display: "none",
  },
});

/** What the toolbar needs of the controller, whatever its document and host types. */
type ToolbarController = Pick<
  PreviewController<never, never>,
  "subscribe" | "getState" | "openFile" | "exportDocx" | "downloadName" | "loadSample" | "showError" | "dismissMessage"
>;

export interface PreviewToolbarProps {
  controller: ToolbarController;
  /** Saves the bytes under the name; the page implements it with a Blob and an <a download>. */
  onDownload(bytes: Uint8Array, fileName: string): void;
}

export function PreviewToolbar({ controller, onDownload }: PreviewToolbarProps) {
  const styles = useStyles();
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const fileInput = useRef<HTMLInputElement>(null);

  const openPicked = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Clearing lets the user pick the same file again after fixing it.
    input.value = "";
    if (!file) return;
    try {
      await controller.openFile(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      console.error(error);
      controller.showError(`Không đọc được tệp “${file.name}”. Tài liệu đang mở vẫn giữ nguyên.`);
    }
  };

  const download = async () => {
    try {
      onDownload(await controller.exportDocx(), controller.downloadName());
    } catch (error) {
      console.error(error);
      controller.showError("Không tạo được tệp .docx đầy đủ để tải về, nên không có tệp nào được tải xuống. Tài liệu đang mở vẫn giữ nguyên; hãy thử lại.");
    }
  };

  const reloadSample = async () => {
    try {
      await controller.loadSample();
    } catch (error) {
      console.error(error);
      controller.showError("Không tải được mẫu kế hoạch. Hãy tải lại trang.");
    }
  };

  return (
    <div>
      <div className={styles.bar}>
        {/* Plain buttons in a group, not Fluent's Toolbar: its arrow-key mover adds aria-hidden focusable
            elements that accessibility scanners report. */}
        <div role="group" aria-label="Tài liệu xem thử" className={styles.buttons}>
          <Button appearance="subtle" icon={<FolderOpen24Regular />} disabled={state.busy} onClick={() => fileInput.current?.click()}>
            Mở tệp .docx…
          </Button>
          <Button appearance="subtle" icon={<ArrowDownload24Regular />} disabled={state.busy} onClick={download}>
            Tải về .docx
          </Button>
          <Button appearance="subtle" icon={<DocumentBulletList24Regular />} disabled={state.busy} onClick={reloadSample}>
            Mẫu kế hoạch
          </Button>
        </div>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label="Chọn tệp .docx"
          data-testid="preview-file-input"
          onChange={openPicked}
        />
        <Text className={styles.fileName} data-testid="preview-file-name">
          {state.fileName}
        </Text>
        <Text size={200} className={styles.note}>
          Bản xem thử: tài liệu chạy trong trình duyệt, không gửi đi đâu.
        </Text>
      </div>
      {state.message && (
        <MessageBar
          className={styles.message}
          intent={state.message.intent}
          data-testid="preview-message"
          politeness={state.message.intent === "error" ? "assertive" : "polite"}
        >
          <MessageBarBody>{state.message.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Đóng thông báo"
                icon={<DismissRegular />}
                onClick={() => controller.dismissMessage()}
              />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
