import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { itemLabel, readDocumentModel, type DocumentModel, type Item, type TableModel } from "../../core/plan";
import { DocxError, openDocx, readTables } from "../../ooxml";
import { EXIT, type CliIo } from "../io";

export const readUsage = `Usage: caitien read FILE... [--json] [--lang vi|en]

Prints what the reader understood of each .docx: every table (index in document order, nested tables after their
parent), its kind (plan, report, issues, monitoring, other), form, recognised columns and items.

--json prints {"files":[{"file","error":null|{"code","message"},"tables":[{"index","kind","form","columns",
"items":[{"criterion"|"item","rows","fields"}]}]}]}, the shape "caitien check --json" shares:
  form     "2026" for a plan on the 2026 form, "2018" for a 2018-era plan, null for every other table;
  columns  field key → grid column (0-based) of its header;
  items    2018 plan/report rows and issues rows name their "criterion" ("1.4", null when the row has none);
           2026 tasks their "item" (the TT, "3"); monitoring rows their "item" (the review point);
           rows are the physical row indexes (continuation rows included), fields the text of each column.
Messages are in Vietnamese, in English with --lang en. Exit 0, or 2 when a file could not be read (the other
files are still read).
`;

type Lang = "vi" | "en";

export interface FileError {
  code: string;
  message: string;
}

/** Errors of the file system, before the document itself is looked at. */
const FILE_ERRORS: Record<string, { vi: string; en: string }> = {
  "not-found": { vi: "Không tìm thấy tệp này. Hãy kiểm tra lại đường dẫn và tên tệp.", en: "File not found." },
  "not-a-file": { vi: "Đây là một thư mục, không phải tệp .docx.", en: "This is a directory, not a file." },
  "unreadable-file": {
    vi: "Không mở được tệp (không có quyền đọc hoặc tệp đang bị khóa).",
    en: "The file could not be opened (permission denied or locked).",
  },
  internal: {
    vi: "Không đọc được tài liệu này do lỗi của chương trình. Hãy gửi tệp cho người hỗ trợ.",
    en: "The document could not be read because of an internal error.",
  },
};

function fileError(code: string, lang: Lang): FileError {
  const messages = FILE_ERRORS[code] ?? FILE_ERRORS.internal!;
  return { code, message: messages[lang] };
}

export type ReadResult = { file: string; error: null; model: DocumentModel; documentXml: string } | { file: string; error: FileError };

/** Reads one .docx into its document model; every failure becomes an error code and message, never a throw. */
export async function readDocxFile(file: string, lang: Lang, options: { schoolType?: string } = {}): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, error: fileError(code === "ENOENT" ? "not-found" : code === "EISDIR" ? "not-a-file" : "unreadable-file", lang) };
  }
  try {
    const { documentXml } = await openDocx(bytes);
    const model = readDocumentModel(readTables(documentXml), { documentXml, ...options });
    return { file, error: null, model, documentXml };
  } catch (error) {
    if (error instanceof DocxError) return { file, error: { code: error.code, message: lang === "en" ? error.messageEn : error.messageVi } };
    return { file, error: fileError("internal", lang) };
  }
}

/** "2026" / "2018" for a plan table, null for any other (see the usage text). */
export function formLabel(table: TableModel): "2026" | "2018" | null {
  if (table.form === "plan-2026") return "2026";
  if (table.form === "plan-2018") return "2018";
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

export function tableJson(table: TableModel): Record<string, unknown> {
  return { index: table.index, kind: table.kind, form: formLabel(table), columns: table.columns, items: table.items.map(itemJson) };
}

export function fileJson(result: ReadResult): Record<string, unknown> {
  if (result.error) return { file: result.file, error: result.error, tables: [] };
  return { file: result.file, error: null, tables: result.model.tables.map(tableJson) };
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
  if (result.model.legacyEncoding) lines.push(`  ${t.legacy(result.model.legacyEncoding)}`);
  if (result.model.tables.length === 0) lines.push(`  ${t.noTable}`);
  for (const table of result.model.tables) {
    const nested = table.isTopLevel ? "" : lang === "vi" ? ` (lồng trong bảng ${table.parentIndex})` : ` (nested in table ${table.parentIndex})`;
    const form = formLabel(table) ?? (table.form?.endsWith("2026") ? "2026" : table.form ? "2018" : null);
    let line = `  ${t.table} ${table.index}${nested}: ${KIND_LABELS[lang][table.kind]}${form ? `, ${t.form} ${form}` : ""}`;
    if (table.kind !== "other") {
      line += ` — ${t.columns}: ${Object.keys(table.columns).join(", ")}`;
      line += ` — ${table.items.length} ${t.items}${table.items.length ? `: ${table.items.map(itemId).join(", ")}` : ""}`;
    }
    lines.push(line);
  }
  return `${lines.join("\n")}\n`;
}

export async function runRead(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "vi" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    io.stderr.write(`caitien read: ${(error as Error).message}\n\n${readUsage}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(readUsage);
    return EXIT.ok;
  }
  if (values.lang !== "vi" && values.lang !== "en") {
    io.stderr.write(`caitien read: --lang must be vi or en, got "${values.lang}".\n`);
    return EXIT.usage;
  }
  if (positionals.length === 0) {
    io.stderr.write(`caitien read: no file given.\n\n${readUsage}`);
    return EXIT.usage;
  }
  const lang: Lang = values.lang;
  const results: ReadResult[] = [];
  for (const file of positionals) results.push(await readDocxFile(file, lang));
  if (values.json) io.stdout.write(`${JSON.stringify({ files: results.map(fileJson) }, null, 2)}\n`);
  else for (const result of results) io.stdout.write(fileText(result, lang));
  return results.some((r) => r.error) ? EXIT.unreadable : EXIT.ok;
}
