import { SCHOOL_TYPES, isSchoolType } from "../../core/catalog";
import { checkDocument, summaryText, type CheckResult, type Finding, type Notice } from "../../core/check";
import { FORMS } from "../../core/forms";
import { parseCommandArgs, usageError } from "../arguments";
import { fileError, readDocxFile, type FileError } from "../docx-files";
import { EXIT, type CliIo } from "../io";
import type { Bilingual, Lang } from "../lang";
import { messages } from "../messages";
import { schoolJson } from "../school-json";
import { formLabel } from "./read";

/** Columns the user may ask to have checked too, from the forms data (2018: ketQuaCanDat, congViec; 2026: …). */
export const REQUIRABLE_KEYS: readonly string[] = [...new Set(FORMS.flatMap((f) => f.columns.filter((c) => c.requirable).map((c) => c.key)))];

export const checkUsage: Bilingual = {
  vi: `Cách dùng: caitien check TỆP... [--json] [--school ${SCHOOL_TYPES.join("|")}] [--require KHÓA,KHÓA] [--lang vi|en]
                     [--today NNNN-TT-NN]

Kiểm tra mỗi nội dung của kế hoạch đã ghi đủ các cột bắt buộc (mẫu 2018: Dự kiến kinh phí, Thời gian, Chủ trì;
mẫu 2026: Nguồn lực bảo đảm, Thời gian thực hiện, Đơn vị/cá nhân phụ trách), các hàng báo cáo và các thời điểm đánh
giá đã đến hạn đã ghi kết quả; cảnh báo mã tiêu chí không có, tiêu chí đặt sai tiêu chuẩn, vấn đề ở mục IV chưa có
nhiệm vụ nào giải quyết, ngày tháng không thể có và chữ mẫu còn sót lại.

--school    loại trường, để đối chiếu mã tiêu chí với đúng thông tư
--require   bắt buộc thêm các cột: ${REQUIRABLE_KEYS.join(", ")}
--today     ngày kiểm tra (mặc định: hôm nay), để biết thời điểm đánh giá nào đã đến hạn
--json      {"files":[{"file","error":null|{"code","message"},"schoolName","schoolType","schoolYear","tables":[{"index","kind","form","items"}],
            "findings":[{"table","row","cell","criterion"|"item","field","rule","severity","message"}]}]}
            (số bảng như "caitien read --json"; row và cell là vị trí w:tr / w:tc đếm từ 0; lỗi của cả văn bản
            có table, row, cell, field là null và không có criterion, item)
Kết quả dạng chữ: mỗi tệp và mỗi lỗi một dòng (hàng, ô đếm từ 1), thêm bảng tổng hợp khi kiểm tra nhiều tệp.
Mã thoát 0 khi mọi tệp đầy đủ, 1 khi có tệp có lỗi, 2 khi có tệp không đọc được (các tệp khác vẫn được kiểm tra).
`,
  en: `Usage: caitien check FILE... [--json] [--school ${SCHOOL_TYPES.join("|")}] [--require KEY,KEY] [--lang vi|en] [--today YYYY-MM-DD]

Checks that every plan item has its required fields filled in (2018 form: Dự kiến kinh phí, Thời gian, Chủ trì;
2026 form: Nguồn lực bảo đảm, Thời gian thực hiện, Đơn vị/cá nhân phụ trách), that report rows and due review
points have results, and warns about unknown criterion codes, criteria under the wrong standard, section IV issues
no task addresses, impossible dates and template blanks left in the text.

--school    the school type, so that criterion codes are checked against the right circular
--require   also require these columns: ${REQUIRABLE_KEYS.join(", ")}
--today     the date of the check (default: today), for review points already due
--json      {"files":[{"file","error":null|{"code","message"},"schoolName","schoolType","schoolYear","tables":[{"index","kind","form","items"}],
            "findings":[{"table","row","cell","criterion"|"item","field","rule","severity","message"}]}]}
            (table index as in "caitien read --json"; row and cell are the 0-based w:tr / w:tc positions; a
            finding about the whole document has table, row, cell and field null and neither criterion nor item)
Text output: one line per file and per finding (rows and cells counted from 1), and a summary table when several
files are given. Exit 0 when every file is complete, 1 when any file has an error finding, 2 when a file could not
be read (the other files are still checked).
`,
};

