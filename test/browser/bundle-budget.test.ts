import path from "node:path";
import { taskpaneBundleSize } from "../../bench/bundle-size";

// A deterministic budget (DESIGN.md): the JavaScript the pane loads before its first render, gzip-compressed.
test("the task pane's initial JavaScript stays within 200 KB gzip", () => {
  const [raw, gzip] = taskpaneBundleSize(path.resolve(__dirname, "../../dist"));
  expect(raw!.detail!.scripts).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
  expect(gzip!.value).toBeGreaterThan(50);
  expect(gzip!.value).toBeLessThanOrEqual(200);
});
