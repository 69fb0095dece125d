/**
 * The school a document is about — its name, type (cấp học) and school year — read from where a principal states
 * them, with the evidence for each, so a host can propose them and ask when the document is silent or contradicts
 * itself.
 *
 * - School year: the title lines ("NĂM HỌC: 2023-2024", "Cải tiến chất lượng giáo dục năm học 2026–2027"), the plan
 *   or report header row ("ND Kế hoạch … năm học 2023 – 2024"), the date line ("…, ngày 25 tháng 10 năm 2023": the
 *   school year runs September to August, so that is 2023–2024; an August date fits two years). Never a sentence of
 *   the body ("Phấn đấu cuối năm học 2027-2028 …", "Báo cáo tự đánh giá năm học 2025–2026").
 * - School type: the school's name in the letterhead ("TRƯỜNG THCS TÂN PHÚ"), the circular cited (17/2018 tiểu học,
 *   18/2018 trung học, 19/2018 mầm non, 57/2026 with its Phụ lục I/II/III), and criterion codes that exist in one
 *   circular only (5.6 is trung học's). Letterhead and circular narrow the possible types (leaving none: they
 *   disagree); the codes only narrow what those leave open.
 * - School name: the letterhead line that names the school, or "Tên cơ sở giáo dục: …" in the text.
 */
import type { TableGrid } from "../../ooxml/table-grid";
import { SCHOOL_TYPES, getCatalog, type SchoolType } from "../catalog";
import { readDocumentParagraphs, type DocumentParagraph } from "../text/document-paragraphs";
import { foldVietnamese, normalizeText } from "../text/fold";

export type SchoolYearSource = "title" | "plan-header" | "date-line";
export type SchoolTypeSource = "letterhead" | "circular" | "criterion-codes";
export type SchoolNameSource = "letterhead" | "school-line";

/**
 * - `found`: `value` is the answer;
 * - `none`: the document does not say;
 * - `conflict`: sources disagree (a title of 2023–2024 dated May 2025; a THCS letterhead citing 19/2018);
 * - `ambiguous`: what it says fits more than one answer (an August date; Phụ lục II covers tiểu học and trung học).
 */
export type InferenceStatus = "found" | "none" | "conflict" | "ambiguous";

export interface Evidence<S extends string> {
  readonly source: S;
  /** The document's text the evidence was read from (one paragraph or line). */
  readonly text: string;
  /** The answers this evidence allows. */
  readonly values: readonly string[];
}

export interface Inference<V extends string, S extends string> {
  /** Null unless `status` is "found". */
  readonly value: V | null;
  readonly status: InferenceStatus;
  /** The source the value was taken from (null when there is no value). */
  readonly source: S | null;
  /** Everything found, strongest source first: what a host shows when it asks. */
  readonly evidence: readonly Evidence<S>[];
}

export interface SchoolInfo {
  /** "TRƯỜNG THCS TÂN PHÚ", as the document writes it. */
  readonly schoolName: Inference<string, SchoolNameSource>;
  readonly schoolType: Inference<SchoolType, SchoolTypeSource>;
  /** "2023-2024". */
  readonly schoolYear: Inference<string, SchoolYearSource>;
}

export interface SchoolInfoOptions {
  /** Criterion codes of the document's 2018-era plan or report items ("1.4", "5.6"), when the caller has read them. */
  readonly criteria?: readonly string[];
  /**
   * The document's tables as the table reader read them from the same XML, when the caller has them: the rows past
   * each table's first HEADER_ROWS are then cut out by the reader's offsets before the paragraphs are read, so a
   * 3,000-row plan's body is not tokenised a second time (it would be skipped unread anyway).
   */
  readonly tables?: readonly TableGrid[];
}

/** `documentXml` without the rows past each table's first `keep`, cut at the reader's row offsets. */
export function withoutBodyRows(documentXml: string, tables: readonly TableGrid[], keep: number): string {
  const cuts = tables
    .flatMap((t) => t.rows.filter((r) => r.index >= keep).map((r) => [r.start, r.end] as const))
    .sort((a, b) => a[0] - b[0]);
  if (cuts.length === 0) return documentXml;
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of cuts) {
    // A nested table's rows lie inside a row already cut.
    if (start < at) continue;
    pieces.push(documentXml.slice(at, start));
    at = end;
  }
  pieces.push(documentXml.slice(at));
  return pieces.join("");
}

