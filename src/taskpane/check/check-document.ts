import { checkDocument, type CheckResult, type Finding } from "../../core/check";
import type { DocumentSnapshot } from "../../word";
import { snapshotModel } from "../snapshot-model";

/** The check the pane runs on a snapshot of the document: same model and rules as `caitien check`. */
export function checkSnapshot(
  snapshot: DocumentSnapshot,
  options: { schoolType: string; alsoRequired: readonly string[]; today: Date },
): CheckResult {
  return checkDocument(snapshotModel(snapshot, options.schoolType), options);
}

export interface FindingGroup {
  key: string;
  label: string;
  findings: Finding[];
}

/** Findings grouped by the item they concern ("Tiêu chí 2.2", "Nhiệm vụ 3"), in document order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const id = finding.criterion !== undefined ? `Tiêu chí ${finding.criterion}` : finding.item !== undefined ? groupLabelOfItem(finding.item) : "Toàn văn bản";
    const key = `${finding.table ?? "-"}|${id}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, label: id, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(finding);
  }
  return [...groups.values()];
}

/** A 2026 task is named by its TT ("3"); a review point ("Cuối học kỳ I") names itself. */
function groupLabelOfItem(item: string): string {
  return /^\d+$/.test(item) ? `Nhiệm vụ ${item}` : item;
}

/** A finding that points at a cell the user can be taken to (document-level notices point at none). */
export function hasCell(finding: Finding): boolean {
  return Number.isInteger(finding.table) && Number.isInteger(finding.row) && Number.isInteger(finding.cell);
}
