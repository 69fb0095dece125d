/**
 * `required-empty`: a plan item whose required field (from the form definition, plus the columns the user asked
 * for) is empty. Only plan tables have required fields; reports and monitoring tables have rules of their own.
 */
import { formById, requiredColumns } from "../forms";
import type { TableModel } from "../plan";
import { isEmptyValue } from "./empty-value";
import { finding } from "./finding";
import { fieldLabel, subject } from "./labels";
import type { Finding } from "./types";

export function requiredFieldFindings(table: TableModel, alsoRequired: readonly string[] = []): Finding[] {
  if (table.kind !== "plan" || !table.form) return [];
  const form = formById(table.form);
  // A column the table does not have cannot be filled in; the check reports what is in the table.
  const columns = requiredColumns(form, alsoRequired).filter((c) => c.key in table.columns);
  const out: Finding[] = [];
  for (const item of table.items) {
    for (const column of columns) {
      if (!isEmptyValue(item.fields[column.key]?.text ?? "")) continue;
      out.push(
        finding(
          table.index,
          item,
          column.key,
          "required-empty",
          "error",
          `${subject(item, "vi")}: chưa ghi ${fieldLabel(form, column.key, "vi")}`,
          `${subject(item, "en")}: no ${fieldLabel(form, column.key, "en")} given`,
        ),
      );
    }
  }
  return out;
}