interface Checked {
  file: string;
  error: FileError | null;
  result: CheckResult | null;
  /** Name, type and year of the school, with their sources (null for an unreadable file). */
  school: Record<string, unknown> | null;
}

const TEXT = {
  vi: {
    error: "lỗi",
    warning: "cảnh báo",
    table: "Bảng",
    row: "hàng",
    cell: "ô",
    complete: "Đầy đủ",
    incomplete: "Thiếu thông tin",
    unreadable: "Không đọc được",
    heads: ["Tệp", "Mục", "Thiếu", "Lỗi", "Cảnh báo", "Kết quả"],
    counts: (r: CheckResult) => `${summaryText(r, "vi")} (${r.summary.errors} lỗi, ${r.summary.warnings} cảnh báo)`,
    unknownRequire: (keys: string, allowed: string) => `--require không có ${keys}; các khóa được dùng: ${allowed}.`,
    badToday: (value: string) => `--today phải là một ngày viết NNNN-TT-NN (ví dụ 2026-12-31), không phải "${value}".`,
  },
  en: {
    error: "error",
    warning: "warning",
    table: "Table",
    row: "row",
    cell: "cell",
    complete: "Complete",
    incomplete: "Incomplete",
    unreadable: "Unreadable",
    heads: ["File", "Items", "Gaps", "Errors", "Warnings", "Result"],
    counts: (r: CheckResult) => `${summaryText(r, "en")} (${r.summary.errors} errors, ${r.summary.warnings} warnings)`,
    unknownRequire: (keys: string, allowed: string) => `--require does not know ${keys}; allowed: ${allowed}.`,
    badToday: (value: string) => `--today must be a date written YYYY-MM-DD, got "${value}".`,
  },
} as const;

function findingJson(f: Finding, lang: Lang): Record<string, unknown> {
  const id = f.criterion !== undefined ? { criterion: f.criterion } : f.item !== undefined ? { item: f.item } : {};
  return { table: f.table, row: f.row, cell: f.cell, ...id, field: f.field, rule: f.rule, severity: f.severity, message: lang === "en" ? f.messageEn : f.message };
}

/** Error notices are findings of the whole document in the JSON: they make the file incomplete too. */
function noticeJson(n: Notice, lang: Lang): Record<string, unknown> {
  return { table: n.tables?.[0] ?? null, row: null, cell: null, field: null, rule: n.code, severity: n.severity, message: lang === "en" ? n.messageEn : n.message };
}

function fileJson(c: Checked, lang: Lang): Record<string, unknown> {
  if (!c.result) return { file: c.file, error: c.error, tables: [], findings: [] };
  return {
    file: c.file,
    error: null,
    ...c.school,
    tables: c.result.tables.map((t) => ({ index: t.index, kind: t.kind, form: formLabel(t.form), items: t.items })),
    findings: [...c.result.notices.map((n) => noticeJson(n, lang)), ...c.result.findings.map((f) => findingJson(f, lang))],
  };
}

function fileText(c: Checked, lang: Lang): string {
  const t = TEXT[lang];
  if (!c.result) return `${c.file}: ${c.error?.message ?? ""} [${c.error?.code ?? ""}]\n`;
  const lines = [`${c.file}: ${t.counts(c.result)}`];
  for (const n of c.result.notices) lines.push(`  [${t[n.severity]}] ${lang === "en" ? n.messageEn : n.message}`);
  for (const f of c.result.findings) {
    const where = `${t.table} ${f.table}, ${t.row} ${f.row + 1}, ${t.cell} ${f.cell + 1}`;
    lines.push(`  [${t[f.severity]}] ${where}: ${lang === "en" ? f.messageEn : f.message} (${f.rule})`);
  }
  return `${lines.join("\n")}\n`;
}

