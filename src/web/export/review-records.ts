/** Review records as .docx: one school's, or every school's in one .zip. */
import JSZip from "jszip";
import { reviewRecordDocument, type OfficeLetterhead } from "../../core/review/review-record";
import { documentToDocx } from "../../ooxml/write/docx";
import type { ReviewedPlan } from "../batch/types";
import { fileSlug } from "./download";

export function recordFileName(plan: ReviewedPlan): string {
  return `bien-ban-kiem-tra-${fileSlug(plan.school ?? plan.name.replace(/^.*[›/]\s*/, ""))}.docx`;
}

export function reviewRecordDocx(plan: ReviewedPlan, letterhead: OfficeLetterhead, date: Date): Promise<Uint8Array> {
  return documentToDocx(reviewRecordDocument(plan, letterhead, date));
}

/** Every plan's record in one .zip; two plans of one school get "-2", "-3" … rather than overwriting each other. */
export async function reviewRecordsZip(plans: readonly ReviewedPlan[], letterhead: OfficeLetterhead, date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  const used = new Set<string>();
  for (const plan of plans) {
    let name = recordFileName(plan);
    for (let n = 2; used.has(name); n++) name = recordFileName(plan).replace(/\.docx$/, `-${n}.docx`);
    used.add(name);
    zip.file(name, await reviewRecordDocx(plan, letterhead, date));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
