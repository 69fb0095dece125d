/**
 * The bundled criteria catalogs: schema, counts pinned to the reference documents, exact texts, NFC.
 * Expected numbers and texts are copied from reference/*.md (and, in catalog-reference.test.ts,
 * compared with the reference JSON files), never from the code under test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  DEFAULT_FRAMEWORK,
  catalogSchema,
  criterionHeading,
  findCriterion,
  frameworkInfo,
  getCatalog,
  listCatalogs,
  listCriteria,
  type Catalog,
  type Framework,
  type SchoolType,
} from "../../src/core/catalog";

const DATA_DIR = path.resolve(__dirname, "../../src/core/catalog/data");

function criteriaPerStandard(catalog: Catalog): number[] {
  return catalog.standards.map((s) => s.criteria.length);
}

/** Items per level as the reference counts them: each lettered indicator, or one for a paragraph. */
function itemsPerLevel(catalog: Catalog): Record<number, number> {
  const counts: Record<number, number> = { 1: 0, 2: 0, 3: 0 };
  for (const c of listCriteria(catalog)) {
    for (const level of c.levels) counts[level.level] = (counts[level.level] ?? 0) + (level.indicators?.length ?? 1);
  }
  return counts;
}

function levelText(catalog: Catalog, code: string, level: number): string {
  const l = findCriterion(catalog, code)?.levels.find((x) => x.level === level);
  if (!l) throw new Error(`no level ${level} in ${code}`);
  return l.text ?? (l.indicators ?? []).map((i) => `${i.label}) ${i.text}`).join(" ");
}

describe("data files", () => {
  const files = readdirSync(DATA_DIR).filter((f) => f.endsWith(".json"));

  it("are the nine expected catalogs", () => {
    expect(files.sort()).toEqual(
      [
        "2018-2024-mam-non.json",
        "2018-2024-tieu-hoc.json",
        "2018-2024-trung-hoc.json",
        "2018-mam-non.json",
        "2018-tieu-hoc.json",
        "2018-trung-hoc.json",
        "2026-gdtx.json",
        "2026-mam-non.json",
        "2026-pho-thong.json",
      ].sort(),
    );
  });

  it.each(files)("%s passes the schema and is named after its id", (file) => {
    const raw = readFileSync(path.join(DATA_DIR, file), "utf8");
    const parsed = catalogSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(parsed.error.message);
    expect(`${parsed.data.id}.json`).toBe(file);
  });

  it.each(files)("%s is NFC throughout", (file) => {
    const raw = readFileSync(path.join(DATA_DIR, file), "utf8");
    expect(raw.normalize("NFC")).toBe(raw);
  });

  it.each(files)("%s has codes that agree with their standard and run 1, 2, 3… inside it", (file) => {
    const catalog = catalogSchema.parse(JSON.parse(readFileSync(path.join(DATA_DIR, file), "utf8")));
    catalog.standards.forEach((standard, i) => {
      expect(standard.number).toBe(i + 1);
      standard.criteria.forEach((c, j) => {
        expect(c.code).toBe(`${standard.number}.${j + 1}`);
        expect(c.standard).toBe(standard.number);
      });
    });
  });

  it("catalog texts have no doubled or edge spaces", () => {
    for (const catalog of listCatalogs()) {
      for (const c of listCriteria(catalog)) {
        const texts = [c.name, ...c.levels.flatMap((l) => [l.text ?? "", ...(l.indicators ?? []).map((i) => i.text)])];
        for (const t of texts.filter(Boolean)) expect(t).toBe(t.trim().replace(/\s+/g, " "));
      }
    }
  });

  it("every criterion carries a Vietnamese provenance note", () => {
    for (const catalog of listCatalogs()) {
      for (const c of listCriteria(catalog)) {
        expect(c.provenance.note).toMatch(/công báo|chính thức/);
      }
      expect(catalog.sourceNote.length).toBeGreaterThan(40);
    }
  });
});

