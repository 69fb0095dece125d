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
