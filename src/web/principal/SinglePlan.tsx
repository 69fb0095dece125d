/**
 * A principal without the add-in: open a plan .docx, see the check on the rendered plan, and download its progress
 * report as a new .docx. The plan file itself is only read, never changed.
 */
import { useRef, useState } from "react";
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { StatusMessage, type Status } from "./StatusMessage";
import { ArrowDownloadRegular, DocumentRegular } from "@fluentui/react-icons";
import { NO_REPORT_FORM_2026_NOTE, REVIEW_POINTS, REVIEW_POINT_NAMES, ReportError, planTableIndexes, reportErrorMessage, type ReviewPoint } from "../../core/report";
import { schoolYearProblem } from "../../core/school";
import { DocxError } from "../../ooxml";
import { readDocxDocument, type ReadDocument } from "../../ooxml/read-document";
import { reportDocx } from "../../ooxml/report-docx";
import { reviewDocument } from "../batch/review-file";
import type { ReviewedPlan } from "../batch/types";
import { MIME, fileSlug, saveBytes } from "../export/download";
import { PlanView, summaryLine } from "../plan/PlanView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end" },
  report: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hiddenInput: { display: "none" },
});

interface Opened {
  name: string;
  read: ReadDocument;
  review: ReviewedPlan;
}

export default function SinglePlan() {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function open(file: File) {
    setError(null);
    try {
      const read = await readDocxDocument(new Uint8Array(await file.arrayBuffer()));
      setOpened({ name: file.name, read, review: reviewDocument(file.name, read, { today: new Date() }) });
    } catch (e) {
      setOpened(null);
      setError(`Không mở được “${file.name}”: ${e instanceof DocxError ? e.messageVi : "tệp này không đọc được."}`);
    }
  }

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Kiểm tra một kế hoạch</Subtitle2>
      <Body1>Mở tệp kế hoạch (.docx) để xem các mục còn thiếu ngay trên bản kế hoạch và lập báo cáo kết quả thực hiện. Tệp kế hoạch không bị thay đổi.</Body1>
      <div className={styles.row}>
        <Button appearance="primary" icon={<DocumentRegular />} onClick={() => input.current?.click()}>
          Mở kế hoạch (.docx)…
        </Button>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label="Mở tệp kế hoạch"
          data-testid="single-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void open(file);
          }}
        />
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {opened && (
        <>
          <ReportSection key={opened.name} opened={opened} />
          <PlanView
            documentXml={opened.read.documentXml}
            findings={opened.review.findings}
            notices={opened.review.notices}
            summary={`${opened.name}: ${summaryLine(opened.review)}`}
            checked={opened.review.checked}
          />
        </>
      )}
    </div>
  );
}

function ReportSection({ opened }: { opened: Opened }) {
  const styles = useStyles();
  const { model } = opened.read;
  const plans = planTableIndexes(model);
  const [table, setTable] = useState<number | undefined>(plans[0]);
  const [year, setYear] = useState("");
  const [point, setPoint] = useState<ReviewPoint | "">("");
  const [message, setMessage] = useState<Status | null>(null);
  const chosen = model.tables.find((t) => t.index === table);

  if (plans.length === 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Văn bản không có bảng kế hoạch nên chưa lập được báo cáo.</MessageBarBody>
      </MessageBar>
    );
  }

  async function make() {
    setMessage(null);
    try {
      const bytes = await reportDocx(opened.read, table!, {
        ...(model.schoolYear ? {} : { schoolYear: year }),
        ...(point ? { points: [point] } : {}),
      });
      const name = `bao-cao-${fileSlug(opened.name)}.docx`;
      saveBytes(bytes, name, MIME.docx);
      setMessage({ intent: "success", text: `Đã tạo “${name}”.${chosen?.form === "plan-2026" ? ` ${NO_REPORT_FORM_2026_NOTE}` : ""}` });
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof ReportError ? reportErrorMessage(e, model) : "Không lập được báo cáo từ kế hoạch này." });
    }
  }

  return (
    <section className={styles.report} aria-labelledby="report-heading">
      <Subtitle2 as="h3" id="report-heading">
        Báo cáo kết quả thực hiện
      </Subtitle2>
      <div className={styles.row}>
        {plans.length > 1 && (
          <Field label="Bảng kế hoạch">
            <Select value={String(table)} onChange={(_, d) => setTable(Number(d.value))}>
              {plans.map((index) => (
                <option key={index} value={index}>
                  Bảng {index + 1}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {!model.schoolYear && (
          // An empty field saying why (no year written, or two that disagree): a placeholder year would read as filled in.
          <Field label="Năm học" hint={`${schoolYearProblem(model.schoolInfo?.schoolYear) ?? ""} Viết như 2025-2026.`.trim()} required>
            <Input value={year} onChange={(_, d) => setYear(d.value)} />
          </Field>
        )}
        {chosen?.form === "plan-2026" && (
          <Field label="Thời điểm theo dõi">
            <Select value={point} onChange={(_, d) => setPoint(d.value as ReviewPoint | "")}>
              <option value="">Thời điểm sắp tới</option>
              {REVIEW_POINTS.map((p) => (
                <option key={p} value={p}>
                  {REVIEW_POINT_NAMES[p]}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => void make()}>
          Lập báo cáo (.docx)
        </Button>
      </div>
      <StatusMessage status={message} />
    </section>
  );
}
