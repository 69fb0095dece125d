import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { TabPanelProps } from "./tab-list";
import { TabIntro } from "./TabIntro";

export function CheckTab(_props: TabPanelProps) {
  return (
    <>
      <TabIntro title="Kiểm tra">Kiểm tra mỗi nội dung của kế hoạch đã ghi đủ kinh phí (nguồn lực), thời gian và người phụ trách; chỉ ra từng ô còn thiếu.</TabIntro>
      <MessageBar intent="info">
        <MessageBarBody>Chức năng này đang được hoàn thiện trong phiên bản tới.</MessageBarBody>
      </MessageBar>
    </>
  );
}
