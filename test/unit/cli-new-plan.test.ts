import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { openDocx, readTables } from "../../src/ooxml";

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["new-plan", ...args], { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, out: out.join(""), err: err.join("") };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "caitien-new-plan-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("caitien new-plan", () => {
  test("2026: writes the form whose five tables read back (letterhead, issues, plan, monitoring, signature)", async () => {
    const file = path.join(dir, "plan.docx");
    const { code, out, err } = await run(["--school", "tieu-hoc", "--level", "2", "--criteria", "3.4,1.4,3.1", "--year", "2026-2027", "-o", file]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toBe(`Đã ghi ${file}\n`);
    const pkg = await openDocx(fs.readFileSync(file));
    expect(pkg.documentXml).toContain('w:orient="landscape"');
    const tables = readTables(pkg.documentXml);
    expect(tables.map((t) => [t.hasBorders, t.rows.length])).toEqual([
      [false, 1],
      [true, 1 + 3],
      [true, 2 + 3],
      [true, 1 + 2],
      [false, 1],
    ]);
    const plan = tables[2]!;
    expect(plan.rows.slice(2).map((r) => r.cells[0]!.text)).toEqual(["1", "2", "3"]);
    expect(plan.rows.slice(2).map((r) => r.cells[1]!.text.slice(0, 22))).toEqual(["Cải tiến tiêu chí 1.4:", "Cải tiến tiêu chí 3.1:", "Cải tiến tiêu chí 3.4:"]);
    expect(tables[1]!.rows[1]!.cells[2]!.text).toMatch(/^Tiêu chí 1\.4: /);
    expect(tables[3]!.rows.slice(1).map((r) => r.cells[0]!.text)).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    expect(pkg.documentXml).toContain("Cải tiến chất lượng giáo dục năm học 2026-2027");
  });

  test("2018: the 9-column table in portrait 12 pt", async () => {
    const file = path.join(dir, "plan-2018.docx");
    const { code } = await run(["--framework", "2018", "--school", "trung-hoc", "--level", "3", "--criteria", "2.1,1.2", "--portrait", "--font-size", "12", "-o", file]);
    expect(code).toBe(0);
    const pkg = await openDocx(fs.readFileSync(file));
    expect(pkg.documentXml).not.toContain('w:orient="landscape"');
    expect(pkg.documentXml).toContain('<w:sz w:val="24"/>');
    expect(pkg.documentXml).not.toContain('<w:sz w:val="26"/>');
    const plan = readTables(pkg.documentXml)[1]!;
    expect(plan.rows.map((r) => r.cells.length)).toEqual([9, 1, 2, 9, 2, 9]);
    expect(plan.rows.map((r) => r.cells[r.cells.length === 9 ? 1 : 0]!.text.slice(0, 13))).toEqual([
      "Tiêu chuẩn, t",
      "MỨC 3",
      "1",
      "Tiêu chí 1.2:",
      "2",
      "Tiêu chí 2.1:",
    ]);
  });

  test("refuses to overwrite an existing file unless --force", async () => {
    const file = path.join(dir, "plan.docx");
    fs.writeFileSync(file, "keep me");
    const args = ["--school", "tieu-hoc", "--criteria", "1.4", "-o", file];
    const refused = await run(args);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`caitien new-plan: ${file} đã có; thêm --force để ghi đè.\n`);
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
    expect((await run([...args, "--force"])).code).toBe(0);
    expect(readTables((await openDocx(fs.readFileSync(file))).documentXml)).toHaveLength(5);
  });

  test("bad input: unknown criterion, level outside the framework, missing options — exit 2, nothing written", async () => {
    const file = path.join(dir, "x.docx");
    const cases: [string[], RegExp][] = [
      [["--school", "tieu-hoc", "--criteria", "1.4,7.7", "-o", file], /Không có tiêu chí "7\.7"/],
      [["--school", "tieu-hoc", "--level", "3", "--criteria", "1.4", "-o", file], /Mức 3 không có trong Thông tư 57\/2026/],
      [["--framework", "2018", "--school", "tieu-hoc", "--level", "4", "--criteria", "1.4", "-o", file], /chọn Mức 1–3/],
      [["--school", "tieu-hoc", "--criteria", "1.4"], /thiếu -o TỆP\.docx/],
      [["--school", "tieu-hoc", "-o", file], /thiếu --criteria/],
      [["--criteria", "1.4", "-o", file], /thiếu --school/],
      [["--school", "dai-hoc", "--criteria", "1.4", "-o", file], /không có loại trường "dai-hoc"/],
      [["--framework", "2030", "--school", "tieu-hoc", "--criteria", "1.4", "-o", file], /không có bộ tiêu chuẩn "2030"/],
      [["--school", "tieu-hoc", "--criteria", "1.4", "--level", "two", "-o", file], /--level phải là số của một mức/],
      [["--school", "tieu-hoc", "--criteria", "1.4", "--font-size", "14", "-o", file], /--font-size phải là 13 hoặc 12/],
      [["--school", "tieu-hoc", "--criteria", "1.4", "--year", "next", "-o", file], /--year phải có dạng 2026-2027/],
      [["--school", "tieu-hoc", "--criteria", "1.4", "--bogus", "-o", file], /không có tùy chọn --bogus/],
      [["--school", "tieu-hoc", "--criteria", "1.4", "-o", path.join(dir, "missing-dir", "x.docx")], /không ghi được .*x\.docx: thư mục chứa tệp không tồn tại\./],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await run(args);
      expect([args.join(" "), code]).toEqual([args.join(" "), 2]);
      expect(err).toMatch(message);
    }
    expect(fs.existsSync(file)).toBe(false);
  });

  test("--help prints the usage", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Cách dùng: caitien new-plan/);
  });
});
