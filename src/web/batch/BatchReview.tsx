/**
 * "Kiểm tra hàng loạt": the district office drops the schools' plans (files, folders, a .zip) and gets one row per
 * file, sortable and filterable, each opening the plan's findings on the rendered plan, and the exports.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type DragEvent } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular, DocumentMultipleRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { BatchController } from "./batch-controller";
import { filesFromDrop, filesFromInput, type ChosenFile } from "./collect-files";
import { onlyIncomplete, sortRows, type SortDirection, type SortKey } from "./sort-filter";
import type { BatchRow, ReviewedPlan } from "./types";
import { resultLabel, schoolTypeLabel } from "../export/sheets";
import { ExportBar, RecordButton } from "../export/ExportBar";
import { PlanView, summaryLine } from "../plan/PlanView";
import { openDocx } from "../../ooxml";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  tableWrap: { overflowX: "auto" },
  name: { wordBreak: "break-all" },
  incomplete: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  complete: { color: tokens.colorPaletteGreenForeground1 },
  unreadable: { color: tokens.colorPaletteDarkOrangeForeground1 },
  hiddenInput: { display: "none" },
});

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "name", label: "Tệp" },
  { key: "school", label: "Trường" },
  { key: "schoolType", label: "Cấp học" },
  { key: "form", label: "Mẫu" },
  { key: "schoolYear", label: "Năm học" },
  { key: "items", label: "Số mục" },
  { key: "itemsWithGaps", label: "Mục còn thiếu" },
  { key: "warnings", label: "Cảnh báo" },
  { key: "result", label: "Kết quả" },
];

/** Delay before the pool starts, so that loading the workers never competes with the page's first paint. */
const WARM_UP_AFTER_MS = 300;

function createWorker(): Worker {
  return new Worker(new URL("./batch.worker.ts", import.meta.url), { name: "caitien-batch" });
}

