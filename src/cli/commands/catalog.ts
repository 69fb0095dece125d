import {
  DEFAULT_FRAMEWORK,
  FRAMEWORKS,
  SCHOOL_TYPES,
  frameworkInfo,
  getCatalog,
  isFramework,
  isSchoolType,
  listCriteria,
  schoolTypeInfo,
  searchCriteria,
  type Framework,
  type SchoolType,
  type Criterion,
  type SearchHit,
} from "../../core/catalog";
import { parseCommandArgs, usageError } from "../arguments";
import { EXIT, type CliIo } from "../io";

export const catalogUsage = `Usage: caitien catalog [--school ${SCHOOL_TYPES.join("|")}] [--framework ${FRAMEWORKS.join("|")}] [--search TEXT] [--json]

Lists the criteria of a framework (default ${DEFAULT_FRAMEWORK}, the one in force) for one school type, or every
school type the framework has; with --search, the matching criteria in rank order (codes, then names, then level texts;
diacritics and case do not matter: "co so vat chat" finds "cơ sở vật chất").
`;

export async function runCatalog(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, "catalog", catalogUsage, {
    args,
    options: {
      school: { type: "string" },
      framework: { type: "string", default: DEFAULT_FRAMEWORK },
      search: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const framework = values.framework;
  if (!isFramework(framework)) return usageError(io, "catalog", `unknown framework "${framework}"; use one of ${FRAMEWORKS.join(", ")}.`);
  if (values.school !== undefined && !isSchoolType(values.school)) {
    return usageError(io, "catalog", `unknown school type "${values.school}"; use one of ${SCHOOL_TYPES.join(", ")}.`);
  }
  const schoolTypes: SchoolType[] = values.school ? [values.school as SchoolType] : frameworkInfo[framework].schoolTypes;
  if (!frameworkInfo[framework].schoolTypes.includes(schoolTypes[0]!)) {
    return usageError(io, "catalog", `framework ${framework} has no catalog for ${values.school}; it has ${frameworkInfo[framework].schoolTypes.join(", ")}.`);
  }

  const rows = schoolTypes.flatMap((schoolType) => criteriaRows(framework, schoolType, values.search));
  if (values.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const schoolType of schoolTypes) {
    const catalog = getCatalog(framework, schoolType);
    const own = rows.filter((row) => row.schoolType === schoolType);
    io.stdout.write(`${schoolTypeInfo[schoolType].label} — ${catalog.circular}${catalog.appendix ? `, Phụ lục ${catalog.appendix}` : ""}\n`);
    if (own.length === 0) io.stdout.write("  (no match)\n");
    for (const row of own) {
      const mark = row.mandatory ? " *" : "";
      const where = row.matchedIn && row.matchedIn !== "code" && row.matchedIn !== "name" ? `  [${row.matchedIn}${row.level ? ` ${row.level}` : ""}]` : "";
      io.stdout.write(`  ${row.code.padEnd(5)} ${row.name}${mark}${where}\n`);
    }
  }
  if (rows.some((row) => row.mandatory)) io.stdout.write("* mandatory criterion (tiêu chí bắt buộc)\n");
  return EXIT.ok;
}

interface CriterionRow {
  framework: Framework;
  schoolType: SchoolType;
  circular: string;
  standard: number;
  code: string;
  name: string;
  mandatory: boolean;
  confidence: string;
  matchedIn?: string;
  level?: number;
}

function criteriaRows(framework: Framework, schoolType: SchoolType, query: string | undefined): CriterionRow[] {
  const catalog = getCatalog(framework, schoolType);
  const base = { framework, schoolType, circular: catalog.circular };
  // A listing is a search that matched everything, with nothing to say about where.
  const hits: readonly { criterion: Criterion; matchedIn?: SearchHit["matchedIn"]; level?: number }[] =
    query === undefined ? listCriteria(catalog).map((criterion) => ({ criterion })) : searchCriteria(catalog, query);
  return hits.map(({ criterion, matchedIn, level }) => ({
    ...base,
    standard: criterion.standard,
    code: criterion.code,
    name: criterion.name,
    mandatory: criterion.mandatory ?? false,
    confidence: criterion.provenance.confidence,
    ...(matchedIn !== undefined ? { matchedIn } : {}),
    ...(level ? { level } : {}),
  }));
}
