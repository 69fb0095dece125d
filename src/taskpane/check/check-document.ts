import { checkDocument, type CheckResult, type Finding } from "../../core/check";
import { readDocumentModel } from "../../core/plan";
import type { DocumentSnapshot } from "../../word";

/** The check the pane runs on a snapshot of the document: same model and rules as `caitien check`. */
export function checkSnapshot(
  snapshot: DocumentSnapshot,
  options: { schoolType: string; alsoRequired: readonly string[]; today: Date },
): CheckResult {
  const model = readDocumentModel(snapshot.tables, { documentXml: snapshot.documentXml, schoolType: options.schoolType });
  return checkDocument(model, options);
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
    const id = finding.criterion !== undefined ? `Tiêu chí ${finding.criterion}` : finding.item !== undefined ? itemLabel(finding.item) : "Toàn văn bản";
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

function itemLabel(item: string): string {
  return /^\d+$/.test(item) ? `Nhiệm vụ ${item}` : item;
}

/** A finding that points at a cell the user can be taken to (document-level notices point at none). */
export function hasCell(finding: Finding): boolean {
  return Number.isInteger(finding.table) && Number.isInteger(finding.row) && Number.isInteger(finding.cell);
}
