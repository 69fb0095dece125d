/**
 * One plan as the check sees it: its findings grouped by item beside the plan drawn as Word would, with the empty
 * required cells highlighted. A finding's button takes the reader to its cell.
 */
import { useEffect, useRef, useState } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { groupFindings } from "../../core/check/groups";
import { allClearText, summaryText, type CheckSummary, type Finding, type Notice } from "../../core/check";
import { renderDocument } from "../../preview/render-document";
import { findingCells } from "./plan-cells";

const useStyles = makeStyles({
  layout: { display: "grid", gridTemplateColumns: "minmax(260px, 1fr) minmax(0, 2.4fr)", gap: tokens.spacingHorizontalL, alignItems: "start" },
  findings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, position: "sticky", top: 0, maxHeight: "90vh", overflowY: "auto" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  groupHeading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  finding: { justifyContent: "flex-start", textAlign: "left", height: "auto", minHeight: "24px", padding: "2px 4px", fontWeight: tokens.fontWeightRegular },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  document: {
    background: "#e6e6e6",
    padding: tokens.spacingHorizontalM,
    overflow: "auto",
    maxHeight: "90vh",
    "& td.is-missing": { backgroundColor: "#fde7e9", outline: "3px solid #c50f1f", outlineOffset: "-3px" },
    "& td.is-flashed": { outlineColor: "#0f6cbd" },
  },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export interface PlanViewProps {
  documentXml: string;
  findings: readonly Finding[];
  notices: readonly Notice[];
  /** Shown above the findings: "6 nhiệm vụ, 2 thời điểm theo dõi, 2 thiếu thông tin". */
  summary: string;
  /** What the check asked (plans' required columns, results), for the all-clear's words. */
  checked: CheckSummary["checked"];
}

export function PlanView({ documentXml, findings, notices, summary, checked }: PlanViewProps) {
  const styles = useStyles();
  const target = useRef<HTMLDivElement>(null);
  const cellsByFinding = useRef(new Map<Finding, HTMLElement>());
  const [renderError, setRenderError] = useState<string | null>(null);

  useEffect(() => {
    const el = target.current;
    if (!el) return;
    const xml = new DOMParser().parseFromString(documentXml, "application/xml");
    if (xml.getElementsByTagName("parsererror").length > 0) {
      setRenderError("Không hiển thị được nội dung kế hoạch (XML không hợp lệ).");
      return;
    }
    const cells = findingCells(xml, findings.filter((f) => f.severity === "error"));
    const byFinding = new Map<Finding, HTMLElement>();
    renderDocument(xml, el, {
      selectionIndex: null,
      onSelectParagraph: () => undefined,
      decorateCell(td, tc) {
        const here = cells.get(tc);
        if (!here) return;
        td.classList.add("is-missing");
        td.tabIndex = -1;
        const note = document.createElement("span");
        note.className = styles.hidden;
        note.textContent = `Ô còn thiếu: ${here.map((f) => f.message).join("; ")}`;
        td.append(note);
        for (const f of here) byFinding.set(f, td);
      },
    });
    cellsByFinding.current = byFinding;
  }, [documentXml, findings, styles.hidden]);

  function show(finding: Finding) {
    const td = cellsByFinding.current.get(finding);
    if (!td) return;
    td.scrollIntoView({ block: "center", inline: "center" });
    td.focus({ preventScroll: true });
    td.classList.add("is-flashed");
    setTimeout(() => td.classList.remove("is-flashed"), 1500);
  }

  const groups = groupFindings(findings);
  return (
    <div className={styles.layout}>
      <section className={styles.findings} aria-labelledby="plan-findings-heading">
        <Subtitle2 as="h3" id="plan-findings-heading">
          {summary}
        </Subtitle2>
        {notices.map((notice, i) => (
          <MessageBar key={i} intent={notice.severity === "error" ? "error" : "warning"}>
            <MessageBarBody>{notice.message}</MessageBarBody>
          </MessageBar>
        ))}
        {findings.length === 0 && notices.length === 0 && <Body1>Không có nhận xét. {allClearText({ checked })}</Body1>}
        {groups.map((group) => (
          <div key={group.key}>
            <h4 className={styles.groupHeading}>{group.label}</h4>
            <ul className={styles.list}>
              {group.findings.map((f, i) => (
                <li key={i}>
                  {f.severity === "error" ? (
                    <Button appearance="transparent" className={styles.finding} onClick={() => show(f)}>
                      {f.message}
                    </Button>
                  ) : (
                    <Caption1 className={styles.warning}>Lưu ý: {f.message}</Caption1>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-label="Bản kế hoạch" className={styles.document} tabIndex={0}>
        {renderError && (
          <MessageBar intent="error">
            <MessageBarBody>{renderError}</MessageBarBody>
          </MessageBar>
        )}
        <div ref={target} />
      </section>
    </div>
  );
}

/** "6 nhiệm vụ, 2 thời điểm theo dõi, 1 thiếu thông tin": the check's own words, as the pane and the CLI say it. */
export function summaryLine(summary: Pick<CheckSummary, "items" | "itemsWithGaps" | "counts">): string {
  return summaryText({ summary: { ...summary, errors: 0, warnings: 0, checked: { plans: false, results: false } } });
}
