import type { ComponentType } from "react";
import {
  BookSearchRegular,
  ClipboardTaskListLtrRegular,
  DocumentTableRegular,
  TaskListSquareLtrRegular,
} from "@fluentui/react-icons";
import type { HostInfo } from "../../word";
import { PlanTab } from "./PlanTab";
import { CatalogTab } from "./CatalogTab";
import { CheckTab } from "./CheckTab";
import { ReportTab } from "./ReportTab";

export interface TabPanelProps {
  host: Extract<HostInfo, { kind: "word" }>;
}

/** The four jobs of the add-in, in the order a principal meets them during the school year. */
export const TABS = [
  { id: "plan", label: "Bảng kế hoạch", Icon: DocumentTableRegular, Panel: PlanTab },
  { id: "catalog", label: "Danh mục tiêu chí", Icon: BookSearchRegular, Panel: CatalogTab },
  { id: "check", label: "Kiểm tra", Icon: TaskListSquareLtrRegular, Panel: CheckTab },
  { id: "report", label: "Báo cáo", Icon: ClipboardTaskListLtrRegular, Panel: ReportTab },
] as const satisfies readonly { id: string; label: string; Icon: ComponentType; Panel: ComponentType<TabPanelProps> }[];

export type TabId = (typeof TABS)[number]["id"];
