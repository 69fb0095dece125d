export type { ColumnDef, FormDef, FormGeneration, FormId, HeaderGroup, TableKind } from "./types";
export { FORMS, ISSUES_2026, MONITORING_2026, PLAN_2018, PLAN_2026, REPORT_2018 } from "./definitions";
export { MAX_HEADER_TEXT, isColumnNumber, matchColumn, normalizeHeader, type ColumnMatch } from "./match-header";
export { formById, requiredColumns, writtenColumns } from "./queries";
