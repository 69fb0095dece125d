import { readDocumentModel, type DocumentModel } from "../core/plan";
import type { DocumentSnapshot } from "../word";

/** The document model of a snapshot: the tables Word's OOXML was read into once, and the school year around them. */
export function snapshotModel(snapshot: DocumentSnapshot, schoolType?: string): DocumentModel {
  return readDocumentModel(snapshot.tables, { paragraphs: snapshot.paragraphs, ...(schoolType !== undefined ? { schoolType } : {}) });
}
