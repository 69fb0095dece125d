import { QUERIES, largestCatalog } from "../../bench/catalog-search";
import { listCatalogs } from "../../src/core/catalog";

describe("catalog search benchmark module", () => {
  it("has a fixed list of 50 queries", () => {
    expect(QUERIES).toHaveLength(50);
    expect(new Set(QUERIES).size).toBe(50);
  });

  it("picks a 2018-era catalog as the largest (the 2026 ones have 15 criteria)", () => {
    expect(listCatalogs()).toContain(largestCatalog());
    expect(largestCatalog().framework).not.toBe("2026");
  });

});
