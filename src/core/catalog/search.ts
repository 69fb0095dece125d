/**
 * Instant search over the criteria of one catalog: codes, standards, names and level texts, insensitive to
 * diacritics, case, NFC/NFD and spacing. Ranking: code (and standard) matches, then names, then level texts;
 * inside a tier a phrase beats words scattered in any order.
 *
 * The folded texts are computed once per catalog and kept in a WeakMap, so a query only runs substring
 * searches over prepared strings.
 */
import { foldVietnamese } from "../text/fold";
import type { Catalog, Criterion } from "./schema";
import { listCriteria } from "./catalog";
import { parseCriterionCode, parseStandardReference } from "./codes";

export type MatchField = "code" | "standard" | "name" | "level";

export interface SearchHit {
  criterion: Criterion;
  matchedIn: MatchField;
  /** Level of a "level" hit. */
  level?: number;
  /** Indicator letter ("a", "b", …) where a "level" hit starts, for 2018 texts. */
  label?: string;
  /** Short excerpt of the original text around the match ("level" hits and name-variant hits). */
  snippet?: string;
  /** Higher is better; only meaningful for ordering hits of one query. */
  score: number;
}

export interface SearchOptions {
  /** Maximum number of hits (default 50). */
  limit?: number;
}

const DEFAULT_LIMIT = 50;
const SNIPPET_BEFORE = 40;
const SNIPPET_LENGTH = 140;

// A standard-name match ("cơ sở vật chất" → Tiêu chuẩn 3 of 2018) says more than a word in a level text.
const TIER = { code: 5000, standard: 4000, name: 3000, standardName: 2000, level: 1000 } as const;

interface Field {
  /** Original text, shown in snippets. */
  text: string;
  /** foldVietnamese(text); same length as text for the catalog data (checked in the tests). */
  folded: string;
  /** " " + folded words joined by single spaces + " ": word-start matching by substring search. */
  words: string;
  /** For level fields: where each indicator starts in text, to name the indicator a match falls in. */
  labels?: { start: number; label: string }[];
}

interface IndexedCriterion {
  criterion: Criterion;
  order: number;
  name: Field;
  variants: Field[];
  levels: { level: number; field: Field }[];
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

function toWords(folded: string): string[] {
  return folded.split(NON_WORD).filter((w) => w.length > 0);
}

function makeField(text: string, labels?: { start: number; label: string }[]): Field {
  const folded = foldVietnamese(text);
  return { text, folded, words: ` ${toWords(folded).join(" ")} `, ...(labels ? { labels } : {}) };
}

function levelField(level: Criterion["levels"][number]): Field {
  if (level.text !== undefined) return makeField(level.text);
  const labels: { start: number; label: string }[] = [];
  let text = "";
  for (const indicator of level.indicators ?? []) {
    if (text) text += " ";
    labels.push({ start: text.length, label: indicator.label });
    text += indicator.text;
  }
  return makeField(text, labels);
}

interface CatalogIndex {
  criteria: IndexedCriterion[];
  /** Name and name variants of each standard. */
  standards: { number: number; fields: Field[] }[];
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

function indexOf(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = {
      criteria: listCriteria(catalog).map((criterion, order) => ({
        criterion,
        order,
        name: makeField(criterion.name),
        variants: (criterion.provenance.nameVariants ?? []).map((v) => makeField(v)),
        levels: criterion.levels.map((level) => ({ level: level.level, field: levelField(level) })),
      })),
      standards: catalog.standards.map((s) => ({
        number: s.number,
        fields: [s.name, ...(s.nameVariants ?? [])].map((name) => makeField(name)),
      })),
    };
    indexes.set(catalog, index);
  }
  return index;
}

/** Builds the folded index now instead of on the first query (e.g. while the pane is idle). */
export function prepareSearch(catalog: Catalog): void {
  indexOf(catalog);
}

interface FieldMatch {
  /** 0..999 inside the tier. */
  quality: number;
  /** Position of the match in the folded (and original) text, for snippets. */
  position: number;
}

/**
 * All query words must start a word of the field (in any order). A phrase (the words in sequence) scores
 * above scattered words, whole words above prefixes, and an earlier position above a later one.
 */
function matchField(field: Field, queryWords: readonly string[], phrase: string): FieldMatch | null {
  for (const word of queryWords) {
    if (!field.words.includes(` ${word}`)) return null;
  }
  let quality = 0;
  const phraseAt = field.words.indexOf(` ${phrase}`);
  if (phraseAt >= 0) {
    quality += 500;
    if (phraseAt === 0) quality += 200;
    if (field.words.startsWith(` ${phrase} `, phraseAt)) quality += 100;
  }
  const wholeWords = queryWords.filter((w) => field.words.includes(` ${w} `)).length;
  quality += Math.round((100 * wholeWords) / queryWords.length);
  // Shorter fields are more specific: "Giáo viên" beats a long paragraph that mentions teachers.
  quality += Math.max(0, 99 - Math.floor(field.words.length / 20));
  return { quality, position: locate(field.folded, queryWords, phrase) };
}

/** Position in the folded text where the phrase, or else the first query word, starts a word. */
function locate(folded: string, queryWords: readonly string[], phrase: string): number {
  const starts = (needle: string): number => {
    let at = folded.indexOf(needle);
    while (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1] ?? "")) at = folded.indexOf(needle, at + 1);
    return at;
  };
  const phraseAt = starts(phrase);
  if (phraseAt >= 0) return phraseAt;
  const first = queryWords[0];
  return first === undefined ? 0 : Math.max(0, starts(first));
}