export default function BatchReview() {
  const styles = useStyles();
  const controller = useMemo(() => new BatchController(createWorker), []);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  // The workers load while the reviewer picks the files, once the page has drawn itself.
  useEffect(() => {
    const timer = setTimeout(() => controller.warmUp(), WARM_UP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [controller]);
  const [dragging, setDragging] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: "name", direction: "ascending" });
  const [filter, setFilter] = useState(false);
  const [opened, setOpened] = useState<{ row: ReviewedPlan & { id: number }; documentXml: string } | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  /** The row whose plan is open: its button gets the focus back when the list returns. */
  const returnTo = useRef<number | null>(null);

  const shown = useMemo(() => sortRows(filter ? onlyIncomplete(state.rows) : state.rows, sort.key, sort.direction), [state.rows, filter, sort]);
  const counts = useMemo(() => {
    const read = state.rows.filter((r) => r.status === "read");
    return { complete: read.filter((r) => r.complete).length, incomplete: read.filter((r) => !r.complete).length, unreadable: state.rows.length - read.length };
  }, [state.rows]);

  function add(files: ChosenFile[]) {
    setOpened(null);
    void controller.add(files);
  }

  async function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    add(await filesFromDrop(event.dataTransfer));
  }

  // One function for every row, so that a row already drawn is not drawn again when more rows arrive (RowView is memo).
  const open = useCallback(
    async (row: BatchRow) => {
      if (row.status !== "read") return;
      setOpenError(null);
      try {
        const { documentXml } = await openDocx(await controller.bytesOf(row.id));
        returnTo.current = row.id;
        setOpened({ row, documentXml });
        requestAnimationFrame(() => document.getElementById("batch-plan-heading")?.focus());
      } catch {
        setOpenError(`Không mở lại được “${row.name}”: tệp đã bị xóa hoặc di chuyển.`);
      }
    },
    [controller],
  );

  function back() {
    setOpened(null);
    // The list is drawn anew: the button that opened the plan is a new element with the same row id.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-open-row="${returnTo.current}"]`)?.focus());
  }

  function toggleSort(key: SortKey) {
    setSort((s) => ({ key, direction: s.key === key && s.direction === "ascending" ? "descending" : "ascending" }));
  }

  if (opened) {
    const { row } = opened;
    return (
      <div className={styles.root}>
        <div className={styles.actions}>
          <Button icon={<ArrowLeftRegular />} onClick={back}>
            Quay lại danh sách
          </Button>
          <RecordButton plan={row} />
        </div>
        <Subtitle2 as="h2" id="batch-plan-heading" tabIndex={-1}>
          {row.school ?? row.name}
        </Subtitle2>
        {row.school && <Caption1>{row.name}</Caption1>}
        <PlanView documentXml={opened.documentXml} findings={row.findings} notices={row.notices} summary={summaryLine(row)} checked={row.checked} />
      </div>
    );
  }

  const progress = state.total ? state.done / state.total : 0;
  return (
    <div className={styles.root}>
      <section
        className={`${styles.drop} ${dragging ? styles.dragging : ""}`}
        aria-labelledby="batch-drop-heading"
        data-testid="batch-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => void onDrop(e)}
      >
        <Subtitle2 as="h2" id="batch-drop-heading">
          Kéo thả kế hoạch của các trường vào đây
        </Subtitle2>
        <Body1>Nhiều tệp .docx, cả một thư mục, hoặc một tệp .zip chứa các kế hoạch. Các tệp chỉ được đọc trên máy này.</Body1>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<DocumentMultipleRegular />} onClick={() => filesInput.current?.click()}>
            Chọn tệp…
          </Button>
          <Button icon={<FolderOpenRegular />} onClick={() => folderInput.current?.click()}>
            Chọn thư mục…
          </Button>
          {state.rows.length > 0 && !state.running && (
            <Button appearance="subtle" onClick={() => {
                // Clearing stops the workers mid-file; a fresh pool loads for the next files.
                controller.clear();
                controller.warmUp();
              }}>
              Xóa danh sách
            </Button>
          )}
        </div>
        <input
          ref={filesInput}
          className={styles.hiddenInput}
          type="file"
          multiple
          accept=".docx,.doc,.zip,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label="Chọn các tệp kế hoạch"
          data-testid="batch-files"
          onChange={(e) => {
            add(filesFromInput(e.currentTarget.files ?? []));
            e.currentTarget.value = "";
          }}
        />
        <input
          ref={folderInput}
          className={styles.hiddenInput}
          type="file"
          {...{ webkitdirectory: "", directory: "" }}
          aria-label="Chọn thư mục kế hoạch"
          data-testid="batch-folder"
          onChange={(e) => {
            add(filesFromInput(e.currentTarget.files ?? []));
            e.currentTarget.value = "";
          }}
        />
      </section>

      {state.total > 0 && (
        <Field
          label={state.running ? `Đang đọc: ${state.done}/${state.total} tệp` : `Đã đọc ${state.done} tệp`}
          validationState="none"
        >
          <ProgressBar value={progress} max={1} aria-valuetext={`${state.done}/${state.total} tệp`} />
        </Field>
      )}
      <div role="status" aria-live="polite">
        {!state.running && state.rows.length > 0 && (
          <Body1>
            {state.rows.length} tệp: {counts.complete} đầy đủ, {counts.incomplete} còn thiếu, {counts.unreadable} không đọc được.
          </Body1>
        )}
      </div>
      {openError && (
        <MessageBar intent="error">
          <MessageBarBody>{openError}</MessageBarBody>
        </MessageBar>
      )}

      {state.rows.length > 0 && (
        <>
          <div className={styles.actions}>
            <Checkbox label="Chỉ trường còn thiếu" checked={filter} onChange={(_, d) => setFilter(Boolean(d.checked))} />
            <Caption1>
              Đang hiện {shown.length}/{state.rows.length} tệp
            </Caption1>
          </div>
          <ExportBar rows={state.rows} disabled={state.running} />
          <div className={styles.tableWrap}>
            <Table sortable aria-label="Kết quả kiểm tra từng tệp" size="small">
              <TableHeader>
                <TableRow>
                  {COLUMNS.map((c) => (
                    <TableHeaderCell
                      key={c.key}
                      sortDirection={sort.key === c.key ? sort.direction : undefined}
                      onClick={() => toggleSort(c.key)}
                    >
                      {c.label}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((row) => (
                  <RowView key={row.id} row={row} onOpen={open} />
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}

const RowView = memo(function RowView({ row, onOpen }: { row: BatchRow; onOpen(row: BatchRow): Promise<void> }) {
  const styles = useStyles();
  if (row.status === "unreadable") {
    return (
      <TableRow data-row-status="unreadable">
        <TableCell className={styles.name}>{row.name}</TableCell>
        <TableCell colSpan={7}>
          <span className={styles.unreadable}>{row.reason}</span>
        </TableCell>
        <TableCell>{resultLabel(row)}</TableCell>
      </TableRow>
    );
  }
  return (
    <TableRow data-row-status={row.complete ? "complete" : "incomplete"}>
      <TableCell className={styles.name}>
        <Button appearance="transparent" size="small" onClick={() => void onOpen(row)} aria-label={`Xem ${row.name}`} data-open-row={row.id}>
          {row.name}
        </Button>
      </TableCell>
      <TableCell>{row.school ?? "chưa rõ"}</TableCell>
      <TableCell>{schoolTypeLabel(row.schoolType) || "chưa rõ"}</TableCell>
      <TableCell>{row.form ?? "—"}</TableCell>
      <TableCell>{row.schoolYear ?? "—"}</TableCell>
      <TableCell>{row.items}</TableCell>
      <TableCell>{row.itemsWithGaps}</TableCell>
      <TableCell>{row.warnings}</TableCell>
      <TableCell className={row.complete ? styles.complete : styles.incomplete}>{resultLabel(row)}</TableCell>
    </TableRow>
  );
});
