import { DEFAULT_FRAMEWORK, FRAMEWORKS, SCHOOL_TYPES, isFramework, isSchoolType } from "../../core/catalog";
import { PlanChoiceError, newPlanDocument, type NewPlanChoices } from "../../core/tables/new-plan";
import type { Layout } from "../../core/tables/spec";
import { documentToDocx } from "../../ooxml/write/docx";
import { parseCommandArgs, usageError } from "../arguments";
import { writeOutputFile } from "../docx-files";
import { EXIT, type CliIo } from "../io";
import type { Bilingual, Lang } from "../lang";
import { messages } from "../messages";

export const newPlanUsage: Bilingual = {
  vi: `Cách dùng: caitien new-plan --school ${SCHOOL_TYPES.join("|")} --criteria MÃ,MÃ -o TỆP.docx
                          [--framework ${FRAMEWORKS.join("|")}] [--level N] [--year 2026-2027]
                          [--portrait] [--font-size 13|12] [--force]

Viết một văn bản kế hoạch mới (A4 ngang, Times New Roman 13 pt nếu không chọn khác) cho các tiêu chí đã chọn (các mã
cách nhau bằng dấu phẩy, ví dụ 1.4,3.1,3.4). Bộ ${DEFAULT_FRAMEWORK} (mặc định) cho đủ mẫu của Bộ (Biểu 2, mục I–VIII) với
các bảng vấn đề, kế hoạch và theo dõi; 2018 và 2018-2024 cho bảng 9 cột với các hàng mức, tiêu chuẩn và tiêu chí.
--level là mức cần đạt (mặc định 2): Mức 1–2 theo bộ 2026, 1–3 theo bộ 2018. --year là năm học ghi trong văn bản
(mặc định năm học hiện tại, từ tháng 8 là năm học sắp tới).
--portrait khổ dọc. Tệp đã có không bị ghi đè nếu không thêm --force. --lang en: thông báo bằng tiếng Anh.
`,
  en: `Usage: caitien new-plan --school ${SCHOOL_TYPES.join("|")} --criteria CODES -o FILE.docx
                        [--framework ${FRAMEWORKS.join("|")}] [--level N] [--year 2026-2027]
                        [--portrait] [--font-size 13|12] [--force]

Writes a new plan document (A4 landscape, Times New Roman 13 pt unless told otherwise) for the chosen criteria
(comma-separated codes, e.g. 1.4,3.1,3.4). Framework ${DEFAULT_FRAMEWORK} (default) gives the whole ministry form
(Biểu 2, sections I–VIII) with its issues, plan and monitoring tables; 2018 and 2018-2024 give the 9-column table
with level, standard and criterion rows. --level is the target level (default 2): Mức 1–2 under 2026, 1–3 under
2018. --year is the school year the document states (default: the current one; from August, the coming one). --portrait for portrait pages. An existing file is not
overwritten without --force. --lang vi (the default): messages in Vietnamese.
`,
};

const TEXT = {
  vi: {
    missingSchool: "thiếu --school (loại trường).",
    missingCriteria: "thiếu --criteria (các mã tiêu chí cách nhau bằng dấu phẩy, ví dụ 1.4,3.1).",
    missingOutput: "thiếu -o TỆP.docx (nơi ghi kế hoạch).",
    badLevel: (v: string) => `--level phải là số của một mức, ví dụ 2, không phải "${v}".`,
    badFontSize: (v: string) => `--font-size phải là 13 hoặc 12, không phải "${v}".`,
    badYear: (v: string) => `--year phải có dạng 2026-2027, không phải "${v}".`,
    cannotMake: (reason: string) => `không tạo được kế hoạch: ${reason}`,
  },
  en: {
    missingSchool: "missing --school (the school type).",
    missingCriteria: "missing --criteria (comma-separated codes, e.g. 1.4,3.1).",
    missingOutput: "missing -o FILE.docx (where to write the plan).",
    badLevel: (v: string) => `--level must be a level number such as 2, got "${v}".`,
    badFontSize: (v: string) => `--font-size must be 13 or 12, got "${v}".`,
    badYear: (v: string) => `--year must look like 2026-2027, got "${v}".`,
    cannotMake: (reason: string) => `cannot make the plan: ${reason}`,
  },
} as const;

export async function runNewPlan(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const fail = (message: string, withUsage = false): number =>
    usageError(io, "new-plan", message, withUsage ? newPlanUsage[lang] : undefined);
  const parsed = parseCommandArgs(io, "new-plan", newPlanUsage, lang, {
    args,
    options: {
      framework: { type: "string", default: DEFAULT_FRAMEWORK },
      school: { type: "string" },
      level: { type: "string", default: "2" },
      criteria: { type: "string" },
      output: { type: "string", short: "o" },
      year: { type: "string" },
      portrait: { type: "boolean", default: false },
      "font-size": { type: "string", default: "13" },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const t = TEXT[lang];
  const m = messages(lang);
  const { framework, school, output } = values;
  if (!isFramework(framework)) return fail(m.unknownFramework(framework, FRAMEWORKS));
  if (school === undefined) return fail(t.missingSchool, true);
  if (!isSchoolType(school)) return fail(m.unknownSchool(school, SCHOOL_TYPES));
  if (values.criteria === undefined) return fail(t.missingCriteria, true);
  if (output === undefined || output === "") return fail(t.missingOutput, true);
  if (!/^[1-9]$/.test(values.level)) return fail(t.badLevel(values.level));
  const fontSize = values["font-size"];
  if (fontSize !== "13" && fontSize !== "12") return fail(t.badFontSize(fontSize));
  if (values.year !== undefined && !/^\d{4}\s*[-–]\s*\d{4}$/.test(values.year.trim())) return fail(t.badYear(values.year));

  const choices: NewPlanChoices = {
    framework,
    schoolType: school,
    targetLevel: Number(values.level),
    criteria: values.criteria.split(","),
    // The document always states its school year, so `report` can read it back without --year.
    schoolYear: values.year !== undefined ? values.year.trim().replace(/\s*[-–]\s*/, "-") : currentSchoolYear(new Date()),
  };
  const layout: Layout = { orientation: values.portrait ? "portrait" : "landscape", fontSizePt: fontSize === "12" ? 12 : 13 };

  let bytes: Uint8Array;
  try {
    // The core checks the choices against the catalog and explains them in both languages.
    bytes = await documentToDocx(newPlanDocument(choices, layout));
  } catch (error) {
    if (error instanceof PlanChoiceError) return fail(lang === "en" ? error.messageEn : error.message);
    return fail(t.cannotMake((error as Error).message));
  }
  const unwritten = writeOutputFile(output, bytes, values.force, lang);
  if (unwritten) return fail(unwritten);
  io.stdout.write(`${m.wrote(output)}\n`);
  return EXIT.ok;
}

/** The school year a plan written today is for: it runs September to August, and plans for it are written from August. */
export function currentSchoolYear(today: Date): string {
  const year = today.getFullYear();
  return today.getMonth() >= 7 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}
