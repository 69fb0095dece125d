/**
 * The completeness check of a whole document: every plan, report, issues and monitoring table, every rule.
 * Pure: the model in, plain data out; the date of the check comes from the caller.
 */
import type { DocumentModel, TaskItem } from "../plan";
import { codeSetFor } from "./framework";
import { itemOfFinding } from "./finding";
import { documentNotices } from "./notices";
import { requiredFieldFindings } from "./required-fields";
import { monitoringResultFindings, reportResultFindings } from "./results";
import type { CheckResult, CheckedTable, Finding } from "./types";
import { issueFindings, placeholderFindings, standardMismatchFindings, timeFindings, unknownCriterionFindings } from "./warnings";

export interface CheckOptions {
  /** `mam-non`, `tieu-hoc`, `trung-hoc`, `gdtx`; defaults to the model's. Decides which criterion codes exist. */
  schoolType?: string;
  /** For 2018-era tables: "2018" (default) or "2018-2024" (same codes). 2026-form tables always use "2026". */
  framework?: string;
  /** Requirable columns the user also wants filled (2018: ketQuaCanDat, congViec; 2026: mucTieu, hoatDong, chiSo). */
  alsoRequired?: readonly string[];
  /** The date of the check, for monitoring review points already due; without it they are not checked. */
  today?: Date;
}

const GAP_KINDS = new Set(["plan", "report", "monitoring"]);

export function checkDocument(model: DocumentModel, options: CheckOptions = {}): CheckResult {
  const schoolType = options.schoolType ?? model.schoolType;
  const codeOptions = { ...(schoolType !== undefined ? { schoolType } : {}), ...(options.framework !== undefined ? { framework: options.framework } : {}) };
  const alsoRequired = options.alsoRequired ?? [];
  const findings: Finding[] = [];
  const tasks: TaskItem[] = [];
  // A monitoring table without its plan is a report on its own: every review point in it needs a result.
  const monitoringAlone = !model.tables.some((t) => t.form === "plan-2026");
  for (const table of model.tables) {
    if (table.form === "plan-2026") for (const item of table.items) if (item.type === "task") tasks.push(item);
  }
  for (const table of model.tables) {
    if (table.kind === "other" || !table.form) continue;
    const codes = codeSetFor(table, codeOptions);
    findings.push(
      ...requiredFieldFindings(table, alsoRequired),
      ...reportResultFindings(table),
      ...monitoringResultFindings(table, model.schoolYear, options.today, monitoringAlone),
      ...unknownCriterionFindings(table, codes),
      ...standardMismatchFindings(table),
      ...timeFindings(table),
      ...placeholderFindings(table),
    );
    // Without a plan table there is nothing to address the issues: the "no-plan" notice says so once.
    if (table.form === "issues-2026" && model.tables.some((t) => t.form === "plan-2026")) findings.push(...issueFindings(table, tasks, codes));
  }
  findings.sort((a, b) => a.table - b.table || a.row - b.row || a.cell - b.cell);

  const notices = documentNotices(model, alsoRequired);
  const tables: CheckedTable[] = model.tables.map((t) => ({ index: t.index, kind: t.kind, form: t.form ?? null, items: t.items.length }));
  const checkedTables = model.tables.filter((t) => GAP_KINDS.has(t.kind));
  const items = checkedTables.reduce((n, t) => n + t.items.length, 0);
  const counts: Record<string, number> = {};
  for (const table of checkedTables) for (const item of table.items) counts[item.type] = (counts[item.type] ?? 0) + 1;
  const checked = {
    plans: checkedTables.some((t) => t.kind === "plan"),
    results: checkedTables.some((t) => t.form === "report-2018" || (t.form === "monitoring-2026" && monitoringAlone)),
  };
  const errorFindings = findings.filter((f) => f.severity === "error");
  const gapItems = new Set(errorFindings.map(itemOfFinding));
  const errors = errorFindings.length + notices.filter((n) => n.severity === "error").length;
  const warnings = findings.length - errorFindings.length + notices.filter((n) => n.severity === "warning").length;
  return {
    tables,
    findings,
    notices,
    summary: { items, counts, checked, itemsWithGaps: gapItems.size, errors, warnings },
    complete: errors === 0,
  };
}
