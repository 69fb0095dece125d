import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { CommentDismissRegular, TaskListSquareLtrRegular } from "@fluentui/react-icons";
import { z } from "zod";
import { allClearText, summaryText, type CheckResult, type Finding } from "../../core/check";
import { FORMS } from "../../core/forms";
import { ADDIN_COMMENT_PREFIX, CommentsRefusedError, type TableLayoutEntry } from "../../word";
import { useCatalogChoice } from "../catalog-choice";
import { checkSnapshot, groupFindings, hasCell } from "../check/check-document";
import { useWordApi } from "../word-api-context";
import { describeWordError } from "../word-errors";
import { ActionStatus, useDocumentAction } from "./ActionStatus";
import type { TabPanelProps } from "./tab-list";
import { TabIntro } from "./TabIntro";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  group: { margin: 0, padding: 0 },
  findings: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  // A button is an inline block: on the baseline its last line would carry the list bullet. Aligned to the top, the
  // line box (and so the bullet) keeps the first line's baseline; text-align keeps wrapped lines flush left.
  finding: { verticalAlign: "top", textAlign: "start" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const REQUIRE_SETTING = "checkRequire";
const requireSchema = z.array(z.string());

/** Columns the user may also require, from the forms data (2026 first), each once. */
const REQUIRABLE = FORMS.flatMap((form) =>
  form.columns.filter((c) => c.requirable).map((c) => ({ key: c.key, label: c.label, generation: form.generation })),
);

export function CheckTab({ host }: TabPanelProps) {
  const styles = useStyles();
  const wordApi = useWordApi();
  const { schoolType } = useCatalogChoice();
  const [alsoRequired, setAlsoRequired] = useState<string[]>(() => {
    const stored = requireSchema.safeParse(wordApi.loadSetting(REQUIRE_SETTING));
    return stored.success ? stored.data.filter((key) => REQUIRABLE.some((c) => c.key === key)) : [];
  });
  const [markInDocument, setMarkInDocument] = useState(false);
  const { busy, status, setStatus, run: runAction } = useDocumentAction();
  const [result, setResult] = useState<CheckResult | null>(null);
  // The checked document's table layout: a click on a finding then costs Word no second read of the whole document.
  const [checkedTables, setCheckedTables] = useState<readonly TableLayoutEntry[] | undefined>(undefined);

  function toggleRequired(key: string, checked: boolean) {
    const next = checked ? [...alsoRequired, key] : alsoRequired.filter((k) => k !== key);
    setAlsoRequired(next);
    void wordApi.saveSetting(REQUIRE_SETTING, next);
  }

  function check() {
    return runAction(async () => {
      const options = { schoolType, alsoRequired, today: new Date() };
      // The outcome in one sentence, in the live status under the button; the findings follow below it.
      const outcome = (checked: CheckResult): { intent: "success" | "warning"; text: string } => ({
        intent: checked.complete ? "success" : "warning",
        text: `Đã kiểm tra văn bản: ${checked.summary.items > 0 ? summaryText(checked) : "chưa có mục nào để kiểm tra"}.`,
      });
      if (!markInDocument || !host.wordApi14) {
        const snapshot = await wordApi.readDocument();
        const checked = checkSnapshot(snapshot, options);
        setResult(checked);
        setCheckedTables(snapshot.tables);
        return outcome(checked);
      }
      // Check and mark in one read and one write (2 syncs in all); all marks or none.
      try {
        const { result: checked, added } = await wordApi.checkAndMark((snapshot) => {
          const result = checkSnapshot(snapshot, options);
          const marks = result.findings
            .filter((f) => f.severity === "error" && hasCell(f))
            .map((f) => ({ table: f.table, row: f.row, cell: f.cell, text: f.message }));
          return { result: { result, tables: snapshot.tables }, marks };
        });
        setResult(checked.result);
        setCheckedTables(checked.tables);
        const said = outcome(checked.result);
        return added ? { ...said, text: `${said.text} Đã thêm ${added} ghi chú vào các ô còn thiếu.` } : said;
      } catch (error) {
        if (error instanceof CommentsRefusedError) {
          // The check itself worked: show it without marks.
          const computed = error.computed as { result: CheckResult; tables: readonly TableLayoutEntry[] } | undefined;
          if (computed) {
            setResult(computed.result);
            setCheckedTables(computed.tables);
          }
          return { intent: "error", text: error.message };
        }
        throw error;
      }
    });
  }

  async function goTo(finding: Finding) {
    setStatus(null);
    try {
      await wordApi.selectTableCell(finding.table, finding.row, finding.cell, checkedTables);
    } catch (error) {
      setStatus({ intent: "error", text: describeWordError(error) });
    }
  }

  function removeMarks() {
    return runAction(async () => {
      const { removed, kept } = await wordApi.removeAddinComments();
      const keptText = kept
        ? ` Giữ lại ${kept} ghi chú của Cải Tiến đã có người trả lời (xóa ghi chú sẽ xóa cả câu trả lời); hãy tự xóa khi không cần nữa.`
        : "";
      if (removed === 0 && kept === 0) return { intent: "success", text: "Không có ghi chú nào do Cải Tiến thêm." };
      return { intent: kept ? "warning" : "success", text: `Đã xóa ${removed} ghi chú do Cải Tiến thêm.${keptText}` };
    });
  }

  return (
    <div className={styles.root}>
      <TabIntro title="Kiểm tra">
        Mỗi nội dung của kế hoạch phải ghi đủ kinh phí (nguồn lực), thời gian thực hiện và người phụ trách. Cải Tiến
        kiểm tra mọi bảng kế hoạch, báo cáo trong văn bản và chỉ ra từng ô còn thiếu; bấm vào một dòng để đến ô đó.
      </TabIntro>
      <fieldset className={styles.options} style={{ border: "none", margin: 0, padding: 0 }}>
        <legend>
          <Caption1>Yêu cầu ghi thêm các cột (lưu theo văn bản)</Caption1>
        </legend>
        {REQUIRABLE.map((column) => (
          <Checkbox
            key={`${column.generation}-${column.key}`}
            label={`${column.label.charAt(0).toUpperCase()}${column.label.slice(1)} (mẫu ${column.generation})`}
            checked={alsoRequired.includes(column.key)}
            onChange={(_, data) => toggleRequired(column.key, data.checked === true)}
          />
        ))}
      </fieldset>
      {host.wordApi14 ? (
        <Switch
          label="Đánh dấu trong văn bản (thêm ghi chú vào ô còn thiếu)"
          checked={markInDocument}
          onChange={(_, data) => setMarkInDocument(data.checked)}
        />
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<TaskListSquareLtrRegular />} disabled={busy} onClick={() => void check()}>
          Kiểm tra văn bản
        </Button>
        {host.wordApi14 ? (
          <Button icon={<CommentDismissRegular />} disabled={busy} onClick={() => void removeMarks()} title={`Chỉ xóa ghi chú bắt đầu bằng “${ADDIN_COMMENT_PREFIX.trim()}”`}>
            Xóa đánh dấu của Cải Tiến
          </Button>
        ) : null}
      </div>
      {busy ? <Spinner size="tiny" label="Đang đọc văn bản…" /> : null}
      <ActionStatus status={status} />
      {result ? <CheckResultView result={result} onGoTo={(f) => void goTo(f)} /> : null}
    </div>
  );
}

function CheckResultView({ result, onGoTo }: { result: CheckResult; onGoTo(finding: Finding): void }) {
  const styles = useStyles();
  const groups = groupFindings(result.findings);
  return (
    <section aria-labelledby="check-summary">
      <Subtitle2 as="h3" id="check-summary">
        {result.summary.items > 0 ? summaryText(result) : "Chưa có mục nào để kiểm tra"}
      </Subtitle2>
      {result.notices.map((notice) => (
        <MessageBar key={notice.code} intent={notice.severity === "error" ? "error" : "warning"} layout="multiline">
          <MessageBarBody>{notice.message}</MessageBarBody>
        </MessageBar>
      ))}
      {result.complete && result.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{allClearText(result.summary)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.groups}>
        {groups.map((group) => (
          <li key={group.key} className={styles.group}>
            <Body1>
              <strong>{group.label}</strong>
            </Body1>
            <ul className={styles.findings}>
              {group.findings.map((finding, i) => (
                <li key={`${finding.rule}-${finding.field}-${i}`}>
                  {hasCell(finding) ? (
                    <Link
                      as="button"
                      onClick={() => onGoTo(finding)}
                      className={mergeClasses(styles.finding, finding.severity === "warning" && styles.warning)}
                    >
                      {finding.message}
                    </Link>
                  ) : (
                    <Caption1>{finding.message}</Caption1>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
