/**
 * A 2018-era plan table → the report table (REPORT_2018): the plan's level rows, standard rows and items in the
 * plan's order, one report row per plan item. Each item row carries the plan's TT and criterion cell, and in
 * "Xây dựng đầu năm" its công việc/giải pháp, with its kết quả cần đạt and thời gian labelled when the plan has
 * them; the adjusted-plan and result columns are left for the principal.
 *
 * Merged criteria: a criterion cell the plan merges vertically over several task rows stays one merged cell over
 * the same task rows in the report (the reader takes each such row as an item of that criterion, so a report row
 * per plan item keeps the plan's reading). TT cells merged the same way stay merged too.
 */
import { REPORT_2018, writtenColumns } from "../forms";
import { standardOf } from "../plan/codes";
import type { CriterionItem, FieldValue, Group, TableModel } from "../plan/types";
import { formTable } from "../tables/from-form";
import { emptyCell, textCell, type CellSpec, type RowSpec, type TableSpec } from "../tables/spec";
import { normalizeText } from "../text/fold";
import { contentCell, fieldContent, itemContext, labelledContent, type CopyContext } from "./cell-content";
import { planGroupHeader } from "./school-year";

const COLUMNS = writtenColumns(REPORT_2018).map((c) => c.key);
const WIDTH = COLUMNS.length;

function reportRow(kind: RowSpec["kind"], cells: Record<string, CellSpec>): RowSpec {
  return { kind, cells: COLUMNS.map((key) => cells[key] ?? emptyCell()) };
}

/** The item's cell for this field starts in a row above the item: a vertical merge coming down from an earlier item. */
function mergedFromAbove(item: CriterionItem, field: FieldValue | undefined): boolean {
  const first = field?.cells[0];
  return first !== undefined && first.row < item.rows[0]!;
}

function levelRow(group: Group): RowSpec {
  return { kind: "level", cells: [textCell(group.text, { bold: true, gridSpan: WIDTH })] };
}

function standardRow(standard: number | undefined, text: string): RowSpec {
  return {
    kind: "standard",
    cells: [textCell(standard !== undefined ? String(standard) : "", { bold: true, align: "center" }), textCell(text, { bold: true, gridSpan: WIDTH - 1 })],
  };
}

/** "Tiêu chuẩn 4" from a separate Tiêu chuẩn column ("4", "Tiêu chuẩn 4: …"), for plans that have no standard rows. */
function standardText(item: CriterionItem): string {
  const text = normalizeText(item.fields.tieuChuan?.text ?? "");
  return standardOf(text) !== null ? text : `Tiêu chuẩn ${item.standard}`;
}

export function reportTable2018(table: TableModel, planContext: CopyContext, year: string): TableSpec {
  type Entry = { row: number; group: Group } | { row: number; item: CriterionItem };
  const entries: Entry[] = [
    ...table.groups.map((group) => ({ row: group.row, group })),
    ...table.items.filter((item): item is CriterionItem => item.type === "criterion").map((item) => ({ row: item.rows[0] ?? 0, item })),
  ].sort((a, b) => a.row - b.row);

  // Plans with a separate Tiêu chuẩn column (the 8-column variant) have no standard rows: the report gets one
  // wherever the standard changes, as the canonical form has.
  const synthesiseStandards = table.columnRanges.tieuChuan !== undefined && !table.groups.some((g) => g.type === "standard");
  let lastStandard: number | undefined;
  const rows: RowSpec[] = [];
  let previous: { tt: CellSpec; tieuChi: CellSpec } | null = null;

  for (const entry of entries) {
    if ("group" in entry) {
      const { group } = entry;
      rows.push(group.type === "level" ? levelRow(group) : standardRow(group.standard, group.text));
      lastStandard = group.standard;
      previous = null;
      continue;
    }
    const { item } = entry;
    const context = itemContext(planContext, `Tiêu chí ${item.criterion}`, item.rows[0]);
    if (synthesiseStandards && item.standard !== undefined && item.standard !== lastStandard) {
      rows.push(standardRow(item.standard, standardText(item)));
      lastStandard = item.standard;
      previous = null;
    }
    const merged = (key: "tt" | "tieuChi"): CellSpec | null => {
      if (!previous || !mergedFromAbove(item, item.fields[key])) return null;
      previous[key].vMerge ??= "restart";
      return { ...emptyCell(), vMerge: "continue" };
    };
    const tt = merged("tt") ?? contentCell(fieldContent(context, item.fields.tt, "TT"), { align: "center" });
    const tieuChi = merged("tieuChi") ?? contentCell(fieldContent(context, item.fields.tieuChi, "Tiêu chuẩn, tiêu chí"));
    const ndDauNam = contentCell(
      labelledContent(
        [
          { label: "Kết quả cần đạt:", content: fieldContent(context, item.fields.ketQuaCanDat, "Kết quả cần đạt") },
          { label: "Công việc/giải pháp:", content: fieldContent(context, item.fields.congViec, "Công việc/giải pháp") },
          { label: "Thời gian:", content: fieldContent(context, item.fields.thoiGian, "Thời gian") },
        ],
        { labelAlone: false },
      ),
    );
    rows.push(reportRow("item", { tt, tieuChi, ndDauNam }));
    previous = { tt, tieuChi };
  }

  const spec: TableSpec = { ...formTable(REPORT_2018, rows), splitRows: true };
  const top = spec.headerRows[0]!;
  const groupHeader = planGroupHeader(year);
  const planGroup = REPORT_2018.headerGroups?.find((g) => g.keys.includes("ndDauNam"))?.header;
  spec.headerRows[0] = top.map((cell) => (cell.text === planGroup ? { ...cell, text: groupHeader } : cell));
  return spec;
}
