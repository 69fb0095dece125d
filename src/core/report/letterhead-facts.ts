/**
 * What a report's letterhead can take over from its plan: the authority and school of the plan's letterhead and the
 * place of its date line. The date itself is the report's own, so it stays blank.
 */
import type { LetterheadFacts } from "../tables/letterhead";
import { readDocumentParagraphs } from "../text/document-paragraphs";
import { foldVietnamese, normalizeText } from "../text/fold";

export type PlanLetterhead = Omit<LetterheadFacts, "numberKind">;

/** Letterheads sit in a table's first rows or the first paragraphs, before the title ("KẾ HOẠCH", "BÁO CÁO"). */
const HEAD_PARAGRAPHS = 16;
const TITLE = /^(?:ke hoach|bao cao|kiem tra)\b/;
const SCHOOL = /^truong\b/;
const MOTTO = /^(?:cong hoa xa hoi|doc lap\b)/;
const DATE_LINE = /^(.*?),?\s*ngày[\s\d.…]*tháng/iu;
const BLANK = /^[\s.…_-]*$/;

/**
 * The plan's letterhead facts from its main document XML (word/document.xml); each is absent when the plan does
 * not state it (a letterhead in the page header, dotted blanks), and the report then prints the blank.
 */
export function planLetterhead(documentXml: string): PlanLetterhead {
  const paragraphs = readDocumentParagraphs(documentXml, { rowsPerTable: 3 }).slice(0, HEAD_PARAGRAPHS);
  const titleAt = paragraphs.findIndex((p) => p.tableDepth === 0 && TITLE.test(foldVietnamese(normalizeText(p.text))));
  const head = titleAt === -1 ? paragraphs : paragraphs.slice(0, titleAt);
  const lines = head.flatMap((p) => p.text.split("\n")).map(normalizeText).filter((line) => line !== "");
  const facts: { -readonly [K in keyof PlanLetterhead]: PlanLetterhead[K] } = {};

  const schoolAt = lines.findIndex((line) => SCHOOL.test(foldVietnamese(line)) && line.length <= 120);
  if (schoolAt !== -1 && !BLANK.test(lines[schoolAt]!.replace(/^trường/i, ""))) {
    facts.school = lines[schoolAt]!;
    const above = lines[schoolAt - 1];
    if (above !== undefined && !MOTTO.test(foldVietnamese(above)) && !DATE_LINE.test(above) && !BLANK.test(above)) {
      facts.authority = above;
    }
  }
  for (const line of lines) {
    const m = DATE_LINE.exec(line);
    if (!m) continue;
    const place = m[1]!.trim();
    if (!BLANK.test(place)) facts.place = place;
    break;
  }
  return facts;
}