/**
 * School name, type and year of a WordprocessingML main document (word/document.xml of a .docx, or the `w:document`
 * of Word's `getOoxml()`). Pure: text in, plain data out; never throws on malformed XML (it reads what it can).
 */
export function inferSchoolInfo(documentXml: string, options: SchoolInfoOptions = {}): SchoolInfo {
  // Letterheads and header rows are a table's first rows: the body of a 3,000-row plan is skipped unread.
  const xml = options.tables ? withoutBodyRows(documentXml, options.tables, HEADER_ROWS) : documentXml;
  const paragraphs = readDocumentParagraphs(xml, { rowsPerTable: HEADER_ROWS });
  return inferSchoolInfoFromParagraphs(paragraphs.map(headOfParagraph), options);
}

/**
 * Letterhead lines, titles and "Năm học …" phrases are short: only the start of a long paragraph is looked at, so
 * a 10 MB cell among a table's first rows is not folded and searched again by every rule.
 */
const PARAGRAPH_HEAD = 2000;

function headOfParagraph(p: DocumentParagraph): DocumentParagraph {
  return p.text.length > PARAGRAPH_HEAD ? { ...p, text: p.text.slice(0, PARAGRAPH_HEAD) } : p;
}

export function inferSchoolInfoFromParagraphs(paragraphs: readonly DocumentParagraph[], options: SchoolInfoOptions = {}): SchoolInfo {
  const titleStart = paragraphs.findIndex(isTitleStart);
  const head = titleStart === -1 ? paragraphs.slice(0, LETTERHEAD_PARAGRAPHS) : paragraphs.slice(0, titleStart);
  const letterheadLines = head.flatMap((p) => p.text.split("\n")).map(normalizeText).filter((line) => line !== "");
  return {
    schoolName: inferName(letterheadLines, paragraphs),
    schoolType: inferType(letterheadLines, paragraphs, options.criteria ?? []),
    schoolYear: inferYear(paragraphs, titleStart, head),
  };
}

/** Rows of a table read: a letterhead's, or a plan's header with its numbering row. */
/** Rows read from the top of each table: a letterhead or a header row (exported for readers of Word's tables). */
export const HEADER_ROWS = 3;
/** How far into the document a letterhead may reach when there is no recognisable title. */
const LETTERHEAD_PARAGRAPHS = 12;
/** Title lines after the first ("KẾ HOẠCH" / "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC" / "NĂM HỌC 2023 – 2024"). */
const TITLE_LINES = 4;
const TITLE_MAX_LENGTH = 160;

const TITLE_WORDS = /^(?:ke hoach|bao cao|kiem tra ke hoach|bien ban|theo doi va danh gia)\b/;
/** A section or list start ("I.", "1.", "a)", "-"): the title block has ended. */
const SECTION_START = /^(?:[ivx]+|\d+|[a-zđ])[.)]\s|^[-–•+]\s?/;

function isTitleStart(p: DocumentParagraph): boolean {
  return p.tableDepth === 0 && TITLE_WORDS.test(foldVietnamese(p.text)) && p.text.length <= TITLE_MAX_LENGTH;
}

// ---------------------------------------------------------------------------------------------------------------
// School year

const YEAR_PHRASE = /(\S+\s+)?nam\s*hoc\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4})/gu;
/** Words before "năm học" that make it a target or a reference, not the document's year ("cuối năm học 2027-2028"). */
const NOT_THE_DOCUMENTS_YEAR = new Set(["cuoi", "dau", "den", "truoc", "sau", "tu", "giua", "hết", "het", "cac", "nhung"]);
const PLAN_HEADER = /^(?:nd\s+|noi dung\s+)?ke hoach\b/;
const DATE_LINE = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})\s*[.;]?\s*$/u;
const DATE_LINE_MAX_LENGTH = 90;

