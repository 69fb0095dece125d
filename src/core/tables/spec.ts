/**
 * Tables and documents as plain data, before they become WordprocessingML. The builders (new-plan.ts) decide
 * what a plan contains; the OOXML writer (src/ooxml/write) decides only how it is drawn, so both hosts — Word's
 * `insertOoxml` and the CLI's `.docx` — write the same thing.
 */
import type { FormId } from "../forms";
import type { TextParagraph } from "../text/paragraph";

export type Align = "left" | "center" | "right" | "both";
export type VMergeSpec = "restart" | "continue";

export interface ColumnSpec {
  key: string;
  header: string;
  /** Relative width; the writer shares the usable page width out in these proportions. */
  width: number;
}

export interface HeaderCell {
  text: string;
  gridSpan?: number;
  vMerge?: VMergeSpec;
}

export interface CellSpec {
  paragraphs: TextParagraph[];
  gridSpan?: number;
  vMerge?: VMergeSpec;
  align?: Align;
}

/**
 * What a row stands for: a group row by target level ("MỨC 2") or by standard ("1 | Tiêu chuẩn 1: …"), a 2018
 * criterion row, a 2026 task row, or any other row (issues, monitoring, layout tables).
 */
export type RowKind = "level" | "standard" | "item" | "task" | "plain";

export interface RowSpec {
  kind: RowKind;
  cells: CellSpec[];
}

export interface TableSpec {
  /** The form the table is drawn from; null for a layout table (letterhead, signature block). */
  formId: FormId | null;
  columns: ColumnSpec[];
  /** Header rows, repeated on every page; each row's cells cover the grid through their gridSpans. */
  headerRows: HeaderCell[][];
  /** A row "(1)", "(2)", … under the header (the 2026 plan form), repeated with it. */
  numberingRow?: boolean;
  rows: RowSpec[];
  /** False for a layout table: no borders at all. Default true (single borders all round and inside). */
  borders?: boolean;
}

export interface Layout {
  orientation: "landscape" | "portrait";
  fontSizePt: 13 | 12;
}

export interface BlockParagraph extends TextParagraph {
  align?: Align;
  /** A section heading: some space above, kept on the page of what follows. */
  heading?: boolean;
}

export type Block = { kind: "paragraph"; paragraph: BlockParagraph } | { kind: "table"; table: TableSpec };

export interface DocumentSpec extends Layout {
  /** Document title for the package properties (docProps/core.xml). */
  title?: string;
  blocks: Block[];
}

/** A cell holding one paragraph of one run (the common case in builders). */
export function textCell(text: string, options: { bold?: boolean; italic?: boolean; align?: Align; gridSpan?: number } = {}): CellSpec {
  const { align, gridSpan, bold, italic } = options;
  return {
    paragraphs: text === "" ? [{ runs: [] }] : [{ runs: [{ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) }] }],
    ...(align ? { align } : {}),
    ...(gridSpan && gridSpan > 1 ? { gridSpan } : {}),
  };
}

export function emptyCell(): CellSpec {
  return { paragraphs: [{ runs: [] }] };
}
