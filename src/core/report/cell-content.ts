/**
 * Report cells made of the plan's own paragraphs: each field's cells copied in order (blank cells skipped), and
 * several fields in one cell each under a bold label.
 */
import { isBlank } from "../plan/table-view";
import type { FieldValue } from "../plan/types";
import { isCopied, type CellContent, type CellSpec } from "../tables/spec";
import type { TextParagraph } from "../text/paragraph";
import { unwritableCharacters } from "../text/xml-characters";
import type { CopyIssue, CopyNote, ParagraphSource } from "./types";

export interface CopyContext {
  /** The plan table's index in the document model (and in the reader's table list). */
  table: number;
  source: ParagraphSource | undefined;
  /** Where the cells that could not be copied faithfully are noted (the report lists them under its table). */
  notes?: CopyNote[];
  /** The item being copied, as a note names it: "Tiêu chí 1.4 (dòng 7 của bảng kế hoạch)". */
  item?: string;
}

/** The context for one plan item's cells. */
export function itemContext(context: CopyContext, item: string, row: number | undefined): CopyContext {
  return { ...context, item: row === undefined ? item : `${item} (dòng ${row + 1} của bảng kế hoạch)` };
}

function note(context: CopyContext, field: string, issue: CopyIssue, characters?: string[]): void {
  context.notes?.push({ item: context.item ?? "", field, issue, ...(characters ? { characters } : {}) });
}

function plainParagraphs(text: string): TextParagraph[] {
  return text.split("\n").map((line) => ({ runs: line === "" ? [] : [{ text: line }] }));
}

/**
 * The field's paragraphs: copied from each of its non-blank cells, or its plain text without a source. What cannot
 * be copied faithfully is noted under `fieldName` (the plan column's name).
 */
export function fieldContent(context: CopyContext, field: FieldValue | undefined, fieldName = ""): CellContent[] {
  if (!field || isBlank(field.text)) return [];
  const unwritable = unwritableCharacters(field.text);
  if (unwritable.length > 0) note(context, fieldName, "characters", unwritable);
  const { source } = context;
  if (!source) return plainParagraphs(field.text);
  const out: CellContent[] = [];
  let formattingNoted = false;
  for (const ref of field.cells) {
    const copied = source.cellParagraphs(context.table, ref);
    if (copied === null) return plainParagraphs(field.text);
    if (!formattingNoted && source.copyIssue?.(context.table, ref) === "formatting") {
      note(context, fieldName, "formatting");
      formattingNoted = true;
    }
    // Blank paragraphs around a cell's text would leave gaps between the labelled sections; inner ones are kept.
    let start = 0;
    let end = copied.length;
    while (start < end && isBlank(copied[start]!.text)) start++;
    while (end > start && isBlank(copied[end - 1]!.text)) end--;
    out.push(...copied.slice(start, end));
  }
  return out;
}

export interface Section {
  label: string;
  content: CellContent[];
}

/**
 * A label on a paragraph of its own above `first`: when `first` is copied, an empty copied paragraph whose lead
 * the writer draws in the copied text's font and size; otherwise a written bold paragraph.
 */
function labelParagraph(label: string, first: CellContent): CellContent {
  if (!isCopied(first)) return { runs: [{ text: label, bold: true }] };
  return { kind: "copied", xml: "<w:p></w:p>", text: "", listItem: false, runFonts: first.runFonts ?? "", lead: { text: label, bold: true } };
}

/**
 * Sections one after the other, each under its label: in the paragraph itself when the section is one plain
 * paragraph ("Thời gian: Tháng 10/2024"), on a bold paragraph of its own above a longer one (or a list).
 * Empty sections are left out; with `labelAlone` false a single section is not labelled.
 */
export function labelledContent(sections: readonly Section[], options: { labelAlone: boolean }): CellContent[] {
  const present = sections.filter((s) => s.content.length > 0);
  if (present.length === 1 && !options.labelAlone) return present[0]!.content;
  const out: CellContent[] = [];
  for (const { label, content } of present) {
    const only = content.length === 1 ? content[0]! : null;
    if (only && isCopied(only) && !only.listItem) {
      out.push({ ...only, lead: { text: `${label} `, bold: true } });
    } else if (only && !isCopied(only)) {
      out.push({ ...only, runs: [{ text: `${label} `, bold: true }, ...only.runs] });
    } else {
      out.push(labelParagraph(label, content[0]!), ...content);
    }
  }
  return out;
}

/** A cell drawing `content`, with its plain-text rendering in `paragraphs`. */
export function contentCell(content: CellContent[], extra: Partial<Pick<CellSpec, "vMerge" | "align" | "gridSpan">> = {}): CellSpec {
  const paragraphs = content.map((p): TextParagraph => {
    if (!isCopied(p)) return p;
    return { runs: [...(p.lead ? [p.lead] : []), ...(p.text === "" ? [] : [{ text: p.text }])] };
  });
  return { paragraphs: paragraphs.length > 0 ? paragraphs : [{ runs: [] }], content, ...extra };
}
