/**
 * Where a check's findings are in a parsed document: each finding's `w:tc`, found the way the table reader counts
 * (every `w:tbl` in document order, nested ones after their parent; rows and cells as physical `w:tr` / `w:tc`).
 */
import type { Finding } from "../../core/check";
import { childElements, type XmlDocument, type XmlElement } from "../../preview/xml-nodes";

export function findingCells(xml: XmlDocument, findings: readonly Finding[]): Map<XmlElement, Finding[]> {
  const tables = xml.getElementsByTagName("w:tbl");
  const cells = new Map<XmlElement, Finding[]>();
  for (const finding of findings) {
    const table = tables.item(finding.table);
    if (!table) continue;
    const row = childElements(table).filter((el) => el.nodeName === "w:tr")[finding.row];
    const tc = row ? childElements(row).filter((el) => el.nodeName === "w:tc")[finding.cell] : undefined;
    if (!tc) continue;
    cells.set(tc, [...(cells.get(tc) ?? []), finding]);
  }
  return cells;
}
