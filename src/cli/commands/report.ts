import {
  NO_REPORT_FORM_2026_NOTE,
  REVIEW_POINTS,
  ReportError,
  planTableIndexes,
  type ReviewPoint,
} from "../../core/report";
import { reportDocx } from "../../ooxml/report-docx";
import { schoolYearProblem } from "../../core/school";
import { parseCommandArgs, usageError } from "../arguments";
import { readDocxFile, writeOutputFile } from "../docx-files";
import { isSameFile } from "../output-file";
import { EXIT, type CliIo } from "../io";
import type { Bilingual, Lang } from "../lang";
import { messages } from "../messages";

export const reportUsage: Bilingual = {
  vi: `Cách dùng: caitien report KẾ-HOẠCH.docx -o BÁO-CÁO.docx [--year 2024-2025] [--point ${REVIEW_POINTS.join("|")}]
                        [--table N] [--no-heading] [--force]

Viết một văn bản mới (A4 ngang) chứa báo cáo thực hiện kế hoạch trong KẾ-HOẠCH.docx; tệp kế hoạch không bị sửa.
Văn bản có phần đầu (cơ quan, trường, quốc hiệu, số), tên báo cáo, địa danh và ngày tháng, chữ ký hiệu trưởng; cơ
quan, trường và địa danh lấy từ kế hoạch khi kế hoạch có ghi. Kế hoạch theo các thông tư 2018 cho bảng báo cáo (ND kế hoạch xây dựng đầu năm / đã điều
chỉnh, kết quả thực hiện), mỗi nội dung kế hoạch một hàng với chính các đoạn văn của kế hoạch; kế hoạch mẫu 2026 cho
bảng theo dõi, đánh giá ở mục VI cho một thời điểm (--point hk1 = Cuối học kỳ I, cuoi-nam = Cuối năm học; có thể
lặp lại --point; mặc định: thời điểm kế tiếp). Năm học lấy từ kế hoạch ("Năm học 2024 – 2025"), nếu không có thì từ
--year. --table N chọn bảng kế hoạch (số bảng như "caitien read" in ra) khi văn bản có nhiều bảng. --no-heading bỏ
tên báo cáo phía trên bảng. Tệp đã có không bị ghi đè nếu không thêm --force. --lang en: thông báo bằng tiếng Anh.
`,
  en: `Usage: caitien report PLAN.docx -o REPORT.docx [--year 2024-2025] [--point ${REVIEW_POINTS.join("|")}]
                      [--table N] [--no-heading] [--force]

Writes a new document (A4 landscape) with the progress report of the plan in PLAN.docx, which is never modified.
The document has the letterhead (authority, school, national motto, number), title, place and date and the
principal's signature block; authority, school and place come from the plan where it states them. A 2018-era plan gives the report table (ND kế hoạch xây
dựng đầu năm / đã điều chỉnh, kết quả thực hiện), one row per plan item with the plan's own paragraphs; a 2026 plan
gives the section VI monitoring table for one review point (--point hk1 = Cuối học kỳ I, cuoi-nam = Cuối năm học;
--point may be repeated; default: the next one due). The school year comes from the plan ("Năm học 2024 – 2025"),
else from --year. --table N picks the plan table (index as "caitien read" prints it) when the document has several.
--no-heading leaves out the title above the table. An existing file is not overwritten without --force.
--lang vi (the default): messages in Vietnamese.
`,
};

const TEXT = {
  vi: {
    noPlanFile: "chưa cho tệp kế hoạch.",
    onePlan: (n: number) => `mỗi lần một tệp kế hoạch, ở đây có ${n}.`,
    missingOutput: "thiếu -o BÁO-CÁO.docx (nơi ghi báo cáo).",
    overPlan: "không thể ghi báo cáo đè lên kế hoạch (tệp -o chính là tệp kế hoạch, qua tên khác hoặc liên kết), kể cả khi có --force; hãy chọn tệp -o khác.",
    badYear: (v: string) => `--year phải có dạng 2024-2025 (hai năm liền nhau), không phải "${v}".`,
    badPoint: (v: string) => `--point phải là ${REVIEW_POINTS.join(" hoặc ")}, không phải "${v}".`,
    badTable: (v: string) => `--table phải là số thứ tự của một bảng, ví dụ 2, không phải "${v}".`,
    cannotRead: (file: string, message: string, code: string) => `không đọc được ${file}: ${message} [${code}]`,
    noPlanTable: (file: string) => `${file} không có bảng kế hoạch nào (chạy "caitien read ${file}" để xem các bảng được đọc thế nào).`,
    severalPlans: (file: string, plans: readonly number[]) =>
      `${file} có ${plans.length} bảng kế hoạch (${plans.join(", ")}); chọn một bảng bằng --table.`,
    notAPlan: (index: number, file: string, plans: readonly number[]) =>
      `bảng ${index} của ${file} không phải bảng kế hoạch${plans.length ? ` (các bảng kế hoạch: ${plans.join(", ")})` : ""}.`,
    legacy: (encoding: string) =>
      `bảng kế hoạch dùng bảng mã cũ ${encoding}; hãy chuyển văn bản sang Unicode trước (Unikey: Công cụ chuyển mã).`,
    noYear: (file: string) => `${file} không ghi năm học ("Năm học 2024 – 2025"); hãy cho năm học bằng --year 2024-2025.`,
    yearUnclear: (file: string, problem: string) => `${file}: ${problem} Hãy cho năm học của báo cáo bằng --year (ví dụ --year 2024-2025).`,
    cannotMake: (reason: string) => `không lập được báo cáo: ${reason}`,
    note2026: NO_REPORT_FORM_2026_NOTE,
  },
  en: {
    noPlanFile: "no plan file given.",
    onePlan: (n: number) => `one plan file at a time, got ${n}.`,
    missingOutput: "missing -o REPORT.docx (where to write the report).",
    overPlan: "the report cannot be written over the plan (the -o file is the plan, by another name or link), even with --force; choose another -o file.",
    badYear: (v: string) => `--year must look like 2024-2025 (two consecutive years), got "${v}".`,
    badPoint: (v: string) => `--point must be ${REVIEW_POINTS.join(" or ")}, got "${v}".`,
    badTable: (v: string) => `--table must be a table index such as 2, got "${v}".`,
    cannotRead: (file: string, message: string, code: string) => `cannot read ${file}: ${message} [${code}]`,
    noPlanTable: (file: string) => `${file} has no plan table (run "caitien read ${file}" to see how its tables were read).`,
    severalPlans: (file: string, plans: readonly number[]) => `${file} has ${plans.length} plan tables (${plans.join(", ")}); choose one with --table.`,
    notAPlan: (index: number, file: string, plans: readonly number[]) =>
      `table ${index} of ${file} is not a plan table${plans.length ? ` (plan tables: ${plans.join(", ")})` : ""}.`,
    legacy: (encoding: string) =>
      `the plan table uses the legacy ${encoding} encoding; convert the document to Unicode first (Unikey: Công cụ chuyển mã).`,
    noYear: (file: string) => `${file} states no school year ("Năm học 2024 – 2025"); give one with --year 2024-2025.`,
    yearUnclear: (file: string, problem: string) => `${file}: ${problem} Give the report's school year with --year (e.g. --year 2024-2025).`,
    cannotMake: (reason: string) => `cannot make the report: ${reason}`,
    note2026: "Circular 57/2026 has no report form of its own: results go in column (10) and section VI.",
  },
} as const;

