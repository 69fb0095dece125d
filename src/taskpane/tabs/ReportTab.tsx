import { useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import { NO_REPORT_FORM_2026_NOTE, type ReviewPoint } from "../../core/report";
import { documentToDocx } from "../../ooxml/write/docx";
import { placementText } from "../plan/placement-text";
import { reportAfterPlan, reportAtCursor, reportDocumentFor, type ReportChoices } from "../report/build-report";
import { useCatalogChoice } from "../catalog-choice";
import { SchoolYearField } from "../catalog/SchoolYearField";
import { useWordApi } from "../word-api-context";
import { ActionStatus, useDocumentAction, type Status } from "./ActionStatus";
import type { TabPanelProps } from "./tab-list";
import { TabIntro } from "./TabIntro";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

type Destination = "after-plan" | "cursor" | "new-document";
type PointChoice = "next" | "hk1" | "cuoi-nam" | "both";

const POINTS: Record<PointChoice, ReviewPoint[]> = { next: [], hk1: ["hk1"], "cuoi-nam": ["cuoi-nam"], both: ["hk1", "cuoi-nam"] };

export function ReportTab({ host }: TabPanelProps) {
  const styles = useStyles();
  const wordApi = useWordApi();
  // Word on the web can open a new document but not fill it from an add-in.
  const canOpenNewDocument = host.platform !== "OfficeOnline";
  const [destination, setDestination] = useState<Destination>("after-plan");
  const [points, setPoints] = useState<PointChoice>("next");
  const [heading, setHeading] = useState(true);
  const { schoolYear } = useCatalogChoice();
  const { busy, status, run } = useDocumentAction();

  /** The report where the user chose: what was done, or the error to show. */
  async function placeReport(choices: ReportChoices): Promise<{ error: string } | { rowsInserted?: number; notes?: readonly string[]; where?: string }> {
    if (destination === "after-plan") {
      const result = await wordApi.insertAfterTable((snapshot) => reportAfterPlan(snapshot, choices));
      return result.applied ? { ...result } : { error: result.error };
    }
    if (destination === "cursor") {
      const result = await wordApi.insertAtSelection((snapshot) => reportAtCursor(snapshot, choices));
      if (!result.applied) return { error: result.error };
      return { ...result, ...(result.placement ? { where: placementText(result.placement, "Bảng báo cáo") } : {}) };
    }
    const report = reportDocumentFor(await wordApi.readDocument(), choices);
    if ("error" in report) return report;
    await wordApi.openNewDocument(await documentToDocx(report.spec));
    return {};
  }

  function create() {
    return run(async (): Promise<Status> => {
      const done = await placeReport({ schoolYear, points: POINTS[points], heading, today: new Date() });
      if ("error" in done) return { intent: "error", text: done.error };
      if (done.rowsInserted !== undefined) {
        return {
          intent: "success",
          text: [`Đã thêm ${done.rowsInserted} dòng vào bảng theo dõi (mục VI); các dòng đã có giữ nguyên.`, ...(done.notes ?? [])].join(" "),
        };
      }
      return {
        intent: "success",
        text:
          destination === "new-document"
            ? "Đã mở bảng báo cáo trong một tài liệu mới. Bảng kế hoạch không bị thay đổi."
            : `Đã chèn bảng báo cáo${done.where ? ` ${done.where}` : "."} Bảng kế hoạch không bị thay đổi; hãy ghi kết quả vào các cột còn trống.`,
      };
    });
  }

  return (
    <div className={styles.root}>
      <TabIntro title="Báo cáo">
        Tạo bảng báo cáo kết quả thực hiện từ bảng kế hoạch (bảng có con trỏ, hoặc bảng kế hoạch duy nhất): giữ nguyên các
        mức, tiêu chuẩn, tiêu chí và nội dung công việc; các cột kết quả để trống cho nhà trường ghi. Bảng kế hoạch không bị
        sửa.
      </TabIntro>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          Kế hoạch mẫu 2018: bảng báo cáo 8 cột (ND kế hoạch, kết quả thực hiện). Kế hoạch mẫu 2026: bảng theo dõi, đánh
          giá thực hiện (mục VI). {NO_REPORT_FORM_2026_NOTE}
        </MessageBarBody>
      </MessageBar>
      <Field label="Đặt bảng báo cáo">
        <RadioGroup value={destination} onChange={(_, data) => setDestination(data.value as Destination)}>
          <Radio value="after-plan" label="Ngay sau bảng kế hoạch" />
          <Radio value="cursor" label="Tại con trỏ" />
          {canOpenNewDocument ? <Radio value="new-document" label="Trong một tài liệu mới" /> : null}
        </RadioGroup>
      </Field>
      <Field label="Thời điểm theo dõi (kế hoạch mẫu 2026)">
        <RadioGroup value={points} onChange={(_, data) => setPoints(data.value as PointChoice)}>
          <Radio value="next" label="Thời điểm sắp tới" />
          <Radio value="hk1" label="Cuối học kỳ I" />
          <Radio value="cuoi-nam" label="Cuối năm học" />
          <Radio value="both" label="Cả hai thời điểm" />
        </RadioGroup>
      </Field>
      {/* The report takes the year the document states; the field asks only when the document is silent or contradicts itself. */}
      <SchoolYearField lockedToDocument />
      <Checkbox label="Thêm tiêu đề “BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH…”" checked={heading} onChange={(_, data) => setHeading(data.checked === true)} />
      <Button appearance="primary" icon={<ClipboardTaskListLtrRegular />} disabled={busy} onClick={() => void create()}>
        Tạo bảng báo cáo
      </Button>
      {busy ? <Spinner size="tiny" label="Đang tạo bảng báo cáo…" /> : null}
      <ActionStatus status={status} multiline />
    </div>
  );
}
