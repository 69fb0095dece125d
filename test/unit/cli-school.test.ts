/** `read --json` and `check --json` report the school's name, type and year with how each was found. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { buildDocx, cell, paragraph, row, table } from "../support/docx-builder";
import { HEADER_2018, planTable, row2018 } from "../support/plan-fixtures";

const SAMPLES = path.resolve(__dirname, "../../samples");
const sample = (name: string) => path.join(SAMPLES, name);

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, out: out.join(""), err: err.join("") };
}

interface Inferred {
  value: string | null;
  source: string | null;
  status: string;
}
interface SchoolJson {
  file: string;
  schoolName: Inferred;
  schoolType: Inferred;
  schoolYear: Inferred;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "caitien-school-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("read --json and check --json", () => {
  it.each(["read", "check"])("%s reports schoolType and schoolYear of each sample with their source", async (command) => {
    const files = ["bao-cao-tieu-hoc.docx", "ke-hoach-2026-thcs.docx", "ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx"];
    const { out } = await run([command, ...files.map(sample), "--json"]);
    const json = (JSON.parse(out) as { files: SchoolJson[] }).files;
    files.forEach((file, i) => {
      const expected = JSON.parse(readFileSync(sample(file.replace(".docx", ".expected.json")), "utf8")) as { schoolType: string };
      expect(json[i]!.schoolType.value).toBe(expected.schoolType);
      expect(["letterhead", "circular"]).toContain(json[i]!.schoolType.source);
    });
    expect(json.map((f) => [f.schoolYear.value, f.schoolYear.source])).toEqual([
      ["2023-2024", "title"],
      ["2026-2027", "title"],
      ["2023-2024", "title"],
      [null, null],
    ]);
    expect(json[3]!.schoolYear.status).toBe("none");
    expect(json.map((f) => f.schoolName.value)).toEqual(["TRƯỜNG TH NGUYỄN BÁ NGỌC", "TRƯỜNG THCS TÂN PHÚ", null, null]);
  });

  it("check --school wins, and says so", async () => {
    const { out } = await run(["check", sample("ke-hoach-mam-non.docx"), "--school", "tieu-hoc", "--json"]);
    const file = (JSON.parse(out) as { files: SchoolJson[] }).files[0]!;
    expect(file.schoolType).toMatchObject({ value: "tieu-hoc", source: "option" });
  });

  it("check uses the school type the document names: a mầm non plan citing 2.4 is warned without --school", async () => {
    const head = table([row([cell(paragraph("PHÒNG GD&ĐT") + paragraph("TRƯỜNG MẦM NON HOA SEN")), cell(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))])], { gridCols: 2 });
    const plan = planTable([[...HEADER_2018], row2018("1", "Tiêu chí 2.4", { 3: "Rà soát", 4: "Hiệu trưởng", 5: "Tháng 9/2026", 6: "Không" })]);
    const file = path.join(dir, "mam-non-2-4.docx");
    writeFileSync(file, await buildDocx(head + paragraph("KẾ HOẠCH") + plan));
    const inferred = JSON.parse((await run(["check", file, "--json"])).out) as { files: (SchoolJson & { findings: { rule: string }[] })[] };
    expect(inferred.files[0]!.schoolType).toMatchObject({ value: "mam-non", source: "letterhead" });
    const rules = inferred.files[0]!.findings.map((f) => f.rule);
    const told = JSON.parse((await run(["check", file, "--json", "--school", "mam-non"])).out) as { files: { findings: { rule: string }[] }[] };
    // The same findings as when the user names the school type; a code mầm non's circular lacks is among them.
    expect(rules).toEqual(told.files[0]!.findings.map((f) => f.rule));
    const widest = JSON.parse((await run(["check", file, "--json", "--school", "trung-hoc"])).out) as { files: { findings: { rule: string }[] }[] };
    expect(rules.length).toBeGreaterThan(widest.files[0]!.findings.length);
  });

  it("read's text output names the school, its type and year, with the source", async () => {
    const { out } = await run(["read", sample("ke-hoach-2026-thcs.docx")]);
    expect(out).toContain("Trường: TRƯỜNG THCS TÂN PHÚ — cấp học: THCS–THPT (theo tên trường ở đầu văn bản) — năm học: 2026-2027 (theo tiêu đề văn bản)");
  });
});

describe("new-plan states its school year", () => {
  it("so that report works without --year, and a blank letterhead names no school", async () => {
    const plan = path.join(dir, "new.docx");
    const report = path.join(dir, "report.docx");
    expect((await run(["new-plan", "--school", "trung-hoc", "--criteria", "1.3,2.1", "-o", plan])).code).toBe(0);
    const read = JSON.parse((await run(["read", plan, "--json"])).out) as { files: SchoolJson[] };
    expect(read.files[0]!.schoolYear).toMatchObject({ source: "title", status: "found" });
    expect(read.files[0]!.schoolYear.value).toMatch(/^(\d{4})-(\d{4})$/);
    expect(read.files[0]!.schoolName.value).toBeNull();
    expect((await run(["report", plan, "-o", report])).code).toBe(0);
  });
});

describe("a document stating two school years", () => {
  const conflicting = () =>
    buildDocx(
      paragraph("TRƯỜNG TIỂU HỌC HOÀ BÌNH") +
        paragraph("Hoà Bình, ngày 05 tháng 10 năm 2024") +
        paragraph("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC") +
        paragraph("NĂM HỌC 2023 – 2024") +
        planTable([[...HEADER_2018], row2018("", "Tiêu chí 1.1", { 2: "Đạt", 3: "Rà soát", 4: "Hiệu trưởng", 5: "Tháng 9", 6: "Không" })]),
    );

  it("report names both years and where they stand, and asks for --year (vi and en); --year then makes the report", async () => {
    const file = path.join(dir, "hai-nam-hoc.docx");
    writeFileSync(file, await conflicting());
    const vi = await run(["report", file, "-o", path.join(dir, "bc.docx")]);
    expect(vi.code).not.toBe(0);
    expect(vi.err).toContain(
      "Văn bản ghi hai năm học khác nhau: 2023 – 2024 (tiêu đề “NĂM HỌC 2023 – 2024”) và 2024 – 2025 (dòng ngày tháng “Hoà Bình, ngày 05 tháng 10 năm 2024”). Hãy cho năm học của báo cáo bằng --year",
    );
    expect(vi.err).not.toContain("không ghi năm học");
    const en = await run(["report", file, "-o", path.join(dir, "bc.docx"), "--lang", "en"]);
    expect(en.err).toContain("The document states two different school years: 2023 – 2024 (title");
    expect(en.err).toContain("--year");
    expect((await run(["report", file, "-o", path.join(dir, "bc.docx"), "--year", "2023-2024"])).code).toBe(0);
  });

  it("read names the conflict with the years found, and --json says conflict", async () => {
    const file = path.join(dir, "hai-nam-hoc-2.docx");
    writeFileSync(file, await conflicting());
    expect((await run(["read", file])).out).toContain("năm học: các nguồn trong văn bản mâu thuẫn (2023-2024, 2024-2025)");
    const json = JSON.parse((await run(["read", file, "--json"])).out) as { files: SchoolJson[] };
    expect(json.files[0]!.schoolYear).toMatchObject({ value: null, status: "conflict", source: null });
  });

  it("a date line in August alone fits two years: said so, not called missing", async () => {
    const file = path.join(dir, "thang-tam.docx");
    writeFileSync(
      file,
      await buildDocx(
        paragraph("TRƯỜNG TIỂU HỌC HOÀ BÌNH") +
          paragraph("Hoà Bình, ngày 20 tháng 8 năm 2024") +
          paragraph("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC") +
          planTable([[...HEADER_2018], row2018("", "Tiêu chí 1.1", { 2: "Đạt", 3: "Rà soát", 4: "Hiệu trưởng", 5: "Tháng 9", 6: "Không" })]),
      ),
    );
    const { err } = await run(["report", file, "-o", path.join(dir, "bc8.docx")]);
    expect(err).toContain("Văn bản chỉ ghi ngày tháng, hợp với hai năm học: 2023 – 2024 hoặc 2024 – 2025 (dòng ngày tháng “Hoà Bình, ngày 20 tháng 8 năm 2024”).");
    expect(err).toContain("--year");
  });
});
