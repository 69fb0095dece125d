import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../word";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function OutsideOfficeNotice({ host }: { host: Exclude<HostInfo, { kind: "word" }> }) {
  const styles = useStyles();
  const detail =
    host.kind === "other-host"
      ? `Trang đang chạy trong ${host.host}, nhưng Cải Tiến chỉ làm việc với Microsoft Word.`
      : host.reason === "no-office-js"
        ? "Không tải được thư viện Office (office.js). Hãy kiểm tra kết nối mạng rồi mở lại ngăn tác vụ."
        : "Trang này đang được mở trong trình duyệt, bên ngoài Word, nên chưa thể đọc hay sửa tài liệu.";
  return (
    <main className={styles.root} aria-label="Cải Tiến">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Cải Tiến cần chạy trong Microsoft Word</MessageBarTitle>
          {detail}
        </MessageBarBody>
      </MessageBar>
      <Text>
        Mở Word (Windows, Mac hoặc Word trên web), chọn <strong>Trang đầu › Cải Tiến</strong> để mở ngăn tác vụ. Muốn
        xem thử mà không có Word, hãy mở <Link href="preview.html">trang xem thử</Link>.
      </Text>
    </main>
  );
}
