/**
 * The bundled criteria catalogs: one per framework and school type (57/2026 Phụ lục II serves both
 * tiểu học and trung học). The JSON is imported statically so webpack bundles it and the add-in makes no
 * network call; it is validated by the schema in the tests, not on every load.
 */
import type { Catalog, Criterion, Framework, SchoolType, Standard } from "./schema";
import { FRAMEWORKS, SCHOOL_TYPES } from "./schema";
import { parseCriterionCode } from "./codes";
import data2026MamNon from "./data/2026-mam-non.json";
import data2026PhoThong from "./data/2026-pho-thong.json";
import data2026Gdtx from "./data/2026-gdtx.json";
import data2024MamNon from "./data/2018-2024-mam-non.json";
import data2024TieuHoc from "./data/2018-2024-tieu-hoc.json";
import data2024TrungHoc from "./data/2018-2024-trung-hoc.json";
import data2018MamNon from "./data/2018-mam-non.json";
import data2018TieuHoc from "./data/2018-tieu-hoc.json";
import data2018TrungHoc from "./data/2018-trung-hoc.json";

export type { Catalog, Criterion, Framework, SchoolType, Standard } from "./schema";
export { FRAMEWORKS, SCHOOL_TYPES } from "./schema";

/** The framework in force today; new documents start with it. */
export const DEFAULT_FRAMEWORK: Framework = "2026";

// The JSON modules are typed from their content (strings, not the schema's literal unions); the tests
// validate every file against the schema, which is what makes this assertion safe.
const ALL_CATALOGS: readonly Catalog[] = [
  data2026MamNon,
  data2026PhoThong,
  data2026Gdtx,
  data2024MamNon,
  data2024TieuHoc,
  data2024TrungHoc,
  data2018MamNon,
  data2018TieuHoc,
  data2018TrungHoc,
] as unknown as Catalog[];

export interface FrameworkInfo {
  id: Framework;
  /** Shown in pickers, e.g. "Thông tư 57/2026 (hiện hành)". */
  label: string;
  /** Shown where space is short. */
  shortLabel: string;
  /** One sentence on when the framework applies. */
  description: string;
  /** The school types that have a catalog in this framework. */
  schoolTypes: SchoolType[];
  /** Circular number per school type, e.g. "17/2018/TT-BGDĐT, sửa đổi bởi 22/2024/TT-BGDĐT". */
  circulars: Partial<Record<SchoolType, string>>;
}

export interface SchoolTypeInfo {
  id: SchoolType;
  label: string;
}

export const schoolTypeInfo: Record<SchoolType, SchoolTypeInfo> = {
  "mam-non": { id: "mam-non", label: "Mầm non" },
  "tieu-hoc": { id: "tieu-hoc", label: "Tiểu học" },
  "trung-hoc": { id: "trung-hoc", label: "THCS–THPT" },
  gdtx: { id: "gdtx", label: "GDTX" },
};

function circularLabel(catalog: Catalog): string {
  if (catalog.appendix) return `${catalog.circular} (Phụ lục ${catalog.appendix})`;
  if (catalog.amendedBy) return `${catalog.circular}, sửa đổi bởi ${catalog.amendedBy.circular}`;
  return catalog.circular;
}

function circularsOf(framework: Framework): Partial<Record<SchoolType, string>> {
  const circulars: Partial<Record<SchoolType, string>> = {};
  for (const catalog of ALL_CATALOGS) {
    if (catalog.framework !== framework) continue;
    for (const schoolType of catalog.schoolTypes) circulars[schoolType] = circularLabel(catalog);
  }
  return circulars;
}

function schoolTypesOf(framework: Framework): SchoolType[] {
  return SCHOOL_TYPES.filter((s) => ALL_CATALOGS.some((c) => c.framework === framework && c.schoolTypes.includes(s)));
}

