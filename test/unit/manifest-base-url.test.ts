import fs from "node:fs";
import path from "node:path";
import { DEV_BASE_URL, manifestForBase } from "../../scripts/manifest-base-url.js";

const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

describe("production manifest URLs", () => {
  test("every dev-server URL is rewritten to ADDIN_BASE_URL, with or without a trailing slash", () => {
    const count = manifest.split(DEV_BASE_URL).length - 1;
    expect(count).toBeGreaterThan(5);
    for (const base of ["https://caitien.example.edu.vn/addin/", "https://caitien.example.edu.vn/addin"]) {
      const rewritten = manifestForBase(manifest, base);
      expect(rewritten).not.toContain("localhost");
      expect(rewritten.split("https://caitien.example.edu.vn/addin/").length - 1).toBe(count);
    }
  });

  test("a non-https base URL is refused: Office only loads add-ins over HTTPS", () => {
    expect(() => manifestForBase(manifest, "http://caitien.example.edu.vn/")).toThrow(/must be an https:\/\/ URL/);
    expect(() => manifestForBase(manifest, "caitien.example.edu.vn")).toThrow(/https/);
  });
});