describe("loader", () => {
  it("defaults to the 57/2026 framework", () => {
    expect(DEFAULT_FRAMEWORK).toBe("2026");
  });

  it("serves Phụ lục II to both tiểu học and trung học under 2026", () => {
    const th = getCatalog("2026", "tieu-hoc");
    expect(th).toBe(getCatalog("2026", "trung-hoc"));
    expect(th.appendix).toBe("II");
    expect(getCatalog("2026", "mam-non").appendix).toBe("I");
    expect(getCatalog("2026", "gdtx").appendix).toBe("III");
  });

  it("maps the 2018 frameworks to 17, 18 and 19/2018", () => {
    for (const framework of ["2018", "2018-2024"] as const) {
      expect(getCatalog(framework, "tieu-hoc").circular).toBe("17/2018/TT-BGDĐT");
      expect(getCatalog(framework, "trung-hoc").circular).toBe("18/2018/TT-BGDĐT");
      expect(getCatalog(framework, "mam-non").circular).toBe("19/2018/TT-BGDĐT");
    }
    expect(getCatalog("2018-2024", "tieu-hoc").amendedBy?.circular).toBe("22/2024/TT-BGDĐT");
    expect(getCatalog("2018", "tieu-hoc").amendedBy).toBeUndefined();
  });

  it("throws a clear error for GDTX outside 2026 and for unknown values", () => {
    expect(() => getCatalog("2018", "gdtx")).toThrow(/GDTX/);
    expect(() => getCatalog("2018-2024", "gdtx")).toThrow(Error);
    expect(() => getCatalog("2019" as Framework, "tieu-hoc")).toThrow(/Khung tiêu chí không hợp lệ: "2019"/);
    expect(() => getCatalog("2026", "dai-hoc" as SchoolType)).toThrow(/Cấp học không hợp lệ/);
  });

  it("lists nine catalogs and describes each framework with its circulars", () => {
    expect(listCatalogs()).toHaveLength(9);
    expect(frameworkInfo["2026"].label).toBe("Thông tư 57/2026 (hiện hành)");
    expect(frameworkInfo["2026"].schoolTypes).toEqual(["mam-non", "tieu-hoc", "trung-hoc", "gdtx"]);
    expect(frameworkInfo["2026"].circulars["trung-hoc"]).toBe("57/2026/TT-BGDĐT (Phụ lục II)");
    expect(frameworkInfo["2018"].schoolTypes).toEqual(["mam-non", "tieu-hoc", "trung-hoc"]);
    expect(frameworkInfo["2018-2024"].circulars["mam-non"]).toBe("19/2018/TT-BGDĐT, sửa đổi bởi 22/2024/TT-BGDĐT");
    expect(frameworkInfo["2018"].circulars["tieu-hoc"]).toBe("17/2018/TT-BGDĐT");
  });

  it("finds criteria by code in the forms people write", () => {
    const catalog = getCatalog("2018", "trung-hoc");
    for (const code of ["1.10", " 1.10 ", "TC 1.10", "tiêu chí 1.10", "Tiêu chí 1.10:"]) {
      expect(findCriterion(catalog, code)?.name).toBe("Đảm bảo an ninh trật tự, an toàn trường học");
    }
    expect(findCriterion(catalog, "1.1")?.code).toBe("1.1");
    expect(findCriterion(catalog, "6.1")).toBeUndefined();
    expect(findCriterion(catalog, "")).toBeUndefined();
    expect(findCriterion(catalog, "abc")).toBeUndefined();
  });

  it("writes the criterion heading principals quote", () => {
    const c = findCriterion(getCatalog("2026", "tieu-hoc"), "1.4");
    expect(c && criterionHeading(c)).toBe("Tiêu chí 1.4: Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình");
  });
});

