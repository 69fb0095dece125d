import { formById, type FormId } from "../../core/forms";
import { itemLabel, type Item, type TableModel } from "../../core/plan";
import { parseCommandArgs, usageError } from "../arguments";
import { readDocxFile, type ReadResult } from "../docx-files";
import { EXIT, type CliIo } from "../io";
import type { Bilingual, Lang } from "../lang";
import { messages } from "../messages";
import { schoolJson, schoolLine } from "../school-json";

export const readUsage: Bilingual = {
  vi: `Cách dùng: caitien read TỆP... [--json] [--lang vi|en]

In ra những gì Cải Tiến hiểu được ở mỗi tệp .docx: mọi bảng (số thứ tự trong văn bản, bảng lồng đứng sau bảng chứa
nó), loại bảng (kế hoạch, báo cáo, vấn đề cần cải tiến, theo dõi đánh giá, khác), mẫu, các cột nhận ra và các mục.

--json in {"files":[{"file","error":null|{"code","message"},"schoolName","schoolType","schoolYear","tables":[{"index","kind","form","columns",
"items":[{"criterion"|"item","rows","fields"}]}]}]}, cùng dạng với "caitien check --json":
  form     "2026" với bảng kế hoạch mẫu 2026, "2018" với kế hoạch theo các thông tư 2018, null với mọi bảng khác;
  columns  khóa cột → cột lưới (đếm từ 0) của tiêu đề cột đó;
  items    hàng kế hoạch/báo cáo mẫu 2018 và hàng vấn đề ghi "criterion" ("1.4", null khi hàng không có);
           nhiệm vụ mẫu 2026 ghi "item" (số TT, "3"); hàng theo dõi ghi "item" (thời điểm đánh giá);
           rows là số hàng thực (kể cả hàng nối tiếp), fields là chữ trong từng cột;
  schoolName, schoolType, schoolYear  {"value","source","status","evidence"}: tên trường, cấp học, năm học văn bản
           ghi, và nguồn (letterhead, circular, criterion-codes, title, plan-header, date-line; status none khi
           không thấy, conflict khi các nguồn mâu thuẫn, ambiguous khi còn nhiều khả năng).
Thông báo bằng tiếng Việt; --lang en để có tiếng Anh. Mã thoát 0, hoặc 2 khi có tệp không đọc được (các tệp khác
vẫn được đọc).
`,
  en: `Usage: caitien read FILE... [--json] [--lang vi|en]

Prints what the reader understood of each .docx: every table (index in document order, nested tables after their
parent), its kind (plan, report, issues, monitoring, other), form, recognised columns and items.

--json prints {"files":[{"file","error":null|{"code","message"},"schoolName","schoolType","schoolYear","tables":[{"index","kind","form","columns",
"items":[{"criterion"|"item","rows","fields"}]}]}]}, the shape "caitien check --json" shares:
  form     "2026" for a plan on the 2026 form, "2018" for a 2018-era plan, null for every other table;
  columns  field key → grid column (0-based) of its header;
  items    2018 plan/report rows and issues rows name their "criterion" ("1.4", null when the row has none);
           2026 tasks their "item" (the TT, "3"); monitoring rows their "item" (the review point);
           rows are the physical row indexes (continuation rows included), fields the text of each column;
  schoolName, schoolType, schoolYear  {"value","source","status","evidence"}: what the document states, and where
           (letterhead, circular, criterion-codes, title, plan-header, date-line; status none when not found,
           conflict when its sources disagree, ambiguous when more than one answer fits).
Messages are in Vietnamese, in English with --lang en. Exit 0, or 2 when a file could not be read (the other
files are still read).
`,
};

/** The JSON "form" (shared with caitien check): "2026" / "2018" for a plan table, null for any other. */
export function formLabel(form: FormId | null | undefined): "2026" | "2018" | null {
  if (form === "plan-2026") return "2026";
  if (form === "plan-2018") return "2018";
  return null;
}

