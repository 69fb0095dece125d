/** One row of the district review: what the page shows, sorts, filters and exports for one file. Plain data. */
import type { CheckSummary, Finding, Notice } from "../../core/check";

export type PlanFormLabel = "2026" | "2018";

export interface ReviewedPlan {
  status: "read";
  /** Name as the user sees it: "thcs-tan-phu.docx", "ho-so/thcs-tan-phu.docx", "nop-bai.zip › a/b.docx". */
  name: string;
  /** School named in the letterhead ("TRƯỜNG THCS TÂN PHÚ"), when the document understanding can tell. */
  school: string | null;
  /** `mam-non`, `tieu-hoc`, `trung-hoc`, `gdtx`, when known. */
  schoolType: string | null;
  form: PlanFormLabel | null;
  schoolYear: string | null;
  items: number;
  /** Items by kind (criteria, tasks, review points), for "6 nhiệm vụ, 2 thời điểm theo dõi". */
  counts: CheckSummary["counts"];
  /** Whether plans' required columns and/or results were checked, for the all-clear. */
  checked: CheckSummary["checked"];
  itemsWithGaps: number;
  errors: number;
  warnings: number;
  complete: boolean;
  findings: Finding[];
  notices: Notice[];
}

export interface UnreadableFile {
  status: "unreadable";
  name: string;
  /** DocxError code, or "internal". */
  code: string;
  /** Vietnamese, precise: what is wrong with the file and what to do. */
  reason: string;
}

export type ReviewOutcome = ReviewedPlan | UnreadableFile;

/** A row of the batch table: the outcome plus where its bytes are, to open the plan again. */
export type BatchRow = ReviewOutcome & { id: number };
