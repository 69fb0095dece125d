/** What `read --json` and `check --json` say of the school: name, type and year, each with how it was found. */
import { schoolTypeInfo, isSchoolType } from "../core/catalog";
import type { DocumentModel } from "../core/plan";
import type { Inference } from "../core/school";
import type { Lang } from "./lang";

function inferenceJson(inference: Inference<string, string> | undefined): Record<string, unknown> {
  if (!inference) return { value: null, source: null, status: "none", evidence: [] };
  return { value: inference.value, source: inference.source, status: inference.status, evidence: inference.evidence };
}

/** `schoolType` is the `--school` option when given (source "option"), else what the document says. */
export function schoolJson(model: DocumentModel, schoolOption: string | undefined): Record<string, unknown> {
  const info = model.schoolInfo;
  return {
    schoolName: inferenceJson(info?.schoolName),
    schoolType:
      schoolOption !== undefined
        ? { value: schoolOption, source: "option", status: "found", evidence: info?.schoolType.evidence ?? [] }
        : inferenceJson(info?.schoolType),
    schoolYear: inferenceJson(info?.schoolYear),
  };
}

const SOURCE_TEXT: Record<Lang, Record<string, string>> = {
  vi: {
    letterhead: "tên trường ở đầu văn bản",
    "school-line": "tên cơ sở giáo dục",
    circular: "thông tư được dẫn",
    "criterion-codes": "mã tiêu chí",
    title: "tiêu đề văn bản",
    "plan-header": "hàng tiêu đề của bảng",
    "date-line": "dòng ngày tháng",
  },
  en: {
    letterhead: "letterhead",
    "school-line": "school line",
    circular: "circular cited",
    "criterion-codes": "criterion codes",
    title: "title",
    "plan-header": "table header",
    "date-line": "date line",
  },
};

/** One line for the text output: "Trường: … — cấp học: … (theo …) — năm học: … (theo …)". */
export function schoolLine(model: DocumentModel, lang: Lang): string | null {
  const info = model.schoolInfo;
  if (!info) return null;
  const vi = lang === "vi";
  const why = (inference: Inference<string, string>): string => {
    if (inference.status === "found") return ` (${vi ? "theo" : "from the"} ${SOURCE_TEXT[lang][inference.source ?? ""] ?? inference.source})`;
    return "";
  };
  const unknown = (inference: Inference<string, string>): string => {
    // The answers the document gives, so a contradiction can be told apart from silence: "mâu thuẫn (2023-2024, 2024-2025)".
    const values = [...new Set(inference.evidence.flatMap((e) => e.values))].join(", ");
    if (inference.status === "conflict") return vi ? `các nguồn trong văn bản mâu thuẫn (${values})` : `the document contradicts itself (${values})`;
    if (inference.status === "ambiguous") return vi ? `chưa rõ (${values.replace(/, /g, " hoặc ")})` : `unclear (${values.replace(/, /g, " or ")})`;
    return vi ? "không rõ" : "unknown";
  };
  const name = info.schoolName.value ?? unknown(info.schoolName);
  const type = info.schoolType.value && isSchoolType(info.schoolType.value) ? schoolTypeInfo[info.schoolType.value].label + why(info.schoolType) : unknown(info.schoolType);
  const year = info.schoolYear.value ? info.schoolYear.value + why(info.schoolYear) : unknown(info.schoolYear);
  return vi ? `Trường: ${name} — cấp học: ${type} — năm học: ${year}` : `School: ${name} — type: ${type} — school year: ${year}`;
}
