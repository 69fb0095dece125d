/**
 * A plan → its progress report, as blocks (for Word's insertOoxml, after the plan or at the cursor) or as a whole
 * document (the CLI's new .docx). Pure: the plan comes in as its model and a source of copied paragraphs, and it
 * is never modified.
 */
import type { DocumentModel, TableModel } from "../plan/types";
import type { Block, DocumentSpec, Layout, TableSpec } from "../tables/spec";
import { letterhead, signatureBlock } from "../tables/letterhead";
import type { PlanLetterhead } from "./letterhead-facts";
import { monitoringTable2026 } from "./monitoring-2026";
import { reportTable2018 } from "./report-2018";
import { displaySchoolYear, nextReviewPoint, parseSchoolYear } from "./school-year";
import { REVIEW_POINT_NAMES, ReportError, type CopyNote, type ReportOptions, type ReviewPoint } from "./types";
import { schoolYearProblem } from "../school/explain";

export { displaySchoolYear, nextReviewPoint, parseSchoolYear, planGroupHeader } from "./school-year";
export { fieldContent, labelledContent, contentCell, itemContext } from "./cell-content";
export { reportTable2018 } from "./report-2018";
export { planLetterhead, type PlanLetterhead } from "./letterhead-facts";
export { monitoringTable2026 } from "./monitoring-2026";
export { monitoringRowsEdit, monitoringTableFor } from "./monitoring-rows";
export * from "./types";

/** The document's plan tables (2018 or 2026 form) by index: what a report can be made from. */
export function planTableIndexes(model: DocumentModel): number[] {
  return model.tables.filter((t) => t.kind === "plan").map((t) => t.index);
}

function planTable(model: DocumentModel, tableIndex: number): TableModel {
  const table = model.tables.find((t) => t.index === tableIndex);
  if (!table) throw new ReportError("no-table");
  if (table.form !== "plan-2018" && table.form !== "plan-2026") throw new ReportError("not-a-plan");
  if (table.legacyEncoding) throw new ReportError("legacy-encoding");
  return table;
}

/** The document's school year wins over the caller's (it is what the plan says); one of them is needed. */
export function reportSchoolYear(model: DocumentModel, fallback: string | undefined): string {
  const year = model.schoolYear ?? fallback;
  if (year === undefined || year.trim() === "") throw new ReportError("no-school-year");
  const [first, second] = parseSchoolYear(year);
  return `${first}-${second}`;
}

interface Report {
  heading: string;
  title: string;
  table: TableSpec;
  /** The plan cells that could not be copied faithfully. */
  notes: CopyNote[];
}

/** A note's sentence, as the report prints it under its table. */
export function copyNoteText(note: CopyNote): string {
  const where = `${note.item}, cột “${note.field}”`;
  if (note.issue === "characters") {
    return `${where}: ô có ký tự không ghi được vào tệp Word (${(note.characters ?? []).join(", ")}); báo cáo chép nội dung ô nhưng bỏ các ký tự này.`;
  }
  return `${where}: không chép được định dạng của ô (bản sao có định dạng không giữ nguyên được chữ của ô); báo cáo chép chữ của ô, không kèm định dạng.`;
}

function buildReport(model: DocumentModel, tableIndex: number, options: ReportOptions): Report {
  const table = planTable(model, tableIndex);
  const year = reportSchoolYear(model, options.schoolYear);
  const shown = displaySchoolYear(year);
  const notes: CopyNote[] = [];
  const context = { table: table.index, source: options.source, notes };
  if (table.form === "plan-2026") {
    const points: readonly ReviewPoint[] = options.points?.length ? options.points : [nextReviewPoint(options.today ?? new Date(), year)];
    // The title says which review points it covers: a school keeps one per point.
    const names = points.map((p) => REVIEW_POINT_NAMES[p]).join(", ");
    return {
      heading: `THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC ${shown} (${names.toUpperCase()})`,
      title: `Theo dõi và đánh giá thực hiện kế hoạch cải tiến chất lượng giáo dục năm học ${shown}: ${names.toLowerCase()}`,
      table: monitoringTable2026(table, context, points),
      notes,
    };
  }
  return {
    heading: `BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC ${shown}`,
    title: `Báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng giáo dục năm học ${shown}`,
    table: reportTable2018(table, context, shown),
    notes,
  };
}

function blocksOf(report: Report, options: ReportOptions): Block[] {
  const blocks: Block[] = [];
  if (options.heading !== false) {
    blocks.push({ kind: "paragraph", paragraph: { runs: [{ text: report.heading, bold: true }], align: "center", heading: true } });
  }
  blocks.push({ kind: "table", table: report.table });
  // Said in the report itself, beside what it concerns, rather than left out silently.
  if (report.notes.length > 0) {
    blocks.push({ kind: "paragraph", paragraph: { runs: [{ text: "Lưu ý về nội dung chép từ kế hoạch:", bold: true, italic: true }] } });
    for (const note of report.notes) blocks.push({ kind: "paragraph", paragraph: { runs: [{ text: `– ${copyNoteText(note)}`, italic: true }] } });
  }
  return blocks;
}

/**
 * The report of the plan table `tableIndex` as blocks: the heading (unless `heading: false`), then the table.
 * Throws a ReportError (Vietnamese and English messages) when it cannot be made.
 */
export function reportBlocks(model: DocumentModel, tableIndex: number, options: ReportOptions = {}): Block[] {
  return blocksOf(buildReport(model, tableIndex, options), options);
}

export const REPORT_LAYOUT: Layout = { orientation: "landscape", fontSizePt: 13 };

const EMPTY_PARAGRAPH: Block = { kind: "paragraph", paragraph: { runs: [] } };

/**
 * The report as a document of its own (A4 landscape unless told otherwise), for the CLI: the letterhead (filled from
 * `letterhead`, the plan's), the title, the table and the principal's signature, like the plans `new-plan` writes.
 * Empty paragraphs keep the three tables apart: Word joins adjacent tables into one.
 */
export function reportDocument(
  model: DocumentModel,
  tableIndex: number,
  options: ReportOptions & { letterhead?: PlanLetterhead } = {},
  layout: Layout = REPORT_LAYOUT,
): DocumentSpec {
  const report = buildReport(model, tableIndex, options);
  return {
    ...layout,
    title: report.title,
    blocks: [
      letterhead({ ...options.letterhead, numberKind: "BC" }),
      EMPTY_PARAGRAPH,
      ...blocksOf(report, options),
      EMPTY_PARAGRAPH,
      signatureBlock(),
    ],
  };
}

/**
 * A ReportError in words for a host that asks for the year in a field: for a missing school year, why the
 * document's year could not be taken (two years that disagree, or a date that fits two).
 */
export function reportErrorMessage(error: ReportError, model: DocumentModel, lang: "vi" | "en" = "vi"): string {
  const year = model.schoolInfo?.schoolYear;
  // A document silent about its year gets the error's own words; one that states two years gets them named.
  if (error.code === "no-school-year" && year && year.status !== "none") {
    const problem = schoolYearProblem(year, lang);
    if (problem) return lang === "vi" ? `${problem} Hãy nhập năm học của báo cáo.` : `${problem} Give the report's school year.`;
  }
  return lang === "vi" ? error.messageVi : error.messageEn;
}
