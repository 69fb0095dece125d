import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { TabPanelProps } from "./tab-list";
import { TabIntro } from "./TabIntro";

export function ReportTab(_props: TabPanelProps) {
  return (
    <>
      <TabIntro title="Báo cáo">Tạo bảng báo cáo kết quả thực hiện từ bảng kế hoạch, không sửa gì trong bảng kế hoạch.</TabIntro>
      <MessageBar intent="info">
        <MessageBarBody>Chức năng này đang được hoàn thiện trong phiên bản tới.</MessageBarBody>
      </MessageBar>
    </>
  );
}
