/**
 * Tables and documents as plain data, before they become WordprocessingML. The builders (new-plan.ts) decide
 * what a plan contains; the OOXML writer (src/ooxml/write) decides only how it is drawn, so both hosts — Word's
 * `insertOoxml` and the CLI's `.docx` — write the same thing.
 */
import type { FormId } from "../forms";
import type { TextParagraph, TextRun } from "../text/paragraph";

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

/**
 * A paragraph copied from a document as `w:p` XML that src/ooxml/copy-paragraphs.ts has already sanitised
 * (nothing that refers to another part of the source package is left), so it keeps its formatting, line
 * breaks and bullets. `lead` is written as a run at its start (a bold label such as "Thời gian: ").
 */
export interface CopiedParagraph {
  kind: "copied";
  xml: string;
  /** Its text as Word shows it (line breaks "\n"), for plain-text consumers and blank checks. */
  text: string;
  /** The paragraph is a list item (its numbering kept, or turned into a "– " text bullet). */
  listItem: boolean;
  /**
   * `w:rFonts`, `w:sz`, `w:szCs` of its first run with text (sanitised XML, possibly ""): a `lead` label is written
   * in them, so it has the copied text's font and size. Absent when the paragraph has no text.
   */
  runFonts?: string;
  lead?: TextRun;
}

export type CellContent = TextParagraph | CopiedParagraph;

export function isCopied(content: CellContent): content is CopiedParagraph {
  return (content as CopiedParagraph).kind === "copied";
}

export interface CellSpec {
  /** The cell's text; when `content` is given, a plain-text rendering of it for consumers that only read text. */
  paragraphs: TextParagraph[];
  /** What the writer draws instead of `paragraphs`: written and copied paragraphs, in order. */
  content?: CellContent[];
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
  /** Body rows may break across pages (a report's long cells); by default each row is kept on one page. */
  splitRows?: boolean;
  /** False for a layout table: no borders at all. Default true (single borders all round and inside). */
  borders?: boolean;
}

export interface Layout {
  orientation: "landscape" | "portrait";
  fontSizePt: 13 | 12;
  /**
   * Width between the margins of the section the tables go into (twips), when known (Word: read at the
   * insertion point); without it, the A4 page of `orientation` with the writer's margins.
   */
  textWidth?: number;
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
