/**
 * Which school a plan is from. The school's name and type come from the document understanding in src/core once
 * it reads letterheads; until then only what the model already knows is shown, and the page says "chưa rõ".
 */
import type { ReadDocument } from "../../ooxml/read-document";

export interface DocumentIdentity {
  school: string | null;
  schoolType: string | null;
}

export function documentIdentity(read: ReadDocument): DocumentIdentity {
  return { school: null, schoolType: read.model.schoolType ?? null };
}
