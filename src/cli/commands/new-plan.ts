import { DEFAULT_FRAMEWORK, FRAMEWORKS, SCHOOL_TYPES, isFramework, isSchoolType } from "../../core/catalog";
import { newPlanDocument, type NewPlanChoices } from "../../core/tables/new-plan";
import type { Layout } from "../../core/tables/spec";
import { documentToDocx } from "../../ooxml/write/docx";
import { parseCommandArgs, usageError } from "../arguments";
import { writeOutputFile } from "../docx-files";
import { EXIT, type CliIo } from "../io";

export const newPlanUsage = `Usage: caitien new-plan --school ${SCHOOL_TYPES.join("|")} --criteria CODES -o FILE.docx
                        [--framework ${FRAMEWORKS.join("|")}] [--level N] [--year 2026-2027]
                        [--portrait] [--font-size 13|12] [--force]

Writes a new plan document (A4 landscape, Times New Roman 13 pt unless told otherwise) for the chosen criteria
(comma-separated codes, e.g. 1.4,3.1,3.4). Framework ${DEFAULT_FRAMEWORK} (default) gives the whole ministry form
(Biểu 2, sections I–VIII) with its issues, plan and monitoring tables; 2018 and 2018-2024 give the 9-column table
with level, standard and criterion rows. --level is the target level (default 2): Mức 1–2 under 2026, 1–3 under
2018. An existing file is not overwritten without --force.
`;

function fail(io: CliIo, message: string, withUsage = false): number {
  return usageError(io, "new-plan", message, withUsage ? newPlanUsage : undefined);
}

export async function runNewPlan(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, "new-plan", newPlanUsage, {
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
  const { framework, school, output } = values;
  if (!isFramework(framework)) return fail(io, `unknown framework "${framework}"; use one of ${FRAMEWORKS.join(", ")}.`);
  if (school === undefined) return fail(io, "missing --school.", true);
  if (!isSchoolType(school)) return fail(io, `unknown school type "${school}"; use one of ${SCHOOL_TYPES.join(", ")}.`);
  if (values.criteria === undefined) return fail(io, "missing --criteria (comma-separated codes, e.g. 1.4,3.1).", true);
  if (output === undefined || output === "") return fail(io, "missing -o FILE.docx (where to write the plan).", true);
  if (!/^[1-9]$/.test(values.level)) return fail(io, `--level must be a level number such as 2, got "${values.level}".`);
  const fontSize = values["font-size"];
  if (fontSize !== "13" && fontSize !== "12") return fail(io, `--font-size must be 13 or 12, got "${fontSize}".`);
  if (values.year !== undefined && !/^\d{4}\s*[-–]\s*\d{4}$/.test(values.year.trim())) {
    return fail(io, `--year must look like 2026-2027, got "${values.year}".`);
  }

  const choices: NewPlanChoices = {
    framework,
    schoolType: school,
    targetLevel: Number(values.level),
    criteria: values.criteria.split(","),
    ...(values.year !== undefined ? { schoolYear: values.year.trim().replace(/\s*[-–]\s*/, "-") } : {}),
  };
  const layout: Layout = { orientation: values.portrait ? "portrait" : "landscape", fontSizePt: fontSize === "12" ? 12 : 13 };

  let bytes: Uint8Array;
  try {
    // The core checks the choices against the catalog and explains in Vietnamese (unknown criterion, level).
    bytes = await documentToDocx(newPlanDocument(choices, layout));
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  const unwritten = writeOutputFile(output, bytes, values.force);
  if (unwritten) return fail(io, unwritten);
  io.stdout.write(`Wrote ${output}\n`);
  return EXIT.ok;
}
