export {
  HEADER_ROWS,
  inferSchoolInfo,
  inferSchoolInfoFromParagraphs,
  type Evidence,
  type Inference,
  type InferenceStatus,
  type SchoolInfo,
  type SchoolInfoOptions,
  type SchoolNameSource,
  type SchoolTypeSource,
  type SchoolYearSource,
} from "./school-info";
export { schoolYearProblem, type ExplainLang } from "./explain";
