import fc from "fast-check";
import {
  catalogSchema,
  getCatalog,
  listCatalogs,
  listCriteria,
  parseCriterionCode,
  parseStandardReference,
  searchCriteria,
  type Catalog,
} from "../../src/core/catalog";
import { foldVietnamese } from "../../src/core/text/fold";

const pt2026 = getCatalog("2026", "tieu-hoc");
const th2018 = getCatalog("2018", "tieu-hoc");
const trh2018 = getCatalog("2018", "trung-hoc");

const codes = (catalog: Catalog, query: string, limit?: number) =>
  searchCriteria(catalog, query, limit === undefined ? {} : { limit }).map((h) => h.criterion.code);

describe("code parsing", () => {
  it.each([
    ["3.5", "3.5"],
    ["tc 3.5", "3.5"],
    ["TC3.5", "3.5"],
    ["tiêu chí 3.5", "3.5"],
    ["Tiêu chí 3.5:", "3.5"],
    ["TIÊU CHÍ  1.10", "1.10"],
    ["tieu chi 2,1", "2.1"],
  ])("%s → %s", (text, code) => {
    expect(parseCriterionCode(text)?.code).toBe(code);
  });

  it("keeps the text after a pasted heading's code", () => {
    expect(parseCriterionCode("Tiêu chí 1.4: Tự đánh giá")?.rest).toBe("tu danh gia");
  });

  it.each(["", "abc", "30%", "1.", "3.55", "tiêu chuẩn 2"])("%j is not a criterion code", (text) => {
    expect(parseCriterionCode(text)).toBeNull();
  });

  it("reads standard references", () => {
    expect(parseStandardReference("tiêu chuẩn 2")).toBe(2);
    expect(parseStandardReference("TIÊU CHUẨN 4")).toBe(4);
    expect(parseStandardReference("TC 3")).toBe(3);
    expect(parseStandardReference("tiêu chuẩn 9")).toBeNull();
    expect(parseStandardReference("tiêu chuẩn 2 giáo viên")).toBeNull();
  });
});

