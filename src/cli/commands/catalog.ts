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
import type { Bilingual, Lang } from "../lang";
import { messages } from "../messages";

export const catalogUsage: Bilingual = {
  vi: `Cách dùng: caitien catalog [--school ${SCHOOL_TYPES.join("|")}] [--framework ${FRAMEWORKS.join("|")}] [--search CHỮ] [--json]

Liệt kê các tiêu chí của một bộ tiêu chuẩn (mặc định ${DEFAULT_FRAMEWORK}, bộ đang hiện hành) cho một loại trường, hoặc
mọi loại trường của bộ đó; với --search, các tiêu chí khớp theo thứ tự: mã, rồi tên, rồi nội dung các mức (không
phân biệt dấu và chữ hoa: "co so vat chat" tìm ra "cơ sở vật chất").

--school     loại trường
--framework  bộ tiêu chuẩn (thông tư)
--search     chữ cần tìm
--json       in dạng JSON
--lang en    thông báo bằng tiếng Anh
`,
  en: `Usage: caitien catalog [--school ${SCHOOL_TYPES.join("|")}] [--framework ${FRAMEWORKS.join("|")}] [--search TEXT] [--json]

Lists the criteria of a framework (default ${DEFAULT_FRAMEWORK}, the one in force) for one school type, or every
school type the framework has; with --search, the matching criteria in rank order (codes, then names, then level texts;
diacritics and case do not matter: "co so vat chat" finds "cơ sở vật chất").

--school     the school type
--framework  the framework (circular)
--search     the text to look for
--json       print JSON
--lang vi    messages in Vietnamese (the default)
`,
};

const TEXT = {
  vi: {
    noCatalog: (framework: string, school: string, has: string) => `bộ ${framework} không có danh mục cho ${school}; bộ này có ${has}.`,
    appendix: "Phụ lục",
    noMatch: "  (không có tiêu chí nào khớp)",
    mandatory: "* tiêu chí bắt buộc",
    matchedIn: { standard: "tiêu chuẩn", level: "mức" } as Record<string, string>,
  },
  en: {
    noCatalog: (framework: string, school: string, has: string) => `framework ${framework} has no catalog for ${school}; it has ${has}.`,
    appendix: "Appendix",
    noMatch: "  (no match)",
    mandatory: "* mandatory criterion (tiêu chí bắt buộc)",
    matchedIn: {} as Record<string, string>,
  },
} as const;

export async function runCatalog(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const parsed = parseCommandArgs(io, "catalog", catalogUsage, lang, {
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
  const t = TEXT[lang];
  const m = messages(lang);
  const framework = values.framework;
  if (!isFramework(framework)) return usageError(io, "catalog", m.unknownFramework(framework, FRAMEWORKS));
  if (values.school !== undefined && !isSchoolType(values.school)) {
    return usageError(io, "catalog", m.unknownSchool(values.school, SCHOOL_TYPES));
  }
  const schoolTypes: SchoolType[] = values.school ? [values.school as SchoolType] : frameworkInfo[framework].schoolTypes;
  if (!frameworkInfo[framework].schoolTypes.includes(schoolTypes[0]!)) {
    return usageError(io, "catalog", t.noCatalog(framework, values.school ?? "", frameworkInfo[framework].schoolTypes.join(", ")));
  }

  const rows = schoolTypes.flatMap((schoolType) => criteriaRows(framework, schoolType, values.search));
  if (values.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const schoolType of schoolTypes) {
    const catalog = getCatalog(framework, schoolType);
    const own = rows.filter((row) => row.schoolType === schoolType);
    io.stdout.write(`${schoolTypeInfo[schoolType].label} — ${catalog.circular}${catalog.appendix ? `, ${t.appendix} ${catalog.appendix}` : ""}\n`);
    if (own.length === 0) io.stdout.write(`${t.noMatch}\n`);
    for (const row of own) {
      const mark = row.mandatory ? " *" : "";
      const matched = row.matchedIn ? (t.matchedIn[row.matchedIn] ?? row.matchedIn) : undefined;
      const where = row.matchedIn && row.matchedIn !== "code" && row.matchedIn !== "name" ? `  [${matched}${row.level ? ` ${row.level}` : ""}]` : "";
      io.stdout.write(`  ${row.code.padEnd(5)} ${row.name}${mark}${where}\n`);
    }
  }
  if (rows.some((row) => row.mandatory)) io.stdout.write(`${t.mandatory}\n`);
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
