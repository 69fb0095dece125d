export * from "./catalog";
export type {
  AmendmentStatus,
  Confidence,
  Evidence,
  Indicator,
  Level,
  Level4Item,
  Provenance,
  RepealedItem,
} from "./schema";
export { catalogSchema } from "./schema";
export { parseCriterionCode, parseStandardReference } from "./codes";
export type { ParsedCriterionCode } from "./codes";
export { prepareSearch, searchCriteria } from "./search";
export type { MatchField, SearchHit, SearchOptions } from "./search";
