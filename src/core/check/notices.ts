/** Notices about the document as a whole: nothing to check, a required column missing, legacy-encoded text. */
import { PLAN_2018, PLAN_2026, formById, requiredColumns, writtenColumns } from "../forms";
import type { DocumentModel, TableModel } from "../plan";
import { fieldLabel } from "./labels";
import type { Notice } from "./types";

function headers(form: typeof PLAN_2018): string {
  return writtenColumns(form)
    .map((c) => c.header)
    .join(" | ");
}

export function documentNotices(model: DocumentModel, alsoRequired: readonly string[] = []): Notice[] {
  const notices: Notice[] = [];
  if (model.tables.length === 0) {
    notices.push({
      code: "no-table",
      severity: "error",
      message: "Văn bản không có bảng nào. Kế hoạch cải tiến chất lượng cần có bảng kế hoạch (TT, tiêu chí, người phụ trách, thời gian, kinh phí…).",
      messageEn: "The document has no table. An improvement plan needs a plan table (number, criterion, person in charge, time, budget…).",
    });
  } else if (!model.tables.some((t) => t.kind === "plan" || t.kind === "report" || t.form === "monitoring-2026")) {
    // A report table or a monitoring table alone (what `caitien report` writes) is checked for its results.
    notices.push({
      code: "no-plan",
      severity: "error",
      message:
        `Văn bản có ${model.tables.length} bảng nhưng không bảng nào là bảng kế hoạch. Hàng tiêu đề cần có các cột: ` +
        `${headers(PLAN_2026)} (mẫu Thông tư 57/2026), hoặc ${headers(PLAN_2018)} (mẫu các thông tư năm 2018).`,
      messageEn:
        `The document has ${model.tables.length} table(s) but none is a plan table. Expected header columns: ` +
        `${headers(PLAN_2026)} (2026 form), or ${headers(PLAN_2018)} (2018-era form).`,
    });
  }
  for (const table of model.tables) notices.push(...missingColumnNotices(table, alsoRequired));
  if (model.legacyEncoding) {
    const flagged = model.tables.filter((t) => t.legacyEncoding);
    const tables = flagged.map((t) => t.index);
    const cells = flagged.reduce((n, t) => n + t.legacyCells.length, 0);
    const where = flagged.map((t) => `bảng ${t.index}`).join(", ");
    const whereEn = flagged.map((t) => `table ${t.index}`).join(", ");
    notices.push({
      code: "legacy-encoding",
      severity: "error",
      message:
        `${cells} ô (${where}) dùng bảng mã cũ ${model.legacyEncoding}: chữ hiển thị có thể khác với chữ đọc được, nên chưa thể coi là đầy đủ. ` +
        "Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi kiểm tra lại.",
      messageEn: `${cells} cell(s) (${whereEn}) use the legacy ${model.legacyEncoding} encoding, so the document cannot be called complete; convert it to Unicode and check again.`,
      tables,
    });
  }
  return notices;
}

/** A plan table without a required column: the district office would send it back just as for an empty cell. */
function missingColumnNotices(table: TableModel, alsoRequired: readonly string[]): Notice[] {
  if (table.kind !== "plan" || !table.form) return [];
  const form = formById(table.form);
  return requiredColumns(form, alsoRequired)
    .filter((c) => !(c.key in table.columns))
    .map((c) => ({
      code: "missing-column" as const,
      severity: "error" as const,
      message: `Bảng ${table.index} không có cột “${c.header}” (${fieldLabel(form, c.key, "vi")}).`,
      messageEn: `Table ${table.index} has no “${c.header}” column (${fieldLabel(form, c.key, "en")}).`,
      tables: [table.index],
    }));
}
