import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { readDocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";
import { buildDocx } from "../support/docx-builder";
import { HEADER_2018, encodeTcvn3, paragraphXml, planTable, row2018, type CellInput } from "../support/plan-fixtures";

const SAMPLES = path.resolve(__dirname, "../../samples");

async function runIn(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["report", ...args], { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, out: out.join(""), err: err.join("") };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "caitien-report-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function copySample(name: string): string {
  const file = path.join(dir, name);
  fs.copyFileSync(path.join(SAMPLES, name), file);
  return file;
}

async function readBack(file: string) {
  const { documentXml } = await openDocx(fs.readFileSync(file));
  return readDocumentModel(readTables(documentXml), { documentXml });
}

const run = runIn;

describe("caitien report", () => {
  test("2018 plan: writes the report, the plan is unchanged byte for byte", async () => {
    const plan = copySample("ke-hoach-mam-non.docx");
    const before = fs.readFileSync(plan);
    const statBefore = fs.statSync(plan).mtimeMs;
    const output = path.join(dir, "bao-cao.docx");
    const { code, out, err } = await run([plan, "-o", output]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toBe(`Đã ghi ${output}\n`);
    expect(fs.readFileSync(plan).equals(before)).toBe(true);
    expect(fs.statSync(plan).mtimeMs).toBe(statBefore);
    const model = await readBack(output);
    // Letterhead, report, signature block.
    expect(model.tables.map((t) => t.kind)).toEqual(["other", "report", "other"]);
    expect(model.tables[1]!.items).toHaveLength(4);
  });

  test("2026 plan: the monitoring table for the chosen point, and the note that there is no report form", async () => {
    const plan = copySample("ke-hoach-2026-thcs.docx");
    const output = path.join(dir, "theo-doi.docx");
    const { code, out } = await run([plan, "-o", output, "--point", "cuoi-nam"]);
    expect(code).toBe(0);
    expect(out).toContain("Thông tư 57/2026 không có mẫu báo cáo riêng");
    const model = await readBack(output);
    expect(model.tables[1]!.kind).toBe("monitoring");
    expect(model.tables[1]!.items.map((i) => (i.type === "review" ? i.point : ""))).toEqual(["Cuối năm học"]);
  });

  test("the document has the plan's letterhead, a title, the place and date line and the principal's signature", async () => {
    const plan = copySample("ke-hoach-2026-thcs.docx");
    const output = path.join(dir, "theo-doi.docx");
    expect((await run([plan, "-o", output, "--point", "hk1"])).code).toBe(0);
    const { documentXml } = await openDocx(fs.readFileSync(output));
    const grids = readTables(documentXml);
    expect(grids).toHaveLength(3);
    const [head, , foot] = grids;
    // The plan's letterhead reads "UBND XÃ TÂN PHÚ" / "TRƯỜNG THCS TÂN PHÚ" and is dated "Tân Phú, ngày 26 tháng 9 năm 2026".
    expect(head!.hasBorders).toBe(false);
    expect(head!.rows[0]!.cells.map((c) => c.text.split("\n"))).toEqual([
      ["UBND XÃ TÂN PHÚ", "TRƯỜNG THCS TÂN PHÚ", "Số: …/BC-…"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tân Phú, ngày … tháng … năm …"],
    ]);
    expect(foot!.hasBorders).toBe(false);
    expect(foot!.rows[0]!.cells[1]!.text.split("\n")).toEqual(["HIỆU TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)"]);
    // The title stands between the letterhead and the table, and every table is followed by a paragraph before
    // the next (Word would join adjacent tables into one).
    const between = documentXml.slice(head!.end, grids[1]!.start);
    expect(between).toContain("THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2026 – 2027");
    expect(documentXml.slice(grids[1]!.end, foot!.start)).toMatch(/^\s*<w:p[ >]/);
    expect(between).toMatch(/^\s*<w:p[ >]/);
    // The school read back from the report is the plan's.
    expect((await readBack(output)).schoolInfo?.schoolName.value).toBe("TRƯỜNG THCS TÂN PHÚ");
  });

  test("what the plan does not state stays a blank to fill in: the mầm non plan has its letterhead in the page header", async () => {
    const plan = copySample("ke-hoach-mam-non.docx");
    const output = path.join(dir, "bao-cao.docx");
    expect((await run([plan, "-o", output])).code).toBe(0);
    const head = readTables((await openDocx(fs.readFileSync(output))).documentXml)[0]!;
    // Its body starts with "Số : 109 /KH-MNTX" and "Thanh Xương, ngày 07 tháng 9 năm 2023": only the place is known.
    expect(head.rows[0]!.cells.map((c) => c.text.split("\n"))).toEqual([
      ["…………………………", "TRƯỜNG …………………", "Số: …/BC-…"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thanh Xương, ngày … tháng … năm …"],
    ]);
  });

  test("the school year: from the document, else --year, else a clear error", async () => {
    const plan = copySample("ke-hoach-tieu-hoc.docx");
    const output = path.join(dir, "r.docx");
    const missing = await run([plan, "-o", output]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--year 2024-2025");
    expect(fs.existsSync(output)).toBe(false);
    const bad = await run([plan, "-o", output, "--year", "2024"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--year phải có dạng 2024-2025 (hai năm liền nhau), không phải \"2024\"");
    const ok = await run([plan, "-o", output, "--year", "2024-2025"]);
    expect(ok.code).toBe(0);
    const { documentXml } = await openDocx(fs.readFileSync(output));
    expect(documentXml).toContain("NĂM HỌC 2024 – 2025");
  });

  test("refuses to overwrite without --force; overwrites with it", async () => {
    const plan = copySample("ke-hoach-mam-non.docx");
    const output = path.join(dir, "exists.docx");
    fs.writeFileSync(output, "keep me");
    const refused = await run([plan, "-o", output]);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`caitien report: ${output} đã có; thêm --force để ghi đè.\n`);
    expect(fs.readFileSync(output, "utf8")).toBe("keep me");
    expect((await run([plan, "-o", output, "--force"])).code).toBe(0);
    expect((await readBack(output)).tables[1]!.kind).toBe("report");
  });

  test("never writes to the input, with or without --force, through another spelling, a symbolic link or a hard link", async () => {
    const plan = copySample("ke-hoach-mam-non.docx");
    const before = fs.readFileSync(plan);
    const link = path.join(dir, "link.docx");
    fs.symlinkSync(plan, link);
    const hardLink = path.join(dir, "hard-link.docx");
    fs.linkSync(plan, hardLink);
    for (const output of [plan, path.join(dir, ".", "ke-hoach-mam-non.docx"), link, hardLink]) {
      for (const force of [["--force"], []]) {
        const result = await run([plan, "-o", output, ...force]);
        expect(result.code).toBe(2);
        expect(result.err).toContain("không thể ghi báo cáo đè lên kế hoạch");
        // Nothing invites overwriting: the plan is never "a file that already exists, add --force".
        expect(result.err).not.toMatch(/đã có|thêm --force/);
      }
    }
    expect(fs.readFileSync(plan).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["hard-link.docx", "ke-hoach-mam-non.docx", "link.docx"]);
  });

  test("unreadable input, no plan table, several plan tables, legacy encoding, bad options (in English with --lang en)", async () => {
    const run = (args: string[]) => runIn([...args, "--lang", "en"]);
    const output = path.join(dir, "r.docx");
    const notFound = await run([path.join(dir, "none.docx"), "-o", output]);
    expect([notFound.code, notFound.err]).toEqual([2, expect.stringContaining("File not found")]);
    const notDocx = path.join(dir, "x.docx");
    fs.writeFileSync(notDocx, "plain text");
    expect((await run([notDocx, "-o", output])).err).toContain("not a Word document");

    const report = copySample("bao-cao-tieu-hoc.docx");
    const noPlan = await run([report, "-o", output]);
    expect([noPlan.code, noPlan.err]).toEqual([2, expect.stringContaining("has no plan table")]);

    const twoPlans = path.join(dir, "two.docx");
    const table = planTable([[...HEADER_2018], row2018("", "Tiêu chí 1.1", { 3: "Việc" })]);
    fs.writeFileSync(twoPlans, await buildDocx(paragraphXml("Năm học 2024-2025") + table + paragraphXml("") + table));
    const several = await run([twoPlans, "-o", output]);
    expect(several.err).toContain("2 plan tables (0, 1); choose one with --table");
    expect((await run([twoPlans, "-o", output, "--table", "1"])).code).toBe(0);
    expect((await run([twoPlans, "-o", path.join(dir, "r2.docx"), "--table", "5"])).err).toContain("table 5 of");

    const tcvn = (text: string): CellInput => ({ text: encodeTcvn3(text), font: ".VnTime" });
    const legacy = path.join(dir, "legacy.docx");
    fs.writeFileSync(legacy, await buildDocx(paragraphXml("Năm học 2024-2025") + planTable([HEADER_2018.map(tcvn), row2018("", tcvn("Tiêu chí 1.1"), { 3: tcvn("Rà soát") })])));
    expect((await run([legacy, "-o", path.join(dir, "r3.docx")])).err).toContain("legacy TCVN3 encoding");

    expect((await run([])).err).toContain("no plan file given");
    expect((await run([twoPlans])).err).toContain("missing -o");
    expect((await run([twoPlans, "-o", output, "--point", "giua-ky"])).err).toContain("--point must be hk1 or cuoi-nam");
    expect((await run(["--help"])).out).toContain("Usage: caitien report");
    expect(fs.existsSync(path.join(dir, "r2.docx")) || fs.existsSync(path.join(dir, "r3.docx"))).toBe(false);
  });
});
