/**
 * What a report is made from and the choices its caller makes. The report never modifies the plan: it reads the
 * plan's model and, through a `ParagraphSource`, copies of the plan's paragraphs.
 */
import type { CellRef } from "../plan/types";
import type { CopiedParagraph } from "../tables/spec";

/** The two review points of the 2026 form's section VI. */
export type ReviewPoint = "hk1" | "cuoi-nam";

export const REVIEW_POINTS: readonly ReviewPoint[] = ["hk1", "cuoi-nam"];

/** As printed in the "Thời điểm" column (MONITORING_2026.fixedRows). */
export const REVIEW_POINT_NAMES: Readonly<Record<ReviewPoint, string>> = { hk1: "Cuối học kỳ I", "cuoi-nam": "Cuối năm học" };

/** For the task pane: the 2026 circular has no report form of its own. */
export const NO_REPORT_FORM_2026_NOTE = "Thông tư 57/2026 không có mẫu báo cáo riêng: kết quả ghi vào cột (10) và mục VI.";

/**
 * Copies of the plan's cells as sanitised paragraph XML (src/ooxml/copy-paragraphs.ts builds one from the document
 * XML); null when the cell is not found. Without a source the report falls back to the cells' plain text.
 */
export interface ParagraphSource {
  cellParagraphs(table: number, cell: CellRef): readonly CopiedParagraph[] | null;
  /**
   * Why the cell's paragraphs are not a faithful copy, null when they are: "formatting" when a copy with its
   * formatting would not hold the text the reader read, so the source gives that text without its formatting.
   */
  copyIssue?(table: number, cell: CellRef): CopyIssue | null;
}

/**
 * Why a plan cell could not go into the report exactly as it is: its formatting (the text is copied without it),
 * or characters a .docx cannot hold (control characters an XML 1.1 document may carry; they are left out).
 */
export type CopyIssue = "formatting" | "characters";

/** A plan cell the report could not copy faithfully: which item, which field, and why. */
export interface CopyNote {
  /** "Tiêu chí 1.4 (dòng 7 của bảng kế hoạch)", "Nhiệm vụ 3 (dòng 5 của bảng kế hoạch)". */
  item: string;
  /** The plan column's name: "Công việc/giải pháp". */
  field: string;
  issue: CopyIssue;
  /** For "characters": the characters left out, as U+XXXX. */
  characters?: string[];
}

export interface ReportOptions {
  /** "2024-2025" (also "2024 – 2025"); used when the document states no school year, which otherwise wins. */
  schoolYear?: string;
  source?: ParagraphSource;
  /** A heading paragraph before the table (default true). */
  heading?: boolean;
  /** 2026 plans: the review points to write a block for, in order (default: the next one due on `today`). */
  points?: readonly ReviewPoint[];
  /** Default: now. */
  today?: Date;
}

export type ReportErrorCode = "no-table" | "not-a-plan" | "legacy-encoding" | "no-school-year" | "bad-school-year";

const MESSAGES: Record<ReportErrorCode, { vi: string; en: string }> = {
  "no-table": { vi: "Không tìm thấy bảng này trong tài liệu.", en: "The document has no such table." },
  "not-a-plan": {
    vi: "Bảng này không phải bảng kế hoạch cải tiến chất lượng, nên không lập được báo cáo từ bảng này.",
    en: "This table is not a quality-improvement plan table.",
  },
  "legacy-encoding": {
    vi: "Bảng kế hoạch dùng bảng mã cũ (TCVN3/VNI). Hãy chuyển văn bản sang Unicode (Unikey: Công cụ chuyển mã) rồi lập báo cáo.",
    en: "The plan table uses a legacy 8-bit encoding (TCVN3/VNI); convert it to Unicode first.",
  },
  "no-school-year": {
    vi: "Tài liệu không ghi năm học (ví dụ “Năm học 2024 – 2025”). Hãy nhập năm học của báo cáo.",
    en: "The document states no school year (\"Năm học 2024 – 2025\"); give one.",
  },
  "bad-school-year": {
    vi: "Năm học phải có dạng 2024-2025 (hai năm liền nhau).",
    en: "The school year must look like 2024-2025 (two consecutive years).",
  },
};

export class ReportError extends Error {
  readonly code: ReportErrorCode;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(code: ReportErrorCode) {
    super(MESSAGES[code].en);
    this.name = "ReportError";
    this.code = code;
    this.messageVi = MESSAGES[code].vi;
    this.messageEn = MESSAGES[code].en;
  }
}
