/** The batch's exports: the workbook, the .csv files, and the review records with the office's letterhead. */
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTextRegular } from "@fluentui/react-icons";
import type { OfficeLetterhead } from "../../core/review/review-record";
import type { BatchRow, ReviewedPlan } from "../batch/types";
import { MIME, saveBytes } from "./download";
import { loadLetterhead, saveLetterhead } from "./letterhead";
import { findingsSheet, sheetToCsv, summarySheet } from "./sheets";
import { recordFileName, reviewRecordDocx, reviewRecordsZip } from "./review-records";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  field: { minWidth: "220px", flex: "1 1 220px" },
});

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function ExportBar({ rows, disabled }: { rows: readonly BatchRow[]; disabled: boolean }) {
  const styles = useStyles();
  const [letterhead, setLetterhead] = useState<OfficeLetterhead>(() => loadLetterhead());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plans = rows.filter((r): r is ReviewedPlan & { id: number } => r.status === "read");

  function update(patch: Partial<OfficeLetterhead>) {
    const next = { ...letterhead, ...patch };
    setLetterhead(next);
    saveLetterhead(next);
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      console.error(e);
      setError("Không tạo được tệp tải về. Hãy thử lại; nếu vẫn lỗi, hãy tải lại trang.");
    } finally {
      setBusy(false);
    }
  }

  const workbook = () =>
    run(async () => {
      // The workbook writer loads only now, in its own chunk: the page does not carry it.
      const { sheetsToXlsx } = await import(/* webpackChunkName: "web-workbook" */ "./workbook");
      saveBytes(await sheetsToXlsx([summarySheet(rows), findingsSheet(rows)]), `kiem-tra-ke-hoach-${today()}.xlsx`, MIME.xlsx);
    });

  return (
    <section className={styles.root} aria-labelledby="export-heading">
      <Subtitle2 as="h2" id="export-heading">
        Tải kết quả
      </Subtitle2>
      <div className={styles.row}>
        <Button icon={<ArrowDownloadRegular />} disabled={disabled || busy} onClick={() => void workbook()}>
          Bảng tổng hợp (.xlsx)
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={disabled || busy}
          onClick={() => saveBytes(sheetToCsv(summarySheet(rows)), `tong-hop-${today()}.csv`, MIME.csv)}
        >
          Tổng hợp (.csv)
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={disabled || busy}
          onClick={() => saveBytes(sheetToCsv(findingsSheet(rows)), `nhan-xet-${today()}.csv`, MIME.csv)}
        >
          Nhận xét (.csv)
        </Button>
      </div>
      <div className={styles.row}>
        <Field className={styles.field} label="Cơ quan chủ quản (dòng đầu tiêu đề)">
          <Input value={letterhead.superior} placeholder="UBND HUYỆN …" onChange={(_, d) => update({ superior: d.value })} />
        </Field>
        <Field className={styles.field} label="Tên đơn vị kiểm tra">
          <Input value={letterhead.office} onChange={(_, d) => update({ office: d.value })} />
        </Field>
        <Field className={styles.field} label="Địa danh (dòng ngày tháng)">
          <Input value={letterhead.place} placeholder="Tân Phú" onChange={(_, d) => update({ place: d.value })} />
        </Field>
        <Button
          icon={<DocumentTextRegular />}
          disabled={disabled || busy || plans.length === 0}
          onClick={() => void run(async () => saveBytes(await reviewRecordsZip(plans, letterhead, new Date()), `bien-ban-kiem-tra-${today()}.zip`, MIME.zip))}
        >
          Biên bản kiểm tra của mọi trường (.zip)
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** One school's review record, with the letterhead remembered from the batch page. */
export function RecordButton({ plan }: { plan: ReviewedPlan }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DocumentTextRegular />}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void reviewRecordDocx(plan, loadLetterhead(), new Date())
          .then((bytes) => saveBytes(bytes, recordFileName(plan), MIME.docx))
          .finally(() => setBusy(false));
      }}
    >
      Biên bản kiểm tra (.docx)
    </Button>
  );
}