function statedYears(text: string): string[] {
  const years: string[] = [];
  for (const m of foldVietnamese(text).matchAll(YEAR_PHRASE)) {
    const before = (m[1] ?? "").trim();
    if (NOT_THE_DOCUMENTS_YEAR.has(before)) continue;
    if (Number(m[3]) === Number(m[2]) + 1) years.push(`${m[2]}-${m[3]}`);
  }
  return years;
}

function yearsOfDate(text: string): string[] | null {
  if (text.length > DATE_LINE_MAX_LENGTH) return null;
  const m = DATE_LINE.exec(foldVietnamese(text));
  if (!m) return null;
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12 || Number(m[1]) < 1 || Number(m[1]) > 31) return null;
  const ending = `${year - 1}-${year}`;
  const starting = `${year}-${year + 1}`;
  // The school year runs from September to August; in August one year ends and the next is being prepared.
  if (month >= 9) return [starting];
  if (month <= 7) return [ending];
  return [ending, starting];
}

function inferYear(paragraphs: readonly DocumentParagraph[], titleStart: number, head: readonly DocumentParagraph[]): Inference<string, SchoolYearSource> {
  const evidence: Evidence<SchoolYearSource>[] = [];
  const add = (source: SchoolYearSource, text: string, values: readonly string[]): void => {
    if (values.length === 0) return;
    if (evidence.some((e) => e.source === source && sameValues(e.values, values))) return;
    evidence.push({ source, text: normalizeText(text), values: [...new Set(values)] });
  };

  for (const p of titleBlock(paragraphs, titleStart)) add("title", p.text, statedYears(p.text));
  for (const p of paragraphs) {
    // A paragraph that says nothing but the school year is a title line wherever it stands.
    if (p.tableDepth === 0 && /^nam\s*hoc\s*:?\s*\d{4}\s*[-–—/]\s*\d{4}$/.test(foldVietnamese(p.text))) add("title", p.text, statedYears(p.text));
  }
  for (const p of paragraphs) {
    if (p.table === null || p.row === null || p.row >= HEADER_ROWS) continue;
    // A header cell names the plan ("ND Kế hoạch cải tiến chất lượng giáo dục năm học 2023 – 2024"); body cells may
    // cite other years.
    if (PLAN_HEADER.test(foldVietnamese(p.text)) && p.text.length <= TITLE_MAX_LENGTH) add("plan-header", p.text, statedYears(p.text));
  }
  const dateParagraphs = [...head, ...titleBlock(paragraphs, titleStart)];
  for (const p of dateParagraphs) {
    for (const line of p.text.split("\n")) {
      const years = yearsOfDate(normalizeText(line));
      if (years) add("date-line", line, years);
    }
  }

  const stated = evidence.filter((e) => e.source !== "date-line");
  const dated = evidence.filter((e) => e.source === "date-line");
  const statedValues = new Set(stated.flatMap((e) => e.values));
  if (statedValues.size > 1) return { value: null, status: "conflict", source: null, evidence };
  if (statedValues.size === 1) {
    const [value] = statedValues as Set<string>;
    if (dated.some((e) => !e.values.includes(value!))) return { value: null, status: "conflict", source: null, evidence };
    return { value: value!, status: "found", source: stated[0]!.source, evidence };
  }
  const datedValues = dated.reduce<string[] | null>((common, e) => (common === null ? [...e.values] : common.filter((v) => e.values.includes(v))), null);
  if (datedValues === null) return { value: null, status: "none", source: null, evidence };
  if (datedValues.length === 1) return { value: datedValues[0]!, status: "found", source: "date-line", evidence };
  return { value: null, status: datedValues.length === 0 ? "conflict" : "ambiguous", source: null, evidence };
}

/** The title's first line and the short lines that follow it, up to the first section or list item. */
function titleBlock(paragraphs: readonly DocumentParagraph[], titleStart: number): DocumentParagraph[] {
  if (titleStart === -1) return [];
  const block = [paragraphs[titleStart]!];
  for (let i = titleStart + 1; i < paragraphs.length && block.length <= TITLE_LINES; i++) {
    const p = paragraphs[i]!;
    const folded = foldVietnamese(p.text);
    if (p.tableDepth > 0 || SECTION_START.test(folded) || p.text.length > TITLE_MAX_LENGTH) break;
    if (folded === "") continue;
    block.push(p);
  }
  return block;
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}

