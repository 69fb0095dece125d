export { formName, headerColumnCount } from "./form-name";
export { readDocumentModel, readTableModel, itemLabel, type ReadOptions } from "./model";
export { recogniseTable, type Recognition } from "./recognise";
export { criteriaNamed, leadingCriterion, levelOf, standardOf } from "./codes";
export { viewTable, isBlank, type TableView, type ViewCell, type ViewRow } from "./table-view";
export type {
  CellRef,
  CriterionItem,
  CriterionStandardMismatch,
  DocumentModel,
  FieldValue,
  Group,
  IssueItem,
  Item,
  ModelKind,
  OtherReason,
  ReviewItem,
  TableModel,
  TaskItem,
} from "./types";
