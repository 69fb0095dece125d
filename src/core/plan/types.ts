/**
 * What the reader understood of a document's tables: each table's kind and form, its header rows and columns, and
 * its items with, for every field, the text and the physical cells it came from — so the checker can point a finding
 * at a cell and the task pane can select that cell in Word.
 */
import type { FormId, TableKind } from "../forms";
import type { LegacyEncoding } from "../../ooxml/legacy-encoding";
import type { SchoolInfo } from "../school/school-info";

export type ModelKind = TableKind | "other";

/** A physical cell: the `w:tr` index in its table and the `w:tc` index in that row (both 0-based). */
export interface CellRef {
  readonly row: number;
  readonly cell: number;
}

export interface FieldValue {
  /**
   * The text as Word shows it: paragraphs joined with "\n", then the non-empty texts of the item's rows (continuation
   * rows, the start of a vertically merged cell) joined with "\n".
   */
  readonly text: string;
  /**
   * Every cell the field covers in the item's rows; for a vertically merged cell, the cell where the merge starts
   * comes first (it may sit in a row of an earlier item).
   */
  readonly cells: readonly CellRef[];
}

interface ItemBase {
  /** Physical rows of the item, its continuation rows included, in order. */
  readonly rows: readonly number[];
  /** Field key of the form (`kinhPhi`, `nguonLuc`, …) → value; every recognised column has an entry. */
  readonly fields: Readonly<Record<string, FieldValue>>;
}

/** A criterion row of a 2018-era plan or report. */
export interface CriterionItem extends ItemBase {
  readonly type: "criterion";
  /** Canonical code, "1.4". */
  readonly criterion: string;
  /** The standard of the standard row above (or of the row's own Tiêu chuẩn cell), when there is one. */
  readonly standard?: number;
  /** The level of the level row above ("2", "1, 2, 3"). */
  readonly level?: string;
}

/** A task of a 2026 plan (section V), identified by its TT. */
export interface TaskItem extends ItemBase {
  readonly type: "task";
  /** The TT as written, without a trailing "." or ")": "3". */
  readonly item: string;
  /** Criterion codes named in the task's text ("(tiêu chí 3.2)"): references only, never what identifies the task. */
  readonly criteria: readonly string[];
}

/** A row of the 2026 issues table (section IV). */
export interface IssueItem extends ItemBase {
  readonly type: "issue";
  readonly item?: string;
  /** The first criterion code of its "Tiêu chí liên quan" cell. */
  readonly criterion?: string;
  /** Every criterion code of that cell. */
  readonly criteria: readonly string[];
  readonly standard?: number;
}

/** A review point of the 2026 monitoring table (section VI): "Cuối học kỳ I", "Cuối năm học". */
export interface ReviewItem extends ItemBase {
  readonly type: "review";
  readonly point: string;
}

export type Item = CriterionItem | TaskItem | IssueItem | ReviewItem;

/** A row that groups items: a level row ("MỨC 2"), a standard row ("1 | Tiêu chuẩn 1: …"), or another heading. */
export interface Group {
  readonly type: "level" | "standard" | "heading";
  readonly row: number;
  readonly text: string;
  readonly level?: string;
  readonly standard?: number;
}

/** A criterion filed under another standard's row (5.4 under "Tiêu chuẩn 4"): a warning for the checker. */
export interface CriterionStandardMismatch {
  readonly criterion: string;
  /** The standard of the row above it. */
  readonly standard: number;
  readonly row: number;
}

/** Why a table is "other". */
export type OtherReason = "empty" | "borderless" | "no-header";

export interface TableModel {
  /** Same index as `TableGrid.index`: every `w:tbl` in document order, nested ones after their parent's start. */
  readonly index: number;
  readonly isTopLevel: boolean;
  readonly depth: number;
  readonly parentIndex: number | null;
  readonly kind: ModelKind;
  readonly form?: FormId;
  readonly otherReason?: OtherReason;
  /** Field key → first grid column of its header cell. */
  readonly columns: Readonly<Record<string, number>>;
  /** Field key → grid columns [start, end) its header covers (a header cell may span several grid columns). */
  readonly columnRanges: Readonly<Record<string, readonly [number, number]>>;
  /** Physical rows of the header, the 2026 numbering row "(1) … (10)" included. */
  readonly headerRows: readonly number[];
  /** Header texts that name no column of the form (or, for an "other" table, its first row's texts). */
  readonly unknownHeaders: readonly string[];
  readonly items: readonly Item[];
  readonly groups: readonly Group[];
  /** Rows with text that are neither header, group nor part of an item (e.g. text before the first criterion). */
  readonly unassignedRows: readonly number[];
  readonly criterionStandardMismatch: readonly CriterionStandardMismatch[];
  /** Legacy encoding most of the table's legacy cells use; TCVN3 runs are decoded to Unicode in this model. */
  readonly legacyEncoding: LegacyEncoding | null;
  /** The cells whose text (some run of it) is in a legacy encoding. */
  readonly legacyCells: readonly CellRef[];
}

export interface DocumentModel {
  readonly tables: readonly TableModel[];
  /**
   * The legacy encoding found in the tables, if any. The model decodes TCVN3 where it can, but a document carrying
   * such text must never be called complete: what Word shows may differ from what was decoded.
   */
  readonly legacyEncoding: LegacyEncoding | null;
  /** "2024-2025", when the document states one school year (`schoolInfo.schoolYear`); absent when it is silent or contradicts itself. */
  readonly schoolYear?: string;
  /** The caller's school type, else the one the document names (`schoolInfo.schoolType`). */
  readonly schoolType?: string;
  /** What the document says of its school, with the evidence (when the document XML is given). */
  readonly schoolInfo?: SchoolInfo;
}
