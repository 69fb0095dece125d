import { frameworkInfo, type Framework, type SchoolType } from "../../core/catalog";
import { formName } from "../../core/plan/form-name";
import type { DocumentModel } from "../../core/plan/types";

export interface FrameworkProposal {
  framework?: Framework;
  /** The school type the document names, when it differs from the choice. */
  schoolType?: SchoolType;
  /** Shown to the user: why this framework fits the open document. */
  reason: string;
}

/** 22/2024 took effect on 25/01/2025: plans of school years from 2025–2026 on use the amended 2018 criteria. */
const FIRST_AMENDED_SCHOOL_YEAR = 2025;

/**
 * The framework the open document's plan table was written for, when it differs from the current choice: a 2026-form
 * plan uses 57/2026; a 9-column plan the 2018 circulars (as amended, when its school year is 2025–2026 or later).
 */
export function proposeFramework(model: DocumentModel, current: Framework): FrameworkProposal | null {
  const plan = model.tables.find((t) => t.kind === "plan" && (t.form === "plan-2026" || t.form === "plan-2018"));
  if (!plan) return null;
  let framework: Framework;
  if (plan.form === "plan-2026") {
    framework = "2026";
  } else {
    const firstYear = Number(model.schoolYear?.slice(0, 4));
    framework = Number.isFinite(firstYear) && firstYear >= FIRST_AMENDED_SCHOOL_YEAR ? "2018-2024" : "2018";
    if (current === "2018" || current === "2018-2024") {
      // Either 2018 framework reads a 9-column plan; only a known school year says which one it was written under.
      if (!model.schoolYear || framework === current) return null;
    }
  }
  if (framework === current) return null;
  const year = model.schoolYear ? `, năm học ${model.schoolYear.replace("-", " – ")}` : "";
  return { framework, reason: `Văn bản này có ${formName(plan)}${year}: nên dùng khung “${frameworkInfo[framework].label}”.` };
}
