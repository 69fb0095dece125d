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
import { REVIEW_POINT_NAMES, ReportError, type ReportOptions, type ReviewPoint } from "./types";

export { displaySchoolYear, nextReviewPoint, parseSchoolYear, planGroupHeader } from "./school-year";
export { fieldContent, labelledContent, contentCell } from "./cell-content";
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
}

function buildReport(model: DocumentModel, tableIndex: number, options: ReportOptions): Report {
  const table = planTable(model, tableIndex);
  const year = reportSchoolYear(model, options.schoolYear);
  const shown = displaySchoolYear(year);
  const context = { table: table.index, source: options.source };
  if (table.form === "plan-2026") {
    const points: readonly ReviewPoint[] = options.points?.length ? options.points : [nextReviewPoint(options.today ?? new Date(), year)];
    // The title says which review points it covers: a school keeps one per point.
    const names = points.map((p) => REVIEW_POINT_NAMES[p]).join(", ");
    return {
      heading: `THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC ${shown} (${names.toUpperCase()})`,
      title: `Theo dõi và đánh giá thực hiện kế hoạch cải tiến chất lượng giáo dục năm học ${shown}: ${names.toLowerCase()}`,
      table: monitoringTable2026(table, context, points),
    };
  }
  return {
    heading: `BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC ${shown}`,
    title: `Báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng giáo dục năm học ${shown}`,
    table: reportTable2018(table, context, shown),
  };
}

function blocksOf(report: Report, options: ReportOptions): Block[] {
  const blocks: Block[] = [];
  if (options.heading !== false) {
    blocks.push({ kind: "paragraph", paragraph: { runs: [{ text: report.heading, bold: true }], align: "center", heading: true } });
  }
  blocks.push({ kind: "table", table: report.table });
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