// ---------------------------------------------------------------------------------------------------------------
// School type and name

/** Folded letterhead words → the school types they name. Order matters: multi-level names are tested first. */
const NAME_TYPES: readonly [RegExp, readonly SchoolType[]][] = [
  [/\b(?:gdnn|gdtx|giao duc thuong xuyen|giao duc nghe nghiep)\b/, ["gdtx"]],
  [/\b(?:mam non|mau giao|nha tre|nhom tre|mn|mg)\b/, ["mam-non"]],
  // Thông tư 18/2018 covers trung học and schools with several levels (TH&THCS, liên cấp).
  [/\b(?:thcs|thpt|trung hoc|pho thong|ptdtnt|ptcs|lien cap)\b/, ["trung-hoc"]],
  [/\b(?:tieu hoc|th)\b/, ["tieu-hoc"]],
];

/** A letterhead line that names a school (or a centre) rather than its governing body. */
const SCHOOL_LINE = /^(?:truong|trung tam|nha tre|nhom tre)\b/;

function typesOfName(name: string): readonly SchoolType[] | null {
  const folded = foldVietnamese(name).replace(/[&/,-]/g, " ");
  for (const [pattern, types] of NAME_TYPES) if (pattern.test(folded)) return types;
  return null;
}

function inferName(letterheadLines: readonly string[], paragraphs: readonly DocumentParagraph[]): Inference<string, SchoolNameSource> {
  const evidence: Evidence<SchoolNameSource>[] = [];
  // A template's blank ("TRƯỜNG …………") names no school.
  const letterhead = letterheadLines.find((line) => SCHOOL_LINE.test(foldVietnamese(line)) && /[\p{L}\p{N}]/u.test(foldVietnamese(line).replace(SCHOOL_LINE, "")));
  if (letterhead) evidence.push({ source: "letterhead", text: letterhead, values: [letterhead] });
  for (const p of paragraphs) {
    const m = /^(?:\d+[.)]\s*)?ten (?:co so giao duc|truong|don vi)\s*:\s*/.exec(foldVietnamese(p.text));
    if (!m) continue;
    const name = normalizeText(p.text).slice(normalizeText(p.text).indexOf(":") + 1).trim().replace(/[.;]$/, "");
    if (name && !/^[.…\s]*$/.test(name)) evidence.push({ source: "school-line", text: normalizeText(p.text), values: [name] });
    break;
  }
  const first = evidence[0];
  return first
    ? { value: first.values[0]!, status: "found", source: first.source, evidence }
    : { value: null, status: "none", source: null, evidence };
}

const CIRCULAR = /(?:thong tu(?:\s*so)?\s*:?\s*|\b)(17|18|19|57)\s*\/\s*(2018|2026)\b/g;
const CIRCULAR_TYPES: Record<string, readonly SchoolType[]> = {
  "17/2018": ["tieu-hoc"],
  "18/2018": ["trung-hoc"],
  "19/2018": ["mam-non"],
};
const APPENDIX_TYPES: Record<string, readonly SchoolType[]> = { i: ["mam-non"], ii: ["tieu-hoc", "trung-hoc"], iii: ["gdtx"] };
/** The 2018 circulars' own title, quoted without their number: "… công nhận đạt chuẩn quốc gia đối với trường tiểu học". */
const CIRCULAR_TITLE = /thong tu.*chuan quoc gia doi voi truong (mam non|tieu hoc|trung hoc co so|trung hoc pho thong|trung hoc)(?!\s*(?:,|va\b))/;
const TITLE_TYPES: Record<string, SchoolType> = {
  "mam non": "mam-non",
  "tieu hoc": "tieu-hoc",
  "trung hoc co so": "trung-hoc",
  "trung hoc pho thong": "trung-hoc",
  "trung hoc": "trung-hoc",
};

