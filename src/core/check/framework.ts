/**
 * Which criterion codes a table's items may name.
 *
 * - 2026 form tables (plan, issues, monitoring): Thông tư 57/2026; Phụ lục I (mầm non), II (tiểu học, trung học),
 *   III (GDTX). The three appendices have the same 15 codes under the same standards, so an unknown school type
 *   still gets an exact answer (Phụ lục II is used).
 * - 2018-era tables: framework "2018" unless the caller says "2018-2024" (the amendment keeps the codes). When the
 *   school type is unknown the codes of every school type count (trung học's set, the widest: 5.6 exists only
 *   there, 2.4 and 5.5 not in mầm non). A mầm non plan naming 2.4 then goes unreported: a missed warning is
 *   better than a false one, and `schoolType` (CLI `--school`) makes the check exact.
 */
import { frameworkInfo, getCatalog, isSchoolType, listCatalogs, type Catalog, type Framework } from "../catalog";
import { formById } from "../forms";
import type { TableModel } from "../plan";

export interface CodeSet {
  /** Criterion code → its standard number. */
  readonly standards: ReadonlyMap<string, number>;
  /** Mandatory criterion codes (2026). */
  readonly mandatory: ReadonlySet<string>;
  /** Criterion code → name, to see whether a task's text names a criterion. */
  readonly names: ReadonlyMap<string, string>;
  /** "Thông tư 57/2026 (Phụ lục II)", for messages. */
  readonly source: string;
  readonly sourceEn: string;
  readonly framework: Framework;
}

function codeSetOf(catalogs: readonly Catalog[], framework: Framework, source: string, sourceEn: string): CodeSet {
  const standards = new Map<string, number>();
  const mandatory = new Set<string>();
  const names = new Map<string, string>();
  for (const catalog of catalogs) {
    for (const standard of catalog.standards) {
      for (const criterion of standard.criteria) {
        standards.set(criterion.code, standard.number);
        names.set(criterion.code, criterion.name);
        if (criterion.mandatory) mandatory.add(criterion.code);
      }
    }
  }
  return { standards, mandatory, names, source, sourceEn, framework };
}

const cache = new Map<string, CodeSet>();

export function codeSetFor(table: TableModel, options: { schoolType?: string; framework?: string }): CodeSet {
  const is2026 = table.form !== undefined && formById(table.form).generation === "2026";
  const framework: Framework = is2026 ? "2026" : options.framework === "2018-2024" ? "2018-2024" : "2018";
  // An unknown school type counts as none: the widest code set applies (see above).
  const schoolType = isSchoolType(options.schoolType) ? options.schoolType : undefined;
  const key = `${framework}/${schoolType ?? "?"}`;
  let set = cache.get(key);
  if (set) return set;
  if (framework === "2026") {
    const catalog = getCatalog("2026", schoolType ?? "trung-hoc");
    const circular = `${catalog.circular}${catalog.appendix ? ` (Phụ lục ${catalog.appendix})` : ""}`;
    set = codeSetOf([catalog], framework, `Thông tư ${circular}`, `Circular ${circular}`);
  } else if (schoolType && frameworkInfo[framework].schoolTypes.includes(schoolType)) {
    const circular = frameworkInfo[framework].circulars[schoolType] ?? "";
    set = codeSetOf([getCatalog(framework, schoolType)], framework, `Thông tư ${circular}`, `Circular ${circular}`);
  } else {
    const catalogs = listCatalogs().filter((c) => c.framework === framework);
    set = codeSetOf(catalogs, framework, "các thông tư năm 2018 (17, 18, 19/2018)", "the 2018 circulars (17, 18, 19/2018)");
  }
  cache.set(key, set);
  return set;
}
