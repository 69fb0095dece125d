/**
 * Dates and periods as principals write them in the time column: "05/9/2025", "Tháng 9/2026", "tháng 12 năm 2022",
 * "Từ 05/9/2025 đến 31/5/2026", "Tháng 10/2026 – tháng 5/2027". Only forms that are plainly dates are read, so a
 * document number ("13/2024/QĐ-UBND") or money ("15.000.000") is never taken for one.
 */

export interface TimePoint {
  /** The text as matched (lower case), for messages. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** First and last day the point covers (UTC dates); null when the point cannot be a date. */
  readonly first: Date | null;
  readonly last: Date | null;
}

export type TimeProblem = { kind: "impossible"; text: string } | { kind: "reversed"; from: string; to: string };

const DAY_MONTH_YEAR = /(?<![\d.,/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/]|[.,]\d)/g;
// Matched on lower-case NFC text, with or without diacritics (folding every cell costs more than the match).
const MONTH_YEAR = /(?<![\d.,/-])(th[aá]ng\s*)?(\d{1,2})\s*(?:\/|-|(?<![\p{L}])n[aă]m(?![\p{L}]))\s*(\d{4})(?![\d/]|[.,]\d)/gu;
/** What may stand between the two ends of a period. */
const RANGE_JOIN = /^\s*(?:đến|den|tới|toi|-|–|—|~)\s*(?:(?:hết|het)\s*)?(?:(?:ngày|ngay)\s*)?$/u;

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every date or month written in the text, in order; impossible ones ("32/10/2024", "Tháng 13/2024") have null dates. */
export function timePoints(text: string): TimePoint[] {
  return pointsOf(lower(text));
}

function lower(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

function pointsOf(lowered: string): TimePoint[] {
  const points: TimePoint[] = [];
  const taken: [number, number][] = [];
  for (const m of lowered.matchAll(DAY_MONTH_YEAR)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
    const date = valid ? utc(year, month, day) : null;
    points.push({ text: m[0], start: m.index, end: m.index + m[0].length, first: date, last: date });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of lowered.matchAll(MONTH_YEAR)) {
    const start = m.index;
    if (taken.some(([a, b]) => start < b && start + m[0].length > a)) continue;
    const [month, year] = [Number(m[2]), Number(m[3])];
    const valid = month >= 1 && month <= 12;
    // A bare "13/2024" may be a number of something; only "tháng 13/2024" is surely a wrong month.
    if (!valid && !m[1]) continue;
    points.push({
      text: m[0],
      start,
      end: start + m[0].length,
      first: valid ? utc(year, month, 1) : null,
      last: valid ? utc(year, month, daysIn(year, month)) : null,
    });
  }
  return points.sort((a, b) => a.start - b.start);
}

/** The problems of a time text: dates that cannot exist, and periods that end before they start. */
export function timeProblems(text: string): TimeProblem[] {
  // Every date form has a digit next to "/", ".", "-" or a space; a text without such a digit has no date.
  if (!/\d[/.\-\s]/.test(text)) return [];
  const lowered = lower(text);
  const points = pointsOf(lowered);
  const problems: TimeProblem[] = [];
  for (const point of points) if (!point.first) problems.push({ kind: "impossible", text: point.text });
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (!from.first || !to.last) continue;
    // "tháng" of the second end belongs to its match, so the text between is just the joining word or dash.
    if (!RANGE_JOIN.test(lowered.slice(from.end, to.start))) continue;
    if (to.last.getTime() < from.first.getTime()) problems.push({ kind: "reversed", from: from.text, to: to.text });
  }
  return problems;
}
