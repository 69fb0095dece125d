/**
 * Items of a 2018-era plan or report table. Rows are, in order of precedence:
 * - an item: its criterion cell starts with a code ("Tiêu chí 1.4", "1.5", "Tiêu chí" / "3.1"), or it is a task row
 *   under a criterion cell vertically merged from an item above;
 * - a level row ("MỨC 2", "MỨC 1, 2, 3") or a standard row ("1 | Tiêu chuẩn 1: …"), merged across or not: groups;
 * - a continuation row (empty TT, no code, not a group — split off by a PDF round trip): part of the item above;
 * - a row numbered in the TT column with an empty criterion cell: another task of the criterion above;
 * - an entirely empty row: nothing.
 */
import { normalizeText } from "../text/fold";
import { bareCode, leadingCriterion, levelOf, standardInColumn, standardOf } from "./codes";
import { cellAt, collectFields, soleText, type ColumnRanges } from "./fields";
import type { ViewRow } from "./table-view";
import type { CriterionItem, CriterionStandardMismatch, Group } from "./types";

export interface Parsed2018 {
  items: CriterionItem[];
  groups: Group[];
  unassignedRows: number[];
  criterionStandardMismatch: CriterionStandardMismatch[];
}

interface Draft {
  criterion: string;
  standard?: number;
  level?: string;
  rows: ViewRow[];
}

export function parse2018(body: readonly ViewRow[], ranges: ColumnRanges): Parsed2018 {
  const out: Parsed2018 = { items: [], groups: [], unassignedRows: [], criterionStandardMismatch: [] };
  const drafts: Draft[] = [];
  let level: string | undefined;
  let standard: number | undefined;
  let current: Draft | undefined;
  const criterionKey = ranges.tieuChi ? "tieuChi" : "tieuChuan";
  const separateStandard = ranges.tieuChi !== undefined && ranges.tieuChuan !== undefined;

  const open = (criterion: string, row: ViewRow, ownStandard: number | undefined): void => {
    const under = ownStandard ?? standard;
    current = { criterion, rows: [row], ...(under !== undefined ? { standard: under } : {}), ...(level !== undefined ? { level } : {}) };
    drafts.push(current);
    if (under !== undefined && Number(criterion.split(".")[0]) !== under) {
      out.criterionStandardMismatch.push({ criterion, standard: under, row: row.index });
    }
  };

  for (const row of body) {
    if (row.empty) continue;
    const criterionCell = cellAt(row, ranges, criterionKey);
    const ttCell = cellAt(row, ranges, "tt");
    const ownCriterion = criterionCell && criterionCell.origin === criterionCell ? criterionCell.text : "";
    const tt = ttCell && ttCell !== criterionCell && ttCell.origin === ttCell ? normalizeText(ttCell.text) : "";
    const standardCell = separateStandard ? cellAt(row, ranges, "tieuChuan") : undefined;
    const ownStandard = standardCell ? (standardInColumn(standardCell.origin.text) ?? undefined) : undefined;

    const code = leadingCriterion(ownCriterion) ?? (ownCriterion.trim() === "" ? bareCode(tt) : null);
    if (code) {
      open(code, row, ownStandard);
      continue;
    }
    // A task row under a criterion cell merged down from an item: the same criterion, a task of its own.
    if (criterionCell && criterionCell.origin !== criterionCell) {
      const merged = leadingCriterion(criterionCell.origin.text);
      if (merged) {
        open(merged, row, ownStandard);
        continue;
      }
    }
    const sole = soleText(row);
    const levelText = sole ? levelOf(sole.text) : null;
    if (sole && levelText) {
      out.groups.push({ type: "level", row: row.index, text: normalizeText(sole.text), level: levelText });
      level = levelText;
      standard = undefined;
      current = undefined;
      continue;
    }
    const standardNumber = standardRowNumber(row, ranges, criterionKey);
    if (standardNumber !== null) {
      out.groups.push({ type: "standard", row: row.index, text: standardNumber.text, standard: standardNumber.standard });
      standard = standardNumber.standard;
      current = undefined;
      continue;
    }
    if (!current) {
      out.unassignedRows.push(row.index);
      continue;
    }
    if (tt !== "" && ownCriterion.trim() === "") {
      open(current.criterion, row, ownStandard ?? current.standard);
      continue;
    }
    current.rows.push(row);
  }

  out.items = drafts.map((d) => ({
    type: "criterion",
    criterion: d.criterion,
    ...(d.standard !== undefined ? { standard: d.standard } : {}),
    ...(d.level !== undefined ? { level: d.level } : {}),
    rows: d.rows.map((r) => r.index),
    fields: collectFields(d.rows, ranges),
  }));
  return out;
}

/** A standard row: "Tiêu chuẩn N" in its TT, Tiêu chuẩn or criterion cell, and no criterion code. */
function standardRowNumber(row: ViewRow, ranges: ColumnRanges, criterionKey: string): { standard: number; text: string } | null {
  for (const key of ["tieuChuan", criterionKey, "tt"]) {
    const cell = cellAt(row, ranges, key);
    if (!cell || !cell.filled || cell.origin !== cell) continue;
    const standard = standardOf(cell.text);
    if (standard !== null) return { standard, text: normalizeText(cell.text) };
  }
  return null;
}
