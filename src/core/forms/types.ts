/**
 * Table forms as data (DESIGN.md): each form lists its columns once; the reader recognises tables with it, the
 * writer draws tables from it, the checker takes its required fields from it. Correcting a header or adding a
 * variant is a change to `definitions.ts`, not to code.
 */

export type FormId = "plan-2018" | "report-2018" | "issues-2026" | "plan-2026" | "monitoring-2026";
export type TableKind = "plan" | "report" | "issues" | "monitoring";
export type FormGeneration = "2018" | "2026";

export interface ColumnDef {
  /** Field key shared with the samples' expected.json and the CLI's JSON (`kinhPhi`, `nguonLuc`, …). */
  key: string;
  /** The header the writer prints. */
  header: string;
  /**
   * Other headers that mean this column, as schools print them. Matching folds diacritics, case, Unicode form,
   * spaces and line breaks, and ignores a leading or trailing column number such as "(7)".
   */
  variants: readonly string[];
  /** Relative width; the writer shares the page width out in these proportions. */
  width: number;
  /** Checked for completeness by default (kinh phí / nguồn lực, thời gian, người phụ trách). */
  required?: boolean;
  /** The user may ask for this column to be checked too (per-document setting). */
  requirable?: boolean;
  /** Needed for a table to be recognised as this form. */
  signature?: boolean;
  /** Written by the writer; columns without it are only read (variants of other schools' tables). */
  written?: boolean;
  /** Short label used in messages ("chưa ghi dự kiến kinh phí"). */
  label: string;
}

/** A header cell spanning several columns in a two-row header (the 2018 report form). */
export interface HeaderGroup {
  header: string;
  keys: readonly string[];
  /** Other wordings of the group header (the school year changes in it). */
  variants: readonly string[];
}

export interface FormDef {
  id: FormId;
  kind: TableKind;
  generation: FormGeneration;
  /** Vietnamese name of the table, shown to users. */
  title: string;
  /** Where the form comes from and how sure we are of its wording, in Vietnamese. */
  source: string;
  columns: readonly ColumnDef[];
  headerGroups?: readonly HeaderGroup[];
  /** The written table carries a row "(1)", "(2)", … under its header (the 2026 plan form). */
  numberingRow?: boolean;
  /** Fixed first-column rows the writer prefills (the 2026 monitoring form's review points). */
  fixedRows?: readonly string[];
}
