/**
 * One file of a district batch: bytes in, a row out. Never throws: a file that cannot be read becomes an
 * "unreadable" row with the precise Vietnamese reason, and the rest of the batch goes on (per-file isolation).
 * Pure apart from the reading, so it runs in the page's worker and in unit tests alike.
 */
import { checkDocument, type CheckOptions } from "../../core/check";
import { DocxError } from "../../ooxml";
import { readDocxDocument, type ReadDocument } from "../../ooxml/read-document";
import { documentIdentity } from "./identity";
import type { PlanFormLabel, ReviewOutcome, ReviewedPlan } from "./types";

export const INTERNAL_ERROR_REASON = "Không đọc được tài liệu này do lỗi của chương trình. Hãy gửi tệp cho người hỗ trợ.";

export async function reviewFile(name: string, bytes: Uint8Array | ArrayBuffer, options: CheckOptions = {}): Promise<ReviewOutcome> {
  let read: ReadDocument;
  try {
    read = await readDocxDocument(bytes);
  } catch (error) {
    if (error instanceof DocxError) return { status: "unreadable", name, code: error.code, reason: error.messageVi };
    return { status: "unreadable", name, code: "internal", reason: INTERNAL_ERROR_REASON };
  }
  try {
    return reviewDocument(name, read, options);
  } catch {
    return { status: "unreadable", name, code: "internal", reason: INTERNAL_ERROR_REASON };
  }
}

export function reviewDocument(name: string, read: ReadDocument, options: CheckOptions = {}): ReviewedPlan {
  const identity = documentIdentity(read);
  const schoolType = options.schoolType ?? identity.schoolType ?? undefined;
  const result = checkDocument(read.model, { ...options, ...(schoolType ? { schoolType } : {}) });
  return {
    status: "read",
    name,
    school: identity.school,
    schoolType: schoolType ?? null,
    form: planForm(read),
    schoolYear: read.model.schoolYear ?? null,
    ...result.summary,
    complete: result.complete,
    // Plain copies: findings cross the worker boundary by structured clone.
    findings: result.findings.map((f) => ({ ...f })),
    notices: result.notices.map((n) => ({ ...n })),
  };
}

/** The form of the document's plan: 2026 when it has a plan on the 2026 form, else 2018 for a 2018-era plan or report. */
function planForm(read: ReadDocument): PlanFormLabel | null {
  const forms = read.model.tables.map((t) => t.form);
  // A monitoring table alone is a 2026 report on its own (what a review point's report holds).
  if (forms.includes("plan-2026") || forms.includes("monitoring-2026")) return "2026";
  if (forms.includes("plan-2018") || forms.includes("report-2018")) return "2018";
  return null;
}
