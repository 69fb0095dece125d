import { searchCriteria, type Catalog, type Criterion, type SearchHit } from "../../core/catalog";

/** One row of the criteria list: a criterion, under the group it is shown in. */
export interface CriterionOption {
  id: string;
  criterion: Criterion;
  /** Level-text hits show where the query was found. */
  snippet?: string;
}

export interface CriterionGroup {
  id: string;
  label: string;
  options: CriterionOption[];
}

const SEARCH_LIMIT = 30;

/**
 * With no query: every criterion under its standard (the tree of the circular). With a query: the hits in rank
 * order, as one group. Option ids are stable per criterion so the active option survives re-renders.
 */
export function criterionGroups(catalog: Catalog, query: string): CriterionGroup[] {
  if (query.trim() === "") {
    return catalog.standards.map((standard) => ({
      id: `std-${standard.code}`,
      label: `Tiêu chuẩn ${standard.code}: ${standard.name}`,
      options: standard.criteria.map((criterion) => ({ id: optionId(criterion), criterion })),
    }));
  }
  const hits = searchCriteria(catalog, query, { limit: SEARCH_LIMIT });
  return [{ id: "results", label: `Kết quả (${hits.length})`, options: hits.map(hitOption) }];
}

function hitOption(hit: SearchHit): CriterionOption {
  const where = hit.matchedIn === "level" && hit.level ? `Mức ${hit.level}${hit.label ? `, ${hit.label})` : ""}: ` : "";
  return { id: optionId(hit.criterion), criterion: hit.criterion, snippet: hit.snippet ? `${where}${hit.snippet}` : undefined };
}

function optionId(criterion: Criterion): string {
  return `criterion-${criterion.code.replace(".", "-")}`;
}
