/**
 * Catalog search benchmark: median time per query over a fixed list of 50 queries on the largest catalog
 * (the one with the most text). Goal from issue 3: under 0.2 ms per query.
 *
 * Run by the bench harness, which calls run() and prints the figures.
 */
import { listCatalogs, listCriteria, prepareSearch, searchCriteria, type Catalog } from "../src/core/catalog";
import { median, type Figure } from "./figure";

/** Codes, standards, names with and without diacritics, level words, prefixes, NFD, nonsense. */
export const QUERIES: readonly string[] = [
  "3.5",
  "tc 3.5",
  "tiêu chí 1.4",
  "TC2.2",
  "Tiêu chí 5.6: Kết quả giáo dục",
  "tiêu chuẩn 2",
  "tiêu chuẩn 5",
  "co so vat chat",
  "cơ sở vật chất",
  "HỘI ĐỒNG TRƯỜNG",
  "hoi dong truong",
  "Hội đồng trường".normalize("NFD"),
  "  hội   đồng   trường  ",
  "giáo viên",
  "giao vien",
  "nhân viên",
  "học sinh",
  "hoc sinh co hoan canh kho khan",
  "thư viện",
  "thiet bi day hoc",
  "khu vệ sinh",
  "cấp thoát nước",
  "an ninh trật tự",
  "an toàn trường học",
  "dân chủ cơ sở",
  "tài chính và tài sản",
  "quy chế chi tiêu nội bộ",
  "kế hoạch giáo dục",
  "ke hoach",
  "chương trình giáo dục phổ thông",
  "kỹ năng sống",
  "trải nghiệm hướng nghiệp",
  "phổ cập",
  "ban đại diện cha mẹ học sinh",
  "tham mưu cấp ủy",
  "tổ chuyên môn",
  "hiệu trưởng",
  "chuẩn nghề nghiệp",
  "trên chuẩn trình độ đào tạo",
  "bồi dưỡng",
  "kiểm tra đánh giá",
  "nghiên cứu khoa học",
  "khen thưởng",
  "kỷ luật",
  "sân chơi bãi tập",
  "phòng học bộ môn",
  "ứng dụng công nghệ thông tin",
  "g",
  "xyzzy",
  "không tồn tại trong danh mục",
];

function textLength(catalog: Catalog): number {
  let n = 0;
  for (const c of listCriteria(catalog)) {
    n += c.name.length;
    for (const l of c.levels) n += (l.text ?? "").length + (l.indicators ?? []).reduce((m, i) => m + i.text.length, 0);
  }
  return n;
}

export function largestCatalog(): Catalog {
  return [...listCatalogs()].sort((a, b) => textLength(b) - textLength(a))[0] as Catalog;
}

export async function run(options: { rounds?: number; warmupRounds?: number } = {}): Promise<Figure[]> {
  const rounds = options.rounds ?? 200;
  const warmupRounds = options.warmupRounds ?? 50;
  const catalog = largestCatalog();

  const indexStart = performance.now();
  prepareSearch(catalog);
  const indexMs = performance.now() - indexStart;

  let sink = 0;
  for (let r = 0; r < warmupRounds; r++) for (const q of QUERIES) sink += searchCriteria(catalog, q).length;

  // Per query: the median of its timings over the rounds (robust to GC pauses); then the median over queries.
  const perQuery = QUERIES.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    QUERIES.forEach((q, i) => {
      const start = performance.now();
      sink += searchCriteria(catalog, q).length;
      perQuery[i]?.push(performance.now() - start);
    });
  }
  const medians = perQuery.map(median);
  if (sink < 0) throw new Error("unreachable: keeps the searches from being optimised away");

  return [
    { name: `catalog search: median per query (${catalog.id}, ${QUERIES.length} queries)`, value: median(medians), unit: "ms" },
    { name: "catalog search: slowest query (median)", value: Math.max(...medians), unit: "ms" },
    { name: `catalog search: build index (${catalog.id}, first call)`, value: indexMs, unit: "ms" },
  ];
}