/** A file's line in the summary table: all that is kept of it once its findings are written. */
function summaryRow(c: Checked, lang: Lang): string[] {
  const t = TEXT[lang];
  if (!c.result) return [c.file, "", "", "", "", t.unreadable];
  const s = c.result.summary;
  return [c.file, String(s.items), String(s.itemsWithGaps), String(s.errors), String(s.warnings), c.result.complete ? t.complete : t.incomplete];
}

/** One file read and checked in isolation: whatever goes wrong with it is its own error, never the batch's. */
async function checkFile(
  file: string,
  lang: Lang,
  school: { schoolType?: string },
  options: Parameters<typeof checkDocument>[1],
  schoolOption: string | undefined,
): Promise<Checked> {
  try {
    const read = await readDocxFile(file, lang, school);
    if (read.error) return { file, error: read.error, result: null, school: null };
    return { file, error: null, result: checkDocument(read.model, options), school: schoolJson(read.model, schoolOption) };
  } catch {
    return { file, error: fileError("internal", lang), result: null, school: null };
  }
}

function summaryTable(summaryRows: readonly string[][], lang: Lang): string {
  const rows: string[][] = [[...TEXT[lang].heads], ...summaryRows];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((v, i) => (i === 0 || i === r.length - 1 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(" | ").trimEnd();
  return `\n${[line(rows[0]!), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.slice(1).map(line)].join("\n")}\n`;
}

function parseToday(text: string | undefined): Date | null | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.getMonth() === Number(m[2]) - 1 && date.getDate() === Number(m[3]) ? date : null;
}

export async function runCheck(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const parsed = parseCommandArgs(io, "check", checkUsage, lang, {
    args,
    options: {
      json: { type: "boolean", default: false },
      school: { type: "string" },
      require: { type: "string", multiple: true },
      today: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const t = TEXT[lang];
  if (values.school !== undefined && !isSchoolType(values.school)) {
    return usageError(io, "check", messages(lang).unknownSchool(values.school, SCHOOL_TYPES));
  }
  const alsoRequired = (values.require ?? []).flatMap((v) => v.split(",")).map((k) => k.trim()).filter((k) => k !== "");
  const unknown = alsoRequired.filter((k) => !REQUIRABLE_KEYS.includes(k));
  if (unknown.length > 0) {
    return usageError(io, "check", t.unknownRequire(unknown.map((k) => `"${k}"`).join(", "), REQUIRABLE_KEYS.join(", ")));
  }
  const today = parseToday(values.today);
  if (today === null) return usageError(io, "check", t.badToday(values.today ?? ""));
  if (positionals.length === 0) return usageError(io, "check", messages(lang).noFile, checkUsage[lang]);
  const school = values.school !== undefined ? { schoolType: values.school } : {};
  const options = { ...school, alsoRequired, today: today ?? new Date() };
  // Each file is written as soon as it is checked and only its summary line is kept: a district checks a thousand
  // plans in one run, and memory must not grow with their number. The JSON is written piece by piece, exactly as
  // JSON.stringify({ files }, null, 2) would write it (no string in it holds a raw line break).
  const summaryRows: string[][] = [];
  let unreadable = false;
  let incomplete = false;
  if (values.json) io.stdout.write('{\n  "files": [\n');
  for (const [i, file] of positionals.entries()) {
    const checked = await checkFile(file, lang, school, options, values.school);
    unreadable ||= checked.result === null;
    incomplete ||= checked.result !== null && !checked.result.complete;
    if (values.json) {
      const json = JSON.stringify(fileJson(checked, lang), null, 2).replace(/^/gm, "    ");
      io.stdout.write(`${json}${i < positionals.length - 1 ? "," : ""}\n`);
    } else {
      io.stdout.write(fileText(checked, lang));
      // Copied through JSON: V8 keeps a whole document.xml alive behind any substring of it.
      summaryRows.push(JSON.parse(JSON.stringify(summaryRow(checked, lang))) as string[]);
    }
  }
  if (values.json) io.stdout.write("  ]\n}\n");
  else if (summaryRows.length > 1) io.stdout.write(summaryTable(summaryRows, lang));
  if (unreadable) return EXIT.unreadable;
  return incomplete ? EXIT.findings : EXIT.ok;
}