function isReviewPoint(value: string): value is ReviewPoint {
  return (REVIEW_POINTS as readonly string[]).includes(value);
}

export async function runReport(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const fail = (message: string, withUsage = false): number =>
    usageError(io, "report", message, withUsage ? reportUsage[lang] : undefined);
  const parsed = parseCommandArgs(io, "report", reportUsage, lang, {
    args,
    options: {
      output: { type: "string", short: "o" },
      year: { type: "string" },
      point: { type: "string", multiple: true },
      table: { type: "string" },
      "no-heading": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const t = TEXT[lang];
  if (positionals.length === 0) return fail(t.noPlanFile, true);
  if (positionals.length > 1) return fail(t.onePlan(positionals.length), true);
  const input = positionals[0]!;
  const output = values.output;
  if (output === undefined || output === "") return fail(t.missingOutput, true);
  // Checked before anything else, so that the plan is never the file an "already exists, add --force" message is about.
  if (isSameFile(input, output)) return fail(t.overPlan);
  if (values.year !== undefined && !/^\s*\d{4}\s*[-–]\s*\d{4}\s*$/.test(values.year)) return fail(t.badYear(values.year));
  const points = values.point ?? [];
  const unknown = points.find((p) => !isReviewPoint(p));
  if (unknown !== undefined) return fail(t.badPoint(unknown));
  let tableIndex: number | undefined;
  if (values.table !== undefined) {
    if (!/^\d+$/.test(values.table)) return fail(t.badTable(values.table));
    tableIndex = Number(values.table);
  }

  const read = await readDocxFile(input, lang);
  if (read.error) return fail(t.cannotRead(input, read.error.message, read.error.code));
  const { model } = read;
  const plans = planTableIndexes(model);
  if (tableIndex === undefined) {
    if (plans.length === 0) return fail(t.noPlanTable(input));
    if (plans.length > 1) return fail(t.severalPlans(input, plans));
    tableIndex = plans[0]!;
  } else if (!plans.includes(tableIndex)) {
    return fail(t.notAPlan(tableIndex, input, plans));
  }
  const table = model.tables.find((candidate) => candidate.index === tableIndex);
  if (table?.legacyEncoding) return fail(t.legacy(table.legacyEncoding));

  let bytes: Uint8Array;
  try {
    bytes = await reportDocx(read, tableIndex, {
      heading: !values["no-heading"],
      ...(values.year !== undefined ? { schoolYear: values.year } : {}),
      ...(points.length ? { points: points as ReviewPoint[] } : {}),
    });
  } catch (error) {
    if (error instanceof ReportError) {
      if (error.code === "no-school-year") {
        // Two years that disagree (or an August date) are named, not reported as no year at all.
        const problem = model.schoolInfo?.schoolYear.status === "none" ? null : schoolYearProblem(model.schoolInfo?.schoolYear, lang);
        return fail(problem ? t.yearUnclear(input, problem) : t.noYear(input));
      }
      if (error.code === "bad-school-year") return fail(t.badYear(values.year ?? ""));
      return fail(lang === "en" ? error.messageEn : error.messageVi);
    }
    return fail(t.cannotMake((error as Error).message));
  }
  const unwritten = writeOutputFile(output, bytes, values.force, lang, [input]);
  if (unwritten) return fail(unwritten);
  io.stdout.write(`${messages(lang).wrote(output)}\n`);
  if (table?.form === "plan-2026") io.stdout.write(`${t.note2026}\n`);
  return EXIT.ok;
}
