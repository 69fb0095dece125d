/**
 * A plan's progress report as a new .docx (the CLI's `caitien report`, the web page's "Lập báo cáo"): the plan's
 * letterhead facts and its own paragraphs copied into the report, the plan itself never modified. Throws a ReportError (Vietnamese
 * and English messages) when no report can be made from the table.
 */
import { planLetterhead, reportDocument, type ReportOptions } from "../core/report";
import { COPY_FOR_NEW_DOCUMENT, paragraphSource } from "./copy-paragraphs";
import type { ReadDocument } from "./read-document";
import { documentToDocx } from "./write/docx";

export function reportDocx(read: ReadDocument, tableIndex: number, options: Omit<ReportOptions, "source" | "letterhead"> = {}): Promise<Uint8Array> {
  // The table offsets the copies are cut from must come from this very string: the tables the model was read from.
  const source = paragraphSource(read.documentXml, read.tables, COPY_FOR_NEW_DOCUMENT);
  return documentToDocx(reportDocument(read.model, tableIndex, { ...options, source, letterhead: planLetterhead(read.documentXml) }));
}