const FRAMEWORK_TEXTS: Record<Framework, Pick<FrameworkInfo, "label" | "shortLabel" | "description">> = {
  "2026": {
    label: "Thông tư 57/2026 (hiện hành)",
    shortLabel: "TT 57/2026",
    description: "Khung tiêu chí hiện hành: 4 tiêu chuẩn, 15 tiêu chí, Mức 1–2; dùng cho kế hoạch, báo cáo mới.",
  },
  "2018-2024": {
    label: "Thông tư 17, 18, 19/2018 sửa đổi bởi 22/2024",
    shortLabel: "TT 2018 + 22/2024",
    description: "Áp dụng từ 25/01/2025 đến khi Thông tư 57/2026 có hiệu lực; bản dựng lại một phần.",
  },
  "2018": {
    label: "Thông tư 17, 18, 19/2018 (bản gốc)",
    shortLabel: "TT 2018",
    description: "Văn bản gốc năm 2018, dùng để đọc các kế hoạch lập trước ngày 25/01/2025.",
  },
};

export const frameworkInfo: Record<Framework, FrameworkInfo> = Object.fromEntries(
  FRAMEWORKS.map((id) => [id, { id, ...FRAMEWORK_TEXTS[id], schoolTypes: schoolTypesOf(id), circulars: circularsOf(id) }]),
) as Record<Framework, FrameworkInfo>;

export function isFramework(value: unknown): value is Framework {
  return typeof value === "string" && (FRAMEWORKS as readonly string[]).includes(value);
}

export function isSchoolType(value: unknown): value is SchoolType {
  return typeof value === "string" && (SCHOOL_TYPES as readonly string[]).includes(value);
}

/** Every bundled catalog, in framework order (2026 first). */
export function listCatalogs(): readonly Catalog[] {
  return ALL_CATALOGS;
}

/**
 * The catalog for a framework and school type. Throws an Error with a Vietnamese message (it reaches the
 * user through the CLI) for an unknown value or a combination that does not exist, e.g. GDTX under 2018.
 */
export function getCatalog(framework: Framework, schoolType: SchoolType): Catalog {
  if (!isFramework(framework)) {
    throw new Error(`Khung tiêu chí không hợp lệ: "${String(framework)}". Chọn một trong: ${FRAMEWORKS.join(", ")}.`);
  }
  if (!isSchoolType(schoolType)) {
    throw new Error(`Cấp học không hợp lệ: "${String(schoolType)}". Chọn một trong: ${SCHOOL_TYPES.join(", ")}.`);
  }
  const catalog = ALL_CATALOGS.find((c) => c.framework === framework && c.schoolTypes.includes(schoolType));
  if (!catalog) {
    const available = frameworkInfo[framework].schoolTypes.map((s) => schoolTypeInfo[s].label).join(", ");
    throw new Error(
      `Không có danh mục tiêu chí ${schoolTypeInfo[schoolType].label} theo ${frameworkInfo[framework].label}` +
        ` (khung này có: ${available}).`,
    );
  }
  return catalog;
}

const flatCriteria = new WeakMap<Catalog, readonly Criterion[]>();

/** All criteria of a catalog in document order (1.1, 1.2, … 5.6). */
export function listCriteria(catalog: Catalog): readonly Criterion[] {
  let criteria = flatCriteria.get(catalog);
  if (!criteria) {
    criteria = catalog.standards.flatMap((s) => s.criteria);
    flatCriteria.set(catalog, criteria);
  }
  return criteria;
}

/** The criterion with this code; accepts "1.4", "TC 1.4", "Tiêu chí 1.4" and similar. */
export function findCriterion(catalog: Catalog, code: string): Criterion | undefined {
  const parsed = parseCriterionCode(code);
  if (!parsed) return undefined;
  return listCriteria(catalog).find((c) => c.code === parsed.code);
}

export function findStandard(catalog: Catalog, number: number): Standard | undefined {
  return catalog.standards.find((s) => s.number === number);
}

/** The heading principals quote: "Tiêu chí 1.4: Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình". */
export function criterionHeading(criterion: Criterion): string {
  return `Tiêu chí ${criterion.code}: ${criterion.name}`;
}
