import { FORMS } from "./definitions";
import type { ColumnDef, FormDef, FormId } from "./types";

export function formById(id: FormId): FormDef {
  const form = FORMS.find((f) => f.id === id);
  if (!form) throw new Error(`Unknown form ${id}`);
  return form;
}

/** The columns the writer draws, in order. */
export function writtenColumns(form: FormDef): ColumnDef[] {
  return form.columns.filter((c) => c.written);
}

/** Required fields for the check: the form's own, plus those the user asked for among the requirable ones. */
export function requiredColumns(form: FormDef, alsoRequired: readonly string[] = []): ColumnDef[] {
  return form.columns.filter((c) => c.required || (c.requirable && alsoRequired.includes(c.key)));
}
