export { checkDocument, type CheckOptions } from "./check";
export { isEmptyValue } from "./empty-value";
export { placeholderIn } from "./placeholders";
export { timePoints, timeProblems, type TimePoint, type TimeProblem } from "./time-text";
export { reviewDue } from "./results";
export { allClearText, checkedText, summaryText } from "./summary";
export { itemOfFinding } from "./finding";
export type { CheckResult, CheckSummary, CheckedTable, Finding, Notice, NoticeCode, RuleId, Severity } from "./types";
export { groupFindings, hasCell, type FindingGroup } from "./groups";