function circularEvidence(paragraphs: readonly DocumentParagraph[]): Evidence<SchoolTypeSource> | null {
  const types = new Set<SchoolType>();
  const texts: string[] = [];
  let cites57 = false;
  let appendix: readonly SchoolType[] | null = null;
  for (const p of paragraphs) {
    // Citations stand in the text ("Căn cứ Thông tư …"), not in tables.
    if (p.tableDepth > 0 || !/20(?:18|26)|quốc gia|quoc gia/i.test(p.text)) continue;
    const folded = foldVietnamese(p.text);
    let found = false;
    for (const m of folded.matchAll(CIRCULAR)) {
      const key = `${m[1]}/${m[2]}`;
      if (key === "57/2026") {
        cites57 = true;
        found = true;
      } else if (CIRCULAR_TYPES[key] && (m[0].startsWith("thong tu") || /^\s*\/\s*tt\b/.test(folded.slice(m.index + m[0].length)))) {
        for (const t of CIRCULAR_TYPES[key]) types.add(t);
        found = true;
      }
    }
    if (!found) {
      const title = CIRCULAR_TITLE.exec(folded);
      if (title) {
        types.add(TITLE_TYPES[title[1]!]!);
        found = true;
      }
    }
    const appendixMatch = /\bphu luc\s*(iii|ii|i)\b/.exec(folded);
    if (appendixMatch && /57\s*\/\s*2026|thong tu/.test(folded)) appendix = APPENDIX_TYPES[appendixMatch[1]!]!;
    if (found || (appendixMatch && appendix)) texts.push(normalizeText(p.text));
  }
  if (cites57 && appendix) for (const t of appendix) types.add(t);
  if (types.size === 0) return null;
  return { source: "circular", text: texts[0] ?? "", values: SCHOOL_TYPES.filter((t) => types.has(t)) };
}

/** The 2018-era school types whose catalogs have every one of these codes; null when that says nothing. */
function codesEvidence(criteria: readonly string[]): Evidence<SchoolTypeSource> | null {
  const codes = [...new Set(criteria)];
  if (codes.length === 0) return null;
  const candidates = (["mam-non", "tieu-hoc", "trung-hoc"] as const).filter((type) => {
    const catalog = getCatalog("2018", type);
    const known = new Set(catalog.standards.flatMap((s) => s.criteria.map((c) => c.code)));
    return codes.every((code) => known.has(code));
  });
  if (candidates.length === 0 || candidates.length === 3) return null;
  const telling = codes.filter((code) => !(["mam-non", "tieu-hoc", "trung-hoc"] as const).every((type) => getCatalog("2018", type).standards.some((s) => s.criteria.some((c) => c.code === code))));
  return { source: "criterion-codes", text: telling.join(", "), values: candidates };
}

function inferType(letterheadLines: readonly string[], paragraphs: readonly DocumentParagraph[], criteria: readonly string[]): Inference<SchoolType, SchoolTypeSource> {
  const evidence: Evidence<SchoolTypeSource>[] = [];
  for (const line of letterheadLines) {
    if (!SCHOOL_LINE.test(foldVietnamese(line))) continue;
    const types = typesOfName(line);
    if (types) {
      evidence.push({ source: "letterhead", text: line, values: types });
      break;
    }
  }
  const circular = circularEvidence(paragraphs);
  if (circular) evidence.push(circular);
  const codes = codesEvidence(criteria);
  if (codes) evidence.push(codes);
  if (evidence.length === 0) return { value: null, status: "none", source: null, evidence };

  // Codes are the weakest source: a code the named school's circular lacks is a mistake for the checker to report,
  // not a reason to doubt the letterhead; they only narrow what the stronger sources leave open.
  const strong = evidence.filter((e) => e.source !== "criterion-codes");
  let candidates: readonly string[] = SCHOOL_TYPES;
  for (const e of strong) candidates = candidates.filter((t) => e.values.includes(t));
  if (candidates.length === 0) return { value: null, status: "conflict", source: null, evidence };
  if (codes && candidates.length > 1) {
    const narrowed = candidates.filter((t) => codes.values.includes(t));
    if (narrowed.length > 0) candidates = narrowed;
  }
  if (candidates.length > 1) return { value: null, status: "ambiguous", source: null, evidence };
  const value = candidates[0] as SchoolType;
  // The strongest source that names the type on its own; else the first that allows it.
  const source = (evidence.find((e) => e.values.length === 1) ?? evidence[0]!).source;
  return { value, status: "found", source, evidence };
}
