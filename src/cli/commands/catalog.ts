import { parseArgs } from "node:util";
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
} from "../../core/catalog";
import { EXIT, type CliIo } from "../io";

export const catalogUsage = `Usage: caitien catalog [--school ${SCHOOL_TYPES.join("|")}] [--framework ${FRAMEWORKS.join("|")}] [--search TEXT] [--json]

Lists the criteria of a framework (default ${DEFAULT_FRAMEWORK}, the one in force) for one school type, or every
school type the framework has; with --search, the matching criteria in rank order (codes, then names, then level texts;
diacritics and case do not matter: "co so vat chat" finds "cơ sở vật chất").
`;

export async function runCatalog(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
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
    }));
  } catch (error) {
    io.stderr.write(`caitien catalog: ${(error as Error).message}\n\n${catalogUsage}`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(catalogUsage);
    return EXIT.ok;
  }
  const framework = values.framework;
  if (!isFramework(framework)) {
    io.stderr.write(`caitien catalog: unknown framework "${framework}"; use one of ${FRAMEWORKS.join(", ")}.\n`);
    return EXIT.usage;
  }
  if (values.school !== undefined && !isSchoolType(values.school)) {
    io.stderr.write(`caitien catalog: unknown school type "${values.school}"; use one of ${SCHOOL_TYPES.join(", ")}.\n`);
    return EXIT.usage;
  }
  const schoolTypes: SchoolType[] = values.school ? [values.school as SchoolType] : frameworkInfo[framework].schoolTypes;
  if (!frameworkInfo[framework].schoolTypes.includes(schoolTypes[0]!)) {
    io.stderr.write(
      `caitien catalog: framework ${framework} has no catalog for ${values.school}; it has ${frameworkInfo[framework].schoolTypes.join(", ")}.\n`,
    );
    return EXIT.usage;
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
  if (query === undefined) {
    return listCriteria(catalog).map((c) => ({
      ...base,
      standard: c.standard,
      code: c.code,
      name: c.name,
      mandatory: c.mandatory ?? false,
      confidence: c.provenance.confidence,
    }));
  }
  return searchCriteria(catalog, query).map((hit) => ({
    ...base,
    standard: hit.criterion.standard,
    code: hit.criterion.code,
    name: hit.criterion.name,
    mandatory: hit.criterion.mandatory ?? false,
    confidence: hit.criterion.provenance.confidence,
    matchedIn: hit.matchedIn,
    ...(hit.level ? { level: hit.level } : {}),
  }));
}
