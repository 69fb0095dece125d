/** School years as the report prints them, and which review point is due. */
import { REPORT_2018 } from "../forms";
import { ReportError, type ReviewPoint } from "./types";

/** "2024-2025", "2024 – 2025", "2024–2025" → [2024, 2025]; a ReportError for anything else. */
export function parseSchoolYear(text: string): [number, number] {
  const m = /^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$/u.exec(text);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new ReportError("bad-school-year");
  return [Number(m[1]), Number(m[2])];
}

/** "2024 – 2025": how the plans and the report form print it. */
export function displaySchoolYear(text: string): string {
  const [first, second] = parseSchoolYear(text);
  return `${first} – ${second}`;
}

/**
 * The review point due next: the end of học kỳ I until the end of January of the school year's second calendar
 * year (học kỳ I ends in mid-January and its review follows), the end of the year after that.
 */
export function nextReviewPoint(today: Date, schoolYear: string): ReviewPoint {
  const [, second] = parseSchoolYear(schoolYear);
  const year = today.getFullYear();
  return year < second || (year === second && today.getMonth() === 0) ? "hk1" : "cuoi-nam";
}

/** The form's group header over the plan columns, "… năm học …" with the year filled in. */
export function planGroupHeader(year: string): string {
  const group = REPORT_2018.headerGroups?.find((g) => g.keys.includes("ndDauNam"));
  const header = group?.header ?? "ND kế hoạch cải tiến chất lượng giáo dục năm học …";
  return /…\s*$/u.test(header) ? header.replace(/…\s*$/u, year) : `${header} ${year}`;
}
