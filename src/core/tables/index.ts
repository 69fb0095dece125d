export * from "./spec";
export { formTable } from "./from-form";
export {
  generationOf,
  issuesTable2026,
  levelLabel,
  monitoringTable2026,
  newPlan2018Document,
  newPlan2026Document,
  newPlanBlocks,
  newPlanDocument,
  planTable2018,
  planTable2026,
  resolveChoices,
  resolveCriteria,
  standardHeading,
  targetLevels,
  taskContent,
} from "./new-plan";
export type { NewPlanChoices, PlanGeneration } from "./new-plan";
export {
  findTargetPlanTable,
  planCriterionRows,
  planCriterionRowsInDocument,
} from "./insert-rows";
export type { CriterionRowChoices, PlanResult, RowInsertion, TableEdit, TableEdits } from "./insert-rows";
