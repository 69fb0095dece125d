/**
 * The school year a document is about, from its paragraphs outside tables ("Năm học 2024 – 2025",
 * "NĂM HỌC: 2023-2024", "… năm học 2026–2027"). The first such mention wins: the title comes before the prose that
 * cites last year's self-assessment. A regex scan is enough here; the table reader does the real XML work.
 */
import { foldVietnamese } from "../text/fold";

const TOKENS = /<w:tbl[\s>]|<\/w:tbl>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g;
const SCHOOL_YEAR = /nam\s*hoc\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4})/u;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** "2024-2025", or null when no paragraph outside a table names a school year (placeholders "20… – 20…" do not). */
export function findSchoolYear(documentXml: string): string | null {
  let depth = 0;
  let paragraph = "";
  for (const m of documentXml.matchAll(TOKENS)) {
    const token = m[0];
    if (token.startsWith("<w:tbl")) depth++;
    else if (token === "</w:tbl>") depth = Math.max(0, depth - 1);
    else if (token === "</w:p>") {
      if (depth === 0) {
        const found = SCHOOL_YEAR.exec(foldVietnamese(decodeEntities(paragraph)));
        if (found && Number(found[2]) === Number(found[1]) + 1) return `${found[1]}-${found[2]}`;
      }
      paragraph = "";
    } else if (depth === 0) {
      paragraph += m[1] ?? " ";
    }
  }
  return null;
}
