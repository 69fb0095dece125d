/**
 * Which school a plan is from, as the document understanding in src/core reads it (letterhead, title, circular,
 * criterion codes): the name only when the document states one clearly, the type as the model settled it.
 */
import type { ReadDocument } from "../../ooxml/read-document";

export interface DocumentIdentity {
  school: string | null;
  schoolType: string | null;
}

export function documentIdentity(read: ReadDocument): DocumentIdentity {
  return { school: read.model.schoolInfo?.schoolName.value ?? null, schoolType: read.model.schoolType ?? null };
}