describe("counts pinned to the references", () => {
  // TT57-2026.md §4 and §8.
  it.each(["mam-non", "tieu-hoc", "gdtx"] as const)("2026 %s: 4 standards, 4/3/5/3 = 15 criteria, 8 mandatory", (s) => {
    const catalog = getCatalog("2026", s);
    expect(criteriaPerStandard(catalog)).toEqual([4, 3, 5, 3]);
    expect(
      listCriteria(catalog)
        .filter((c) => c.mandatory)
        .map((c) => c.code),
    ).toEqual(["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]);
    expect(listCriteria(catalog).every((c) => c.mandatory !== undefined)).toBe(true);
    expect(itemsPerLevel(catalog)).toEqual({ 1: 15, 2: 15, 3: 0 });
    expect(listCriteria(catalog).every((c) => c.evidence !== undefined)).toBe(true);
    expect(catalog.level4).toBeUndefined();
  });

  // SOURCES.md §1.
  it.each([
    ["tieu-hoc", [10, 4, 6, 2, 5], { 1: 81, 2: 48, 3: 24 }, 5],
    ["trung-hoc", [10, 4, 6, 2, 6], { 1: 84, 2: 45, 3: 25 }, 6],
    ["mam-non", [10, 3, 6, 2, 4], { 1: 75, 2: 46, 3: 25 }, 6],
  ] as const)("2018 %s", (schoolType, perStandard, items, level4) => {
    const catalog = getCatalog("2018", schoolType);
    expect(criteriaPerStandard(catalog)).toEqual(perStandard);
    expect(itemsPerLevel(catalog)).toEqual(items);
    expect(catalog.level4).toHaveLength(level4);
    expect(catalog.level4?.map((i) => i.number)).toEqual(Array.from({ length: level4 }, (_, i) => i + 1));
  });

  // SOURCES.md §1: criteria with no Mức 3 indicator.
  it.each([
    ["tieu-hoc", ["1.2", "1.5", "1.7", "1.8", "1.9", "1.10", "3.4", "5.1"]],
    ["trung-hoc", ["1.2", "1.7", "1.8", "1.9", "1.10", "3.4", "5.3", "5.4"]],
    ["mam-non", ["1.2", "1.7", "1.8", "1.9", "1.10", "3.6"]],
  ] as const)("2018 %s: criteria without Mức 3", (schoolType, codes) => {
    const catalog = getCatalog("2018", schoolType);
    const without = listCriteria(catalog)
      .filter((c) => !c.levels.some((l) => l.level === 3))
      .map((c) => c.code);
    expect(without).toEqual(codes);
    expect(listCriteria(catalog).every((c) => c.levels.some((l) => l.level === 1) && c.levels.some((l) => l.level === 2))).toBe(true);
  });

  // AMENDMENT-22-2024.md §3.
  it.each([
    ["tieu-hoc", [10, 4, 6, 2, 5], { 1: 81, 2: 44, 3: 23 }, 5],
    ["trung-hoc", [10, 4, 6, 2, 6], { 1: 75, 2: 43, 3: 24 }, 6],
    ["mam-non", [10, 3, 6, 2, 4], { 1: 75, 2: 45, 3: 24 }, 6],
  ] as const)("2018-2024 %s", (schoolType, perStandard, items, level4) => {
    const catalog = getCatalog("2018-2024", schoolType);
    expect(criteriaPerStandard(catalog)).toEqual(perStandard);
    expect(itemsPerLevel(catalog)).toEqual(items);
    expect(catalog.level4).toHaveLength(level4);
  });
});

describe("exact texts (copied from the reference documents)", () => {
  it("2026 names (TT57-2026.md §4)", () => {
    const pt = getCatalog("2026", "trung-hoc");
    const mn = getCatalog("2026", "mam-non");
    const gdtx = getCatalog("2026", "gdtx");
    expect(pt.standards.map((s) => s.name)).toEqual([
      "Quản trị nhà trường và bảo đảm chất lượng",
      "Phát triển đội ngũ",
      "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển học sinh",
      "Điều kiện giáo dục, môi trường an toàn và phối hợp xã hội",
    ]);
    expect(mn.standards[2]?.name).toBe("Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển trẻ em");
    expect(gdtx.standards[2]?.name).toBe("Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển người học");
    expect(findCriterion(pt, "1.3")?.name).toBe("Quản lý kế hoạch, nguồn lực, thông tin và dữ liệu");
    expect(findCriterion(pt, "4.2")?.name).toBe("Môi trường giáo dục an toàn, tích cực, hỗ trợ phát triển học sinh");
    expect(findCriterion(mn, "3.5")?.name).toBe("Kết quả phát triển và sự tiến bộ của trẻ");
    expect(findCriterion(mn, "4.2")?.name).toBe("Môi trường giáo dục an toàn, sức khỏe và hạnh phúc");
    expect(findCriterion(gdtx, "3.2")?.name).toBe(
      "Đổi mới phương pháp dạy học và theo dõi, đánh giá sự phát triển, tiến bộ của người học",
    );
    expect(findCriterion(gdtx, "3.4")?.name).toBe("Quản lý, theo dõi, hỗ trợ người học và giáo dục hòa nhập");
  });

  it("2026 level texts (TT57-2026.md §7.1)", () => {
    const pt = getCatalog("2026", "tieu-hoc");
    expect(levelText(pt, "1.4", 1)).toContain(
      "Kết quả tự kiểm tra, tự đánh giá được sử dụng để xây dựng hoặc cập nhật kế hoạch cải tiến;",
    );
    expect(levelText(pt, "1.4", 2)).toMatch(
      /^Nhà trường triển khai kế hoạch cải tiến với nhiệm vụ, người phụ trách, thời hạn, nguồn lực và sản phẩm cụ thể;/,
    );
    const mn = getCatalog("2026", "mam-non");
    expect(levelText(mn, "1.4", 1)).toContain(
      "kế hoạch cải tiến chất lượng với nhiệm vụ, người phụ trách, thời hạn thực hiện và kết quả dự kiến.",
    );
    expect(levelText(mn, "1.4", 2)).toContain("Chu trình tự đánh giá, cải tiến, công khai và giải trình được thực hiện hằng năm");
  });

  it("2026 name variants and evidence guidance are kept", () => {
    const c = findCriterion(getCatalog("2026", "tieu-hoc"), "1.4");
    expect(c?.provenance.confidence).toBe("uncertain");
    expect(c?.provenance.nameVariants).toEqual(["Tự đánh giá, cải tiến chất lượng, công khai và trách nhiệm giải trình"]);
    expect(c?.provenance.note).toContain("Tự đánh giá, cải tiến chất lượng, công khai và trách nhiệm giải trình");
    expect(getCatalog("2026", "tieu-hoc").standards[2]?.nameVariants).toEqual([
      "Thực hiện chương trình, đổi mới phương pháp giáo dục và phát triển người học",
    ]);
    expect(findCriterion(getCatalog("2026", "tieu-hoc"), "2.2")?.provenance.confidence).toBe("cross-checked");
    expect(findCriterion(getCatalog("2026", "gdtx"), "2.2")?.provenance.confidence).toBe("single-source");
    const pt11 = findCriterion(getCatalog("2026", "tieu-hoc"), "1.1");
    expect(pt11?.evidence?.guidance).toBe(
      "Kế hoạch năm học, kế hoạch giáo dục hoặc kế hoạch phát triển của nhà trường; mục tiêu, nhiệm vụ trọng tâm và phân công thực hiện; báo cáo rà soát, đánh giá và điều chỉnh kế hoạch.",
    );
  });

  it("2018 names (SOURCES.md, AMENDMENT-22-2024.md §3)", () => {
    const th = getCatalog("2018", "tieu-hoc");
    const trh = getCatalog("2018", "trung-hoc");
    const mn = getCatalog("2018", "mam-non");
    expect(findCriterion(th, "1.2")?.name).toBe("Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác");
    expect(findCriterion(th, "3.1")?.name).toBe("Khuôn viên, khu sân chơi, sân tập");
    expect(findCriterion(th, "3.3")?.name).toBe("Khối phòng phục vụ học tập và khối phòng hành chính - quản trị");
    expect(findCriterion(th, "5.4")?.name).toBe("Công tác phổ cập giáo dục tiểu học");
    expect(findCriterion(trh, "5.5")?.name).toBe("Hình thành, phát triển các kỹ năng sống cho học sinh");
    expect(findCriterion(trh, "5.6")?.name).toBe("Kết quả giáo dục");
    expect(findCriterion(mn, "1.5")?.name).toBe("Tổ chức nhóm trẻ và lớp mẫu giáo");
    expect(findCriterion(mn, "5.3")?.name).toBe("Kết quả nuôi dưỡng và chăm sóc sức khỏe");
    expect(th.standards[1]?.name).toBe("Cán bộ quản lý, giáo viên, nhân viên và học sinh");
  });

  it("2018 indicators keep their letters and words", () => {
    const th = getCatalog("2018", "tieu-hoc");
    const level1 = findCriterion(th, "1.1")?.levels[0];
    expect(level1?.indicators?.[0]).toEqual({
      label: "a",
      text: "Phù hợp mục tiêu giáo dục được quy định tại Luật giáo dục, định hướng phát triển kinh tế - xã hội của địa phương theo từng giai đoạn và các nguồn lực của nhà trường;",
    });
    expect(levelText(th, "1.1", 2)).toBe(
      "Nhà trường có các giải pháp giám sát việc thực hiện phương hướng, chiến lược xây dựng và phát triển.",
    );
    // AMENDMENT-22-2024.md §2.1: the 2018 text of 1.5 Mức 2, repealed in 2024.
    expect(levelText(th, "1.5", 2)).toContain("a) Trường có không quá 30 (ba mươi) lớp; b) Sĩ số học sinh trong lớp theo quy định;");
    expect(th.level4?.[0]?.text).toMatch(/^Kế hoạch giáo dục của nhà trường có những nội dung được tham khảo/);
  });

  it("2018-2024 applies the confirmed repeals and records them", () => {
    const th = getCatalog("2018-2024", "tieu-hoc");
    const c15 = findCriterion(th, "1.5");
    expect(c15?.levels.map((l) => l.level)).toEqual([1]);
    expect(c15?.provenance.amendmentStatus).toBe("partly-repealed");
    expect(c15?.provenance.repealed?.[0]).toEqual({
      level: 2,
      label: "a",
      text: "Trường có không quá 30 (ba mươi) lớp;",
      provision: "khoản 5 Điều 12",
    });
    const c22 = findCriterion(th, "2.2");
    expect(c22?.levels.find((l) => l.level === 2)?.indicators?.[0]?.label).toBe("b");
    expect(c22?.levels.find((l) => l.level === 3)?.indicators?.some((i) => i.label === "a")).toBe(false);
    expect(c22?.provenance.note).toContain("điểm a khoản 2 Điều 13");

    const trh = getCatalog("2018-2024", "trung-hoc");
    for (const code of ["5.3", "5.4", "5.5"]) {
      const c = findCriterion(trh, code);
      expect(c?.levels.some((l) => l.level === 1)).toBe(false);
      expect(c?.provenance.confidence).toBe("uncertain");
    }
    expect(findCriterion(trh, "1.5")?.levels.map((l) => l.level)).toEqual([1]);

    const mn = getCatalog("2018-2024", "mam-non");
    expect(findCriterion(mn, "2.2")?.provenance.amendmentStatus).toBe("probably-partly-repealed");
    expect(findCriterion(mn, "3.1")?.provenance.amendmentStatus).toBe("reported-rewritten-unverified");
    expect(mn.standards[2]?.note).toContain("Địa điểm, quy mô, diện tích đảm bảo theo quy định của Bộ Giáo dục và Đào tạo");
  });

  it("flags the unverified 1.5 name of 17/2018 and 18/2018", () => {
    for (const framework of ["2018", "2018-2024"] as const) {
      for (const schoolType of ["tieu-hoc", "trung-hoc"] as const) {
        const c = findCriterion(getCatalog(framework, schoolType), "1.5");
        expect(c?.name).toBe("Khối lớp và tổ chức lớp học");
        expect(c?.provenance.confidence).toBe("uncertain");
        expect(c?.provenance.note).toContain("chưa xác nhận");
      }
    }
  });
});
