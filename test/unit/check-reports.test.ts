/** Reports and monitoring tables alone are checked for their results, and the summary says what was checked. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { allClearText, checkDocument } from "../../src/core/check";
import { readDocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";

const SAMPLES = path.resolve(__dirname, "../../samples");

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, out: out.join(""), err: err.join("") };
}

async function checked(file: string) {
  const { documentXml } = await openDocx(fs.readFileSync(file));
  return checkDocument(readDocumentModel(readTables(documentXml), { documentXml }), { today: new Date(2026, 11, 6) });
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "caitien-check-reports-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a document holding a report or a monitoring table and no plan", () => {
  test("caitien report's 2026 monitoring document: checked for results (result-missing), not rejected with no-plan", async () => {
    const report = path.join(dir, "theo-doi.docx");
    expect((await run(["report", path.join(SAMPLES, "ke-hoach-2026-thcs.docx"), "--point", "hk1", "--point", "cuoi-nam", "-o", report])).code).toBe(0);
    const result = await checked(report);
    expect(result.notices.map((n) => n.code)).toEqual([]);
    // Both review points were written, and neither has a result yet, whatever the date: this is the report.
    expect(result.findings.map((f) => [f.rule, f.item])).toEqual([
      ["result-missing", "Cuối học kỳ I"],
      ["result-missing", "Cuối năm học"],
    ]);
    expect(result.complete).toBe(false);

    const vi = await run(["check", report]);
    expect(vi.out).toContain("theo-doi.docx: 2 thời điểm theo dõi, 2 thiếu thông tin (2 lỗi, 0 cảnh báo)");
    expect(vi.out).toContain("Cuối học kỳ I: chưa ghi kết quả thực hiện (result-missing)");
    expect(vi.out).not.toContain("không bảng nào là bảng kế hoạch");
    const en = await run(["check", report, "--lang", "en"]);
    expect(en.out).toContain("theo-doi.docx: 2 review points, 2 with missing information (2 errors, 0 warnings)");
    expect(en.out).not.toContain("none is a plan table");
  });

  test("caitien report's 2018 report: each criterion needs a result; the summary counts criteria", async () => {
    const report = path.join(dir, "bao-cao.docx");
    expect((await run(["report", path.join(SAMPLES, "ke-hoach-mam-non.docx"), "-o", report])).code).toBe(0);
    const result = await checked(report);
    expect(result.findings.map((f) => [f.rule, f.criterion])).toEqual(["1.5", "2.3", "3.1", "5.3"].map((c) => ["result-missing", c]));
    expect((await run(["check", report])).out).toContain("bao-cao.docx: 4 tiêu chí, 4 thiếu thông tin");
  });

  test("a plan with its section VI: tasks and review points counted apart; due dates still decide", async () => {
    const { out } = await run(["check", path.join(SAMPLES, "ke-hoach-2026-thcs.docx")]);
    expect(out).toContain("ke-hoach-2026-thcs.docx: 6 nhiệm vụ, 2 thời điểm theo dõi, 2 thiếu thông tin");
    const result = await checked(path.join(SAMPLES, "ke-hoach-2026-thcs.docx"));
    expect(result.findings.filter((f) => f.rule === "result-missing")).toEqual([]);
  });

  test("the all-clear says what was checked: a complete report that every item has a result, not that budgets are filled", async () => {
    const report = await checked(path.join(SAMPLES, "bao-cao-tieu-hoc.docx"));
    expect(report.complete).toBe(true);
    expect(allClearText(report.summary)).toBe("Mọi mục đã ghi kết quả thực hiện.");
    expect(allClearText(report.summary, "en")).toBe("Every item has a result.");
    expect((await run(["check", path.join(SAMPLES, "bao-cao-tieu-hoc.docx")])).out).toContain("bao-cao-tieu-hoc.docx: 11 tiêu chí, 0 thiếu thông tin");
    const plan = await checked(path.join(SAMPLES, "ke-hoach-2026-thcs.docx"));
    expect(allClearText(plan.summary)).toBe("Mọi mục đã ghi đủ kinh phí (nguồn lực), thời gian và người phụ trách.");
  });
});
