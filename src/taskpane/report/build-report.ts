import type { DocumentModel } from "../../core/plan/types";
import {
  REPORT_LAYOUT,
  ReportError,
  monitoringRowsEdit,
  monitoringTableFor,
  reportBlocks,
  reportDocument,
  reportErrorMessage,
  reportSchoolYear,
  type ReviewPoint,
} from "../../core/report";
import type { TableEdits } from "../../core/tables/insert-rows";
import { readDocumentLayout } from "../../ooxml/read-sections";
import { flatOpcPackage } from "../../ooxml/write/flat-opc";
import { placeBlocks } from "../../ooxml/write/place-blocks";
import type { Block, DocumentSpec } from "../../core/tables";
import { paragraphSource } from "../../ooxml/copy-paragraphs";
import type { DocumentSnapshot } from "../../word";
import { snapshotModel } from "../snapshot-model";

export interface ReportChoices {
  /** Used only when the document states no school year. */
  schoolYear?: string;
  /** Empty: the next review point due (2026 plans). */
  points: readonly ReviewPoint[];
  heading: boolean;
  today: Date;
}

/** The plan table to report on: the one holding the cursor, else the document's only plan table. */
export function reportTarget(model: DocumentModel, cursorTable: number | null): number | { error: string } {
  const plans = model.tables.filter((t) => t.kind === "plan");
  const atCursor = plans.find((t) => t.index === cursorTable);
  if (atCursor) return atCursor.index;
  if (plans.length === 1) return plans[0]!.index;
  if (plans.length === 0) {
    return { error: "Văn bản chưa có bảng kế hoạch cải tiến chất lượng nào (mẫu 2018 hoặc mẫu Thông tư 57/2026) để lập báo cáo." };
  }
  return { error: `Văn bản có ${plans.length} bảng kế hoạch: hãy đặt con trỏ vào bảng cần lập báo cáo rồi bấm lại.` };
}

function options(snapshot: DocumentSnapshot, choices: ReportChoices, forNewDocument: boolean) {
  // Lists: numbering definitions do not travel with insertOoxml reliably, so list items become "– " text in Word
  // too. Paragraph styles: Word ignores them in a package without a styles part (docs/word-behaviours.md), and the
  // packages the add-in inserts carry none, so they are dropped rather than left to vanish unpredictably.
  void forNewDocument;
  const source = paragraphSource(snapshot.documentXml, snapshot.tables, { lists: "text", styles: "drop" });
  return {
    source,
    heading: choices.heading,
    points: choices.points,
    today: choices.today,
    ...(choices.schoolYear?.trim() ? { schoolYear: choices.schoolYear.trim() } : {}),
  };
}

function reportErrorText(error: unknown, model: DocumentModel): { error: string } {
  if (error instanceof ReportError) return { error: reportErrorMessage(error, model) };
  throw error;
}

/** The report as a document of its own (desktop Word opens it in a new window). */
export function reportDocumentFor(snapshot: DocumentSnapshot, choices: ReportChoices): { spec: DocumentSpec } | { error: string } {
  const model = snapshotModel(snapshot);
  const table = reportTarget(model, snapshot.cursorTable);
  if (typeof table !== "number") return table;
  try {
    return { spec: reportDocument(model, table, options(snapshot, choices, true)) };
  } catch (error) {
    return reportErrorText(error, model);
  }
}

/**
 * A 2026 plan whose document already has its section VI table: the review point's rows go into that table (never
 * a second section VI table). Null when this does not apply.
 */
function monitoringRows(snapshot: DocumentSnapshot, model: DocumentModel, table: number, choices: ReportChoices): { edits: TableEdits } | { error: string } | null {
  const plan = model.tables.find((t) => t.index === table);
  if (plan?.form !== "plan-2026") return null;
  const monitoring = monitoringTableFor(model, table);
  const grid = monitoring ? snapshot.tables.find((g) => g.index === monitoring.index) : undefined;
  if (!monitoring || !grid) return null;
  let schoolYear: string;
  try {
    schoolYear = reportSchoolYear(model, choices.schoolYear?.trim() || undefined);
  } catch (error) {
    return reportErrorText(error, model);
  }
  const edit = monitoringRowsEdit(plan, monitoring, grid, { points: choices.points, today: choices.today, schoolYear });
  return "error" in edit ? edit : { edits: edit };
}

/**
 * What a report in the open document is: rows into the existing section VI table, or blocks for the report's
 * table (with its index), or the reason it cannot be made. The document is modelled once.
 */
function plannedReport(snapshot: DocumentSnapshot, choices: ReportChoices): { edits: TableEdits } | { table: number; blocks: Block[] } | { error: string } {
  const model = snapshotModel(snapshot);
  const table = reportTarget(model, snapshot.cursorTable);
  if (typeof table !== "number") return table;
  const rows = monitoringRows(snapshot, model, table, choices);
  if (rows) return rows;
  try {
    return { table, blocks: reportBlocks(model, table, options(snapshot, choices, false)) };
  } catch (error) {
    return reportErrorText(error, model);
  }
}

/** The report right after its plan table, drawn for the plan's section; or rows into the existing section VI table. */
export function reportAfterPlan(
  snapshot: DocumentSnapshot,
  choices: ReportChoices,
): { table: number; ooxml: string } | { edits: TableEdits } | { error: string } {
  const report = plannedReport(snapshot, choices);
  if (!("blocks" in report)) return report;
  const { table } = report;
  const layout = readDocumentLayout(snapshot.documentXml);
  const topLevel = snapshot.tables.filter((t) => t.isTopLevel && t.index <= table).length - 1;
  const section = layout.sections[layout.tables[topLevel]?.section ?? layout.sections.length - 1];
  if (!section) return { error: "Không đọc được khổ giấy của văn bản." };
  return { table, ooxml: flatOpcPackage(placeBlocks(report.blocks, REPORT_LAYOUT, section, { afterTable: true }).xml) };
}

/** The report at the cursor; or rows into the existing section VI table. */
export function reportAtCursor(
  snapshot: DocumentSnapshot,
  choices: ReportChoices,
): { blocks: Block[]; layout: typeof REPORT_LAYOUT } | { edits: TableEdits } | { error: string } {
  const report = plannedReport(snapshot, choices);
  return "blocks" in report ? { blocks: report.blocks, layout: REPORT_LAYOUT } : report;
}
