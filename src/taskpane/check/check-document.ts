import { checkDocument, type CheckResult } from "../../core/check";
import type { DocumentSnapshot } from "../../word";
import { snapshotModel } from "../snapshot-model";

export { groupFindings, hasCell, type FindingGroup } from "../../core/check/groups";

/** The check the pane runs on a snapshot of the document: same model and rules as `caitien check`. */
export function checkSnapshot(
  snapshot: DocumentSnapshot,
  options: { schoolType: string; alsoRequired: readonly string[]; today: Date },
): CheckResult {
  return checkDocument(snapshotModel(snapshot, options.schoolType), options);
}
