import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { TabPanelProps } from "./tab-list";
import { TabIntro } from "./TabIntro";

export function PlanTab(_props: TabPanelProps) {
  return (
    <>
      <TabIntro title="Bảng kế hoạch">Chèn bảng kế hoạch cải tiến đúng mẫu (mẫu Thông tư 57/2026 hoặc mẫu 9 cột theo các thông tư năm 2018) và thêm dòng tiêu chí vào bảng đã có.</TabIntro>
      <MessageBar intent="info">
        <MessageBarBody>Chức năng này đang được hoàn thiện trong phiên bản tới.</MessageBarBody>
      </MessageBar>
    </>
  );
}