function snippetOf(field: Field, position: number): string {
  const { text } = field;
  // Positions come from the folded text; they map 1:1 onto the original when lengths agree.
  const at = field.folded.length === text.length ? position : 0;
  if (text.length <= SNIPPET_LENGTH) return text;
  let start = Math.max(0, at - SNIPPET_BEFORE);
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  return `${start > 0 ? "… " : ""}${text.slice(start, end)}${end < text.length ? " …" : ""}`;
}

function labelAt(field: Field, position: number): string | undefined {
  let label: string | undefined;
  for (const entry of field.labels ?? []) {
    if (entry.start <= position) label = entry.label;
  }
  return label;
}

function bestMatch(fields: readonly Field[], queryWords: readonly string[], phrase: string): FieldMatch | null {
  let best: FieldMatch | null = null;
  for (const field of fields) {
    const match = matchField(field, queryWords, phrase);
    if (match && (!best || match.quality > best.quality)) best = match;
  }
  return best;
}

function textHits(index: CatalogIndex, query: string, exclude?: Criterion): SearchHit[] {
  const queryWords = toWords(query);
  if (queryWords.length === 0) return [];
  const phrase = queryWords.join(" ");
  const standardMatches = new Map<number, FieldMatch>();
  for (const standard of index.standards) {
    const match = bestMatch(standard.fields, queryWords, phrase);
    if (match) standardMatches.set(standard.number, match);
  }
  const hits: SearchHit[] = [];
  for (const entry of index.criteria) {
    if (entry.criterion === exclude) continue;
    const name = matchField(entry.name, queryWords, phrase);
    if (name) {
      hits.push({ criterion: entry.criterion, matchedIn: "name", score: TIER.name + name.quality });
      continue;
    }
    const variant = entry.variants
      .map((field) => ({ field, match: matchField(field, queryWords, phrase) }))
      .find((v) => v.match !== null);
    if (variant?.match) {
      hits.push({
        criterion: entry.criterion,
        matchedIn: "name",
        snippet: variant.field.text,
        // A variant is a weaker reason than the name itself.
        score: TIER.name + Math.max(0, variant.match.quality - 100),
      });
      continue;
    }
    const standard = standardMatches.get(entry.criterion.standard);
    if (standard) {
      hits.push({ criterion: entry.criterion, matchedIn: "standard", score: TIER.standardName + standard.quality });
      continue;
    }
    let best: { level: number; field: Field; match: FieldMatch } | undefined;
    for (const { level, field } of entry.levels) {
      const match = matchField(field, queryWords, phrase);
      if (match && (!best || match.quality > best.match.quality)) best = { level, field, match };
    }
    if (best) {
      const label = labelAt(best.field, best.match.position);
      hits.push({
        criterion: entry.criterion,
        matchedIn: "level",
        level: best.level,
        ...(label ? { label } : {}),
        snippet: snippetOf(best.field, best.match.position),
        score: TIER.level + best.match.quality,
      });
    }
  }
  return hits;
}

/**
 * Searches one catalog. Returns hits best first: the criterion named by a code ("3.5", "tc 3.5",
 * "Tiêu chí 3.5: …"), the criteria of a standard ("tiêu chuẩn 2"), then name matches, then level-text
 * matches. An empty or blank query returns no hits.
 */
export function searchCriteria(catalog: Catalog, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isFinite(limit) || limit <= 0) return [];
  const folded = foldVietnamese(query);
  if (!folded) return [];
  const index = indexOf(catalog);

  const standard = parseStandardReference(folded);
  if (standard !== null) {
    return index.criteria
      .filter((e) => e.criterion.standard === standard)
      .slice(0, limit)
      .map((e) => ({ criterion: e.criterion, matchedIn: "standard", score: TIER.standard + 999 - e.order }));
  }

  const hits: SearchHit[] = [];
  let rest = folded;
  const code = parseCriterionCode(folded);
  const coded = code ? index.criteria.find((e) => e.criterion.code === code.code) : undefined;
  if (code && coded) {
    hits.push({ criterion: coded.criterion, matchedIn: "code", score: TIER.code });
    rest = code.rest;
  }
  hits.push(...textHits(index, rest, coded?.criterion));

  const order = new Map(index.criteria.map((e) => [e.criterion, e.order]));
  hits.sort((a, b) => b.score - a.score || (order.get(a.criterion) ?? 0) - (order.get(b.criterion) ?? 0));
  return hits.slice(0, limit);
}
