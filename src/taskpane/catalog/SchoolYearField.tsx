import { Field, Input } from "@fluentui/react-components";
import { parseSchoolYear } from "../../core/report";
import { schoolYearProblem } from "../../core/school";
import { useCatalogChoice } from "../catalog-choice";

const SOURCE_TEXT = { title: "tiêu đề", "plan-header": "hàng tiêu đề của bảng", "date-line": "dòng ngày tháng" } as const;

/** "2024-2025", "2024 – 2025": a school year as the field accepts it. */
export function isSchoolYear(text: string): boolean {
  try {
    parseSchoolYear(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Năm học: the document's year when it states one (with where it says so); otherwise an empty field whose hint asks
 * for it and a warning saying why the document's year could not be taken (none written, or two that disagree).
 * `lockedToDocument`: the field cannot override a year the document states (the report takes the document's).
 */
export function SchoolYearField({ lockedToDocument = false }: { lockedToDocument?: boolean }) {
  const { documentSchool, schoolYear, setSchoolYear } = useCatalogChoice();
  const inference = documentSchool?.schoolYear;
  const stated = inference?.status === "found" ? inference : null;
  const where = stated?.evidence.find((e) => e.source === stated.source);
  const problem = documentSchool ? schoolYearProblem(inference) : null;
  const invalid = schoolYear.trim() !== "" && !isSchoolYear(schoolYear);

  let validationState: "error" | "warning" | "none" = "none";
  let validationMessage: string | undefined;
  if (invalid) {
    validationState = "error";
    validationMessage = "Năm học phải có dạng 2024-2025 (hai năm liền nhau).";
  } else if (problem && schoolYear.trim() === "") {
    validationState = "warning";
    validationMessage = `${problem} Hãy nhập năm học.`;
  }
  const fromDocument = stated && where && schoolYear === stated.value;
  const hint = fromDocument ? `Theo ${SOURCE_TEXT[where.source]} của văn bản: “${where.text}”.` : "Viết như 2024-2025.";

  return (
    <Field label="Năm học" hint={hint} validationState={validationState} validationMessage={validationMessage}>
      <Input value={schoolYear} readOnly={lockedToDocument && Boolean(stated)} onChange={(_, data) => setSchoolYear(data.value)} />
    </Field>
  );
}