function itemJson(item: Item): Record<string, unknown> {
  const label = itemLabel(item);
  const id = item.type === "criterion" || item.type === "issue" ? { criterion: label.criterion ?? null } : { item: label.item ?? null };
  return {
    ...id,
    rows: item.rows,
    fields: Object.fromEntries(Object.entries(item.fields).map(([key, value]) => [key, value.text])),
  };
}

function tableJson(table: TableModel): Record<string, unknown> {
  return { index: table.index, kind: table.kind, form: formLabel(table.form), columns: table.columns, items: table.items.map(itemJson) };
}

export function fileJson(result: ReadResult): Record<string, unknown> {
  if (result.error) return { file: result.file, error: result.error, tables: [] };
  return { file: result.file, error: null, ...schoolJson(result.model, undefined), tables: result.model.tables.map(tableJson) };
}

const KIND_LABELS: Record<Lang, Record<string, string>> = {
  vi: { plan: "kế hoạch", report: "báo cáo", issues: "vấn đề cần cải tiến", monitoring: "theo dõi, đánh giá", other: "khác" },
  en: { plan: "plan", report: "report", issues: "issues", monitoring: "monitoring", other: "other" },
};

const TEXT: Record<Lang, { table: string; form: string; columns: string; items: string; legacy: (e: string) => string; noTable: string }> = {
  vi: {
    table: "Bảng",
    form: "mẫu",
    columns: "cột",
    items: "mục",
    legacy: (e) => `Cảnh báo: văn bản dùng bảng mã cũ ${e}; hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi kiểm tra lại.`,
    noTable: "(không có bảng nào)",
  },
  en: {
    table: "Table",
    form: "form",
    columns: "columns",
    items: "items",
    legacy: (e) => `Warning: the text uses the legacy ${e} encoding; convert it to Unicode and read it again.`,
    noTable: "(no tables)",
  },
};

function itemId(item: Item): string {
  const { criterion, item: id } = itemLabel(item);
  return criterion ?? id ?? "?";
}

function fileText(result: ReadResult, lang: Lang): string {
  const t = TEXT[lang];
  if (result.error) return `${result.file}\n  ${result.error.message} [${result.error.code}]\n`;
  const lines = [result.file];
  const school = schoolLine(result.model, lang);
  if (school) lines.push(`  ${school}`);
  if (result.model.legacyEncoding) lines.push(`  ${t.legacy(result.model.legacyEncoding)}`);
  if (result.model.tables.length === 0) lines.push(`  ${t.noTable}`);
  for (const table of result.model.tables) {
    const nested = table.isTopLevel ? "" : lang === "vi" ? ` (lồng trong bảng ${table.parentIndex})` : ` (nested in table ${table.parentIndex})`;
    const form = table.form ? formById(table.form).generation : null;
    let line = `  ${t.table} ${table.index}${nested}: ${KIND_LABELS[lang][table.kind]}${form ? `, ${t.form} ${form}` : ""}`;
    if (table.kind !== "other") {
      line += ` — ${t.columns}: ${Object.keys(table.columns).join(", ")}`;
      line += ` — ${table.items.length} ${t.items}${table.items.length ? `: ${table.items.map(itemId).join(", ")}` : ""}`;
    }
    lines.push(line);
  }
  return `${lines.join("\n")}\n`;
}

export async function runRead(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const parsed = parseCommandArgs(io, "read", readUsage, lang, {
    args,
    options: {
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError(io, "read", messages(lang).noFile, readUsage[lang]);
  const results: ReadResult[] = [];
  for (const file of positionals) results.push(await readDocxFile(file, lang));
  if (values.json) io.stdout.write(`${JSON.stringify({ files: results.map(fileJson) }, null, 2)}\n`);
  else for (const result of results) io.stdout.write(fileText(result, lang));
  return results.some((r) => r.error) ? EXIT.unreadable : EXIT.ok;
}
