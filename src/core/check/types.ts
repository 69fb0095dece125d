/**
 * What the completeness check reports: findings that point at a cell (so the task pane can select it in Word and
 * the CLI can name it), and notices about the document as a whole (no table, no plan, legacy encoding).
 */
import type { FormId } from "../forms";
import type { ModelKind } from "../plan";

export type RuleId =
  | "required-empty"
  | "result-missing"
  | "unknown-criterion"
  | "criterion-standard-mismatch"
  | "issue-not-addressed"
  | "mandatory-missing"
  | "invalid-time"
  | "placeholder-text";

export type Severity = "error" | "warning";

export interface Finding {
  /** Table index, the same as `TableModel.index` (and `caitien read`). */
  readonly table: number;
  /** Physical `w:tr` index of the cell to select (for a multi-row item, its first row; for a merge, its start). */
  readonly row: number;
  /** Physical `w:tc` index of that cell in its row. */
  readonly cell: number;
  /** 2018 plan/report rows and issue rows: the criterion code ("2.2"). */
  readonly criterion?: string;
  /** 2026 tasks: the TT ("3"); monitoring rows: the review point ("Cuối học kỳ I"). */
  readonly item?: string;
  /** Field key of the form (`kinhPhi`, `nguonLuc`, …). */
  readonly field: string;
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Vietnamese, for the principal: "Tiêu chí 2.2: chưa ghi dự kiến kinh phí". */
  readonly message: string;
  readonly messageEn: string;
}

export type NoticeCode = "no-table" | "no-plan" | "missing-column" | "legacy-encoding";

/** About the document as a whole; an "error" notice means the document is not complete. */
export interface Notice {
  readonly code: NoticeCode;
  readonly severity: Severity;
  readonly message: string;
  readonly messageEn: string;
  /** The tables concerned (legacy-encoding: the tables carrying legacy text). */
  readonly tables?: readonly number[];
}

export interface CheckedTable {
  readonly index: number;
  readonly kind: ModelKind;
  readonly form: FormId | null;
  /** Number of items. */
  readonly items: number;
}

/** Items checked, by kind: 2018 plan and report rows (criteria), 2026 tasks, monitoring review points. */
export interface CheckedItemCounts {
  readonly criterion?: number;
  readonly task?: number;
  readonly review?: number;
}

export interface CheckSummary {
  /** Items of the plan, report and monitoring tables. */
  readonly items: number;
  readonly counts: CheckedItemCounts;
  /**
   * What the check asked of them: plans' required columns, and results (a 2018 report's rows; a monitoring table
   * standing without its plan, as `caitien report` writes it, whose every review point needs a result).
   */
  readonly checked: { readonly plans: boolean; readonly results: boolean };
  /** Those with at least one error finding (an empty required field, a missing result). */
  readonly itemsWithGaps: number;
  /** Error findings plus error notices. */
  readonly errors: number;
  readonly warnings: number;
}

export interface CheckResult {
  readonly tables: readonly CheckedTable[];
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
  readonly notices: readonly Notice[];
  /** True when there is no error finding and no error notice. */
  readonly complete: boolean;
}
