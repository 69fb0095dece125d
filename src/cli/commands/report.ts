import { realpathSync } from "node:fs";
import path from "node:path";
import { NO_REPORT_FORM_2026_NOTE, REVIEW_POINTS, ReportError, planTableIndexes, reportDocument, type ReviewPoint } from "../../core/report";
import { COPY_FOR_NEW_DOCUMENT, paragraphSource } from "../../ooxml/copy-paragraphs";
import { documentToDocx } from "../../ooxml/write/docx";
import { parseCommandArgs, usageError } from "../arguments";
import { readDocxFile, writeOutputFile } from "../docx-files";
import { EXIT, type CliIo } from "../io";

export const reportUsage = `Usage: caitien report PLAN.docx -o REPORT.docx [--year 2024-2025] [--point ${REVIEW_POINTS.join("|")}]
                      [--table N] [--no-heading] [--force]

Writes a new document (A4 landscape) with the progress report of the plan in PLAN.docx, which is never modified.
A 2018-era plan gives the report table (ND kế hoạch xây dựng đầu năm / đã điều chỉnh, kết quả thực hiện), one row
per plan item with the plan's own paragraphs; a 2026 plan gives the section VI monitoring table for one review
point (--point hk1 = Cuối học kỳ I, cuoi-nam = Cuối năm học; --point may be repeated; default: the next one due).
The school year comes from the plan ("Năm học 2024 – 2025"), else from --year. --table N picks the plan table
(index as "caitien read" prints it) when the document has several. An existing file is not overwritten without
--force.
`;

function fail(io: CliIo, message: string, withUsage = false): number {
  return usageError(io, "report", message, withUsage ? reportUsage : undefined);
}

/** Whether two paths name the same file (also through symbolic links, when the output already exists). */
function samePath(a: string, b: string): boolean {
  const resolve = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return resolve(a) === resolve(b);
}

function isReviewPoint(value: string): value is ReviewPoint {
  return (REVIEW_POINTS as readonly string[]).includes(value);
}

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, "report", reportUsage, {
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
  if (positionals.length === 0) return fail(io, "no plan file given.", true);
  if (positionals.length > 1) return fail(io, `one plan file at a time, got ${positionals.length}.`, true);
  const input = positionals[0]!;
  const output = values.output;
  if (output === undefined || output === "") return fail(io, "missing -o REPORT.docx (where to write the report).", true);
  if (samePath(input, output)) return fail(io, "the report cannot be written over the plan; choose another -o file.");
  if (values.year !== undefined && !/^\s*\d{4}\s*[-–]\s*\d{4}\s*$/.test(values.year)) {
    return fail(io, `--year must look like 2024-2025, got "${values.year}".`);
  }
  const points = values.point ?? [];
  const unknown = points.find((p) => !isReviewPoint(p));
  if (unknown !== undefined) return fail(io, `--point must be ${REVIEW_POINTS.join(" or ")}, got "${unknown}".`);
  let tableIndex: number | undefined;
  if (values.table !== undefined) {
    if (!/^\d+$/.test(values.table)) return fail(io, `--table must be a table index such as 2, got "${values.table}".`);
    tableIndex = Number(values.table);
  }

  const read = await readDocxFile(input, "en");
  if (read.error) return fail(io, `cannot read ${input}: ${read.error.message} [${read.error.code}]`);
  const { model, documentXml, tables } = read;
  const plans = planTableIndexes(model);
  if (tableIndex === undefined) {
    if (plans.length === 0) return fail(io, `${input} has no plan table (run "caitien read ${input}" to see how its tables were read).`);
    if (plans.length > 1) return fail(io, `${input} has ${plans.length} plan tables (${plans.join(", ")}); choose one with --table.`);
    tableIndex = plans[0]!;
  } else if (!plans.includes(tableIndex)) {
    return fail(io, `table ${tableIndex} of ${input} is not a plan table${plans.length ? ` (plan tables: ${plans.join(", ")})` : ""}.`);
  }
  const table = model.tables.find((t) => t.index === tableIndex);
  if (table?.legacyEncoding) {
    return fail(io, `the plan table uses the legacy ${table.legacyEncoding} encoding; convert the document to Unicode first (Unikey: Công cụ chuyển mã).`);
  }

  let bytes: Uint8Array;
  try {
    // The table offsets the copies are cut from must come from this very string: the tables the model was read from.
    const source = paragraphSource(documentXml, tables, COPY_FOR_NEW_DOCUMENT);
    const spec = reportDocument(model, tableIndex, {
      source,
      heading: !values["no-heading"],
      ...(values.year !== undefined ? { schoolYear: values.year } : {}),
      ...(points.length ? { points: points as ReviewPoint[] } : {}),
    });
    bytes = await documentToDocx(spec);
  } catch (error) {
    if (error instanceof ReportError) {
      if (error.code === "no-school-year") return fail(io, `${input} states no school year ("Năm học 2024 – 2025"); give one with --year 2024-2025.`);
      if (error.code === "bad-school-year") return fail(io, `--year must look like 2024-2025 (two consecutive years), got "${values.year ?? ""}".`);
      return fail(io, error.messageEn);
    }
    return fail(io, `cannot make the report: ${(error as Error).message}`);
  }
  const unwritten = writeOutputFile(output, bytes, values.force);
  if (unwritten) return fail(io, unwritten);
  io.stdout.write(`Wrote ${output}\n`);
  if (table?.form === "plan-2026") io.stdout.write(`${NO_REPORT_FORM_2026_NOTE}\n`);
  return EXIT.ok;
}
