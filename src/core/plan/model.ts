/**
 * The document model: every table of the document (layout tables included) with its kind, form, columns and items.
 * Pure: it takes the OOXML reader's `TableGrid[]`, so the CLI (.docx files) and the task pane (Word's `getOoxml()`)
 * build the same model.
 */
import type { LegacyEncoding } from "../../ooxml/legacy-encoding";
import type { TableGrid } from "../../ooxml/table-grid";
import { parse2018 } from "./parse-2018";
import { parseIssues2026, parseMonitoring2026, parsePlan2026 } from "./parse-2026";
import { recogniseTable } from "./recognise";
import { inferSchoolInfo, inferSchoolInfoFromParagraphs } from "../school/school-info";
import type { DocumentParagraph } from "../text/document-paragraphs";
import { viewTable } from "./table-view";
import type { CriterionStandardMismatch, DocumentModel, Group, Item, TableModel } from "./types";

export interface ReadOptions {
  /** `tieu-hoc`, `trung-hoc`, `mam-non`, … — kept on the model for the checker (which codes exist). */
  schoolType?: string;
  /**
   * The XML the `tables` were read from, to read the school's name, type and year from the letterhead, title and
   * date line (the tables' offsets point into it).
   */
  documentXml?: string;
  /** Or its paragraphs, when the caller has them rather than the whole XML (what Word sent of the title block). */
  paragraphs?: readonly DocumentParagraph[];
}

export function readTableModel(grid: TableGrid): TableModel {
  const view = viewTable(grid);
  const recognition = recogniseTable(view);
  // Keys in grid order, so listings read left to right like the table.
  const ranges = Object.fromEntries(Object.entries(recognition.columnRanges).sort((a, b) => a[1][0] - b[1][0]));
  const columns: Record<string, number> = {};
  for (const [key, [start]] of Object.entries(ranges)) columns[key] = start;
  const headerCount = recognition.headerRowPositions.length;
  const body = view.rows.slice(headerCount);
  let items: Item[] = [];
  let groups: Group[] = [];
  let unassignedRows: number[] = [];
  let criterionStandardMismatch: CriterionStandardMismatch[] = [];
  switch (recognition.form) {
    case "plan-2018":
    case "report-2018":
      ({ items, groups, unassignedRows, criterionStandardMismatch } = parse2018(body, ranges));
      break;
    case "plan-2026":
      ({ items, groups, unassignedRows } = parsePlan2026(body, ranges, view.gridWidth));
      break;
    case "issues-2026":
      ({ items, groups, unassignedRows } = parseIssues2026(body, ranges, view.gridWidth));
      break;
    case "monitoring-2026":
      ({ items, groups, unassignedRows } = parseMonitoring2026(body, ranges));
      break;
    case undefined:
      break;
  }
  return {
    index: grid.index,
    isTopLevel: grid.isTopLevel,
    depth: grid.depth,
    parentIndex: grid.parentIndex,
    kind: recognition.kind,
    ...(recognition.form ? { form: recognition.form } : {}),
    ...(recognition.otherReason ? { otherReason: recognition.otherReason } : {}),
    columns,
    columnRanges: ranges,
    headerRows: recognition.headerRowPositions.map((p) => view.rows[p]!.index),
    unknownHeaders: recognition.unknownHeaders,
    items,
    groups,
    unassignedRows,
    criterionStandardMismatch,
    legacyEncoding: view.legacyEncoding,
    legacyCells: view.legacyCells.map(({ row, cell }) => ({ row, cell })),
  };
}

export function readDocumentModel(tables: readonly TableGrid[], options: ReadOptions = {}): DocumentModel {
  const models = tables.map(readTableModel);
  const counts = new Map<LegacyEncoding, number>();
  for (const table of models) {
    if (table.legacyEncoding) counts.set(table.legacyEncoding, (counts.get(table.legacyEncoding) ?? 0) + 1);
  }
  let legacyEncoding: LegacyEncoding | null = null;
  for (const [encoding, count] of counts) if (!legacyEncoding || count > (counts.get(legacyEncoding) ?? 0)) legacyEncoding = encoding;
  const criteria = models.flatMap((t) => t.items.flatMap((item) => (item.type === "criterion" ? [item.criterion] : [])));
  const schoolInfo =
    options.documentXml !== undefined
      ? inferSchoolInfo(options.documentXml, { criteria, tables })
      : options.paragraphs !== undefined
        ? inferSchoolInfoFromParagraphs(options.paragraphs, { criteria })
        : undefined;
  const schoolYear = schoolInfo?.schoolYear.value;
  // The caller's school type (the user's choice, `--school`) wins over the one the document suggests.
  const schoolType = options.schoolType ?? schoolInfo?.schoolType.value ?? undefined;
  return {
    tables: models,
    legacyEncoding,
    ...(schoolYear ? { schoolYear } : {}),
    ...(schoolType ? { schoolType } : {}),
    ...(schoolInfo ? { schoolInfo } : {}),
  };
}

/** The id a finding or a listing names an item by: the criterion code (2018), the TT (2026 task), the review point. */
export function itemLabel(item: Item): { criterion?: string; item?: string } {
  switch (item.type) {
    case "criterion":
      return { criterion: item.criterion };
    case "task":
      return { item: item.item };
    case "issue":
      return item.criterion !== undefined ? { criterion: item.criterion } : item.item !== undefined ? { item: item.item } : {};
    case "review":
      return { item: item.point };
  }
}
