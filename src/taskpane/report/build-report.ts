import type { DocumentModel } from "../../core/plan/types";
import { ReportError, reportBlocks, reportDocument, type ReviewPoint } from "../../core/report";
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
  // too; paragraph styles exist in the plan's own document and are kept there.
  const source = paragraphSource(snapshot.documentXml, snapshot.tables, { lists: "text", styles: forNewDocument ? "drop" : "keep" });
  return {
    source,
    heading: choices.heading,
    points: choices.points,
    today: choices.today,
    ...(choices.schoolYear?.trim() ? { schoolYear: choices.schoolYear.trim() } : {}),
  };
}

function reportErrorText(error: unknown): { error: string } {
  if (error instanceof ReportError) return { error: error.messageVi };
  throw error;
}

/** The report as blocks for Word (after the plan or at the cursor), or the reason it cannot be made. */
export function reportBlocksFor(snapshot: DocumentSnapshot, choices: ReportChoices): { table: number; blocks: Block[] } | { error: string } {
  const model = snapshotModel(snapshot);
  const table = reportTarget(model, snapshot.cursorTable);
  if (typeof table !== "number") return table;
  try {
    return { table, blocks: reportBlocks(model, table, options(snapshot, choices, false)) };
  } catch (error) {
    return reportErrorText(error);
  }
}

/** The report as a document of its own (desktop Word opens it in a new window). */
export function reportDocumentFor(snapshot: DocumentSnapshot, choices: ReportChoices): { spec: DocumentSpec } | { error: string } {
  const model = snapshotModel(snapshot);
  const table = reportTarget(model, snapshot.cursorTable);
  if (typeof table !== "number") return table;
  try {
    return { spec: reportDocument(model, table, options(snapshot, choices, true)) };
  } catch (error) {
    return reportErrorText(error);
  }
}
