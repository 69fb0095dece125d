/**
 * Every bundled text equals the reference transcription in reference/criteria-*.json:
 * the catalog changes the shape of the data, never a word of it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { getCatalog, listCriteria, type Catalog, type Framework, type SchoolType } from "../../src/core/catalog";

const REFERENCE_DIR = path.resolve(__dirname, "../../reference");

interface ReferenceCriterion {
  code: string;
  name: string;
  mandatory?: boolean;
  levels: Record<string, string[]>;
  evidenceGuidance?: string;
  removedIndicators2024?: { level: string; text: string }[];
}
interface ReferenceFile {
  circular: string;
  standards: { number: number; name: string; criteria: ReferenceCriterion[] }[];
  level4?: string[];
}

const CASES: [Framework, SchoolType, string][] = [
  ["2026", "mam-non", "criteria-tt57-2026-mam-non.json"],
  ["2026", "tieu-hoc", "criteria-tt57-2026-pho-thong.json"],
  ["2026", "trung-hoc", "criteria-tt57-2026-pho-thong.json"],
  ["2026", "gdtx", "criteria-tt57-2026-gdtx.json"],
  ["2018-2024", "mam-non", "criteria-tt19-mam-non-2024.json"],
  ["2018-2024", "tieu-hoc", "criteria-tt17-tieu-hoc-2024.json"],
  ["2018-2024", "trung-hoc", "criteria-tt18-trung-hoc-2024.json"],
  ["2018", "mam-non", "criteria-tt19-mam-non.json"],
  ["2018", "tieu-hoc", "criteria-tt17-tieu-hoc.json"],
  ["2018", "trung-hoc", "criteria-tt18-trung-hoc.json"],
];

/** The catalog's levels written back in the reference's form: "a) text" items per level number. */
function asReferenceLevels(catalog: Catalog, code: string): Record<string, string[]> {
  const criterion = listCriteria(catalog).find((c) => c.code === code);
  const levels: Record<string, string[]> = {};
  for (const level of criterion?.levels ?? []) {
    levels[String(level.level)] = level.text !== undefined ? [level.text] : (level.indicators ?? []).map((i) => `${i.label}) ${i.text}`);
  }
  return levels;
}

function nonEmpty(levels: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(levels).filter(([, items]) => items.length > 0));
}

describe.each(CASES)("%s %s equals %s", (framework, schoolType, file) => {
  const reference = JSON.parse(readFileSync(path.join(REFERENCE_DIR, file), "utf8")) as ReferenceFile;
  const catalog = getCatalog(framework, schoolType);

  it("has the same circular, standards and criteria", () => {
    expect(catalog.circular).toBe(reference.circular);
    expect(catalog.standards.map((s) => [s.number, s.name])).toEqual(reference.standards.map((s) => [s.number, s.name]));
    expect(listCriteria(catalog).map((c) => [c.code, c.name])).toEqual(
      reference.standards.flatMap((s) => s.criteria.map((c) => [c.code, c.name])),
    );
  });

  it("has the same level texts, word for word", () => {
    for (const c of reference.standards.flatMap((s) => s.criteria)) {
      expect([c.code, asReferenceLevels(catalog, c.code)]).toEqual([c.code, nonEmpty(c.levels)]);
    }
  });

  it("keeps the mandatory flags, evidence guidance, repealed texts and Mức 4", () => {
    for (const c of reference.standards.flatMap((s) => s.criteria)) {
      const mine = listCriteria(catalog).find((x) => x.code === c.code);
      expect(mine?.mandatory).toBe(c.mandatory);
      expect(mine?.evidence?.guidance).toBe(c.evidenceGuidance);
      const repealed = (mine?.provenance.repealed ?? []).map((r) => ({
        level: String(r.level),
        text: r.label ? `${r.label}) ${r.text}` : r.text,
      }));
      expect(repealed).toEqual((c.removedIndicators2024 ?? []).map((r) => ({ level: r.level, text: r.text })));
    }
    expect(catalog.level4?.map((i) => `${i.number}. ${i.text}`)).toEqual(reference.level4);
  });
});
