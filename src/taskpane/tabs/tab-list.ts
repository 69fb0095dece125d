import {
  BookSearchRegular,
  ClipboardTaskListLtrRegular,
  DocumentTableRegular,
  TaskListSquareLtrRegular,
} from "@fluentui/react-icons";
import type { HostInfo } from "../../word";

export interface TabPanelProps {
  host: Extract<HostInfo, { kind: "word" }>;
}

/**
 * The four jobs of the add-in, in the order a principal meets them during the school year. Only their names live
 * here: the panels (with the catalog data) load in a chunk of their own after the pane's first render.
 */
export const TABS = [
  { id: "plan", label: "Bảng kế hoạch", Icon: DocumentTableRegular },
  { id: "catalog", label: "Danh mục tiêu chí", Icon: BookSearchRegular },
  { id: "check", label: "Kiểm tra", Icon: TaskListSquareLtrRegular },
  { id: "report", label: "Báo cáo", Icon: ClipboardTaskListLtrRegular },
] as const;

export type TabId = (typeof TABS)[number]["id"];