describe("searchCriteria", () => {
  it.each(["3.5", "tc 3.5", "tiêu chí 3.5", "TC3.5", "Tiêu chí 3.5:", "  tc   3.5  "])("%j puts criterion 3.5 first as a code match", (q) => {
    for (const catalog of [pt2026, th2018]) {
      const [first] = searchCriteria(catalog, q);
      expect(first?.criterion.code).toBe("3.5");
      expect(first?.matchedIn).toBe("code");
    }
  });

  it("lists the criteria of a standard", () => {
    expect(codes(pt2026, "tiêu chuẩn 2")).toEqual(["2.1", "2.2", "2.3"]);
    expect(codes(th2018, "Tiêu chuẩn 4")).toEqual(["4.1", "4.2"]);
    expect(searchCriteria(th2018, "tiêu chuẩn 4").every((h) => h.matchedIn === "standard")).toBe(true);
  });

  it("finds “co so vat chat” without diacritics (2026 criterion 4.1 by name)", () => {
    const [first] = searchCriteria(pt2026, "co so vat chat");
    expect(first?.criterion.code).toBe("4.1");
    expect(first?.matchedIn).toBe("name");
  });

  it("finds the 2018 standard “Cơ sở vật chất và thiết bị dạy học” by its name", () => {
    const hits = searchCriteria(th2018, "co so vat chat");
    expect(hits.slice(0, 6).map((h) => h.criterion.code)).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]);
    expect(hits[0]?.matchedIn).toBe("standard");
  });

  it("ignores case, diacritics, NFD and extra spaces", () => {
    const expected = codes(trh2018, "Hội đồng trường");
    expect(expected[0]).toBe("1.2");
    for (const q of ["HỘI ĐỒNG TRƯỜNG", "hoi dong truong", "Hội đồng trường".normalize("NFD"), "  hội   đồng\u00a0 trường  ", "HOI DONG TRUONG"]) {
      expect(codes(trh2018, q)).toEqual(expected);
    }
  });

  it("ranks code, then name, then level matches", () => {
    const hits = searchCriteria(trh2018, "Tiêu chí 1.2: Hội đồng trường");
    expect(hits[0]).toMatchObject({ matchedIn: "code" });
    expect(hits[0]?.criterion.code).toBe("1.2");
    const fields = searchCriteria(trh2018, "hội đồng trường").map((h) => h.matchedIn);
    expect(fields[0]).toBe("name");
    expect(fields.slice(1).every((f) => f === "level")).toBe(true);
    // 1.1 Mức 3 quotes "Hội đồng trường (Hội đồng quản trị …)".
    expect(searchCriteria(trh2018, "hội đồng trường")[1]).toMatchObject({ matchedIn: "level", level: 3 });
    const scores = searchCriteria(trh2018, "giáo viên").map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("matches words in any order but ranks a phrase above scattered words", () => {
    const fixture = catalogSchema.parse({
      id: "fixture",
      framework: "2026",
      schoolTypes: ["gdtx"],
      circular: "57/2026/TT-BGDĐT",
      circularTitle: "Thử nghiệm",
      issued: "2026-07-07",
      levelNumbers: [1, 2],
      sourceNote: "Dữ liệu thử nghiệm.",
      sources: ["https://example.org/"],
      standards: [
        {
          number: 1,
          code: "1",
          name: "Tiêu chuẩn thử",
          criteria: [
            { code: "1.1", standard: 1, name: "Giáo dục và kế hoạch của nhà trường", levels: [], provenance: { confidence: "uncertain", note: "x" } },
            { code: "1.2", standard: 1, name: "Kế hoạch giáo dục của nhà trường", levels: [], provenance: { confidence: "uncertain", note: "x" } },
            { code: "1.3", standard: 1, name: "Kế hoạch năm học", levels: [], provenance: { confidence: "uncertain", note: "x" } },
          ],
        },
      ],
    });
    expect(codes(fixture, "kế hoạch giáo dục")).toEqual(["1.2", "1.1"]);
    expect(codes(fixture, "giao duc ke hoach")).toEqual(["1.1", "1.2"]);
  });

  it("reports the level, the indicator letter and a snippet for level hits", () => {
    // 17/2018 1.5 Mức 2 a): "Trường có không quá 30 (ba mươi) lớp;" (AMENDMENT-22-2024.md §2.1).
    const hit = searchCriteria(th2018, "khong qua 30").find((h) => h.criterion.code === "1.5");
    expect(hit).toMatchObject({ matchedIn: "level", level: 2, label: "a" });
    expect(hit?.snippet).toContain("không quá 30 (ba mươi) lớp");
    // The same indicator is repealed in the 2018-2024 catalog, so it is not found there.
    const amended = getCatalog("2018-2024", "tieu-hoc");
    expect(searchCriteria(amended, "khong qua 30").some((h) => h.criterion.code === "1.5")).toBe(false);
  });

  it("keeps snippets short and centred on the match", () => {
    for (const hit of searchCriteria(pt2026, "minh chứng").filter((h) => h.matchedIn === "level")) {
      expect(hit.snippet?.length).toBeLessThanOrEqual(150);
      expect(foldVietnamese(hit.snippet ?? "")).toContain("minh chung");
    }
  });

  it("finds a criterion by a name variant", () => {
    const [first] = searchCriteria(pt2026, "cải tiến chất lượng, công khai");
    expect(first?.criterion.code).toBe("1.4");
    expect(first?.matchedIn).toBe("name");
    expect(first?.snippet).toBe("Tự đánh giá, cải tiến chất lượng, công khai và trách nhiệm giải trình");
  });

  it("returns nothing for nonsense, blank queries and a zero limit", () => {
    expect(searchCriteria(pt2026, "xyzzy qwerty")).toEqual([]);
    expect(searchCriteria(pt2026, "")).toEqual([]);
    expect(searchCriteria(pt2026, "   \u00a0 ")).toEqual([]);
    expect(searchCriteria(pt2026, "…!?")).toEqual([]);
    expect(searchCriteria(pt2026, "giáo viên", { limit: 0 })).toEqual([]);
  });

  it("does not invent a code match for a code the catalog lacks", () => {
    expect(searchCriteria(pt2026, "tc 5.6").some((h) => h.matchedIn === "code")).toBe(false);
  });

  it("respects the limit", () => {
    expect(searchCriteria(trh2018, "học sinh", { limit: 3 })).toHaveLength(3);
    expect(searchCriteria(trh2018, "học sinh").length).toBeGreaterThan(3);
  });

  it("matches word prefixes while typing", () => {
    expect(codes(pt2026, "co so vat ch")[0]).toBe("4.1");
    expect(codes(pt2026, "giao vi")[0]).toBe("2.2");
  });

  it("folded texts keep the length of the originals, so snippet positions are exact", () => {
    for (const catalog of listCatalogs()) {
      for (const c of listCriteria(catalog)) {
        for (const t of [c.name, ...c.levels.flatMap((l) => [l.text ?? "", ...(l.indicators ?? []).map((i) => i.text)])]) {
          expect(foldVietnamese(t).length).toBe(t.length);
        }
      }
    }
  });
});

describe("property: any criterion is found by its own name, however it is typed", () => {
  const all = listCatalogs().flatMap((catalog) => listCriteria(catalog).map((criterion) => ({ catalog, criterion })));

  it("ranks the criterion first for its name with random case, diacritics, NFD and spacing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
        fc.constantFrom("keep", "fold", "nfd"),
        fc.integer({ min: 1, max: 3 }),
        ({ catalog, criterion }, upper, form, spaces) => {
          let q = form === "fold" ? foldVietnamese(criterion.name) : criterion.name;
          q = [...q].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join("");
          if (form === "nfd") q = q.normalize("NFD");
          q = q.split(" ").join(" ".repeat(spaces));
          const [first] = searchCriteria(catalog, q);
          expect(first?.criterion.code).toBe(criterion.code);
          expect(first?.matchedIn).toBe("name");
        },
      ),
      { numRuns: 300 },
    );
  });
});
