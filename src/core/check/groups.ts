/** Findings as hosts show them: grouped by the item they concern, in document order. */
import type { Finding } from "./types";

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
export function hasCell(finding: Pick<Finding, "table" | "row" | "cell">): boolean {
  return Number.isInteger(finding.table) && Number.isInteger(finding.row) && Number.isInteger(finding.cell);
}
