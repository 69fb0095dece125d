import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { TabPanelProps } from "./tab-list";
import { TabIntro } from "./TabIntro";

export function CatalogTab(_props: TabPanelProps) {
  return (
    <>
      <TabIntro title="Danh mục tiêu chí">Tra cứu tiêu chuẩn, tiêu chí và mức đánh giá theo thông tư hiện hành và các thông tư trước, rồi chèn nguyên văn vào tài liệu.</TabIntro>
      <MessageBar intent="info">
        <MessageBarBody>Chức năng này đang được hoàn thiện trong phiên bản tới.</MessageBarBody>
      </MessageBar>
    </>
  );
}
