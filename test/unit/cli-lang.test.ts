import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

const SAMPLES = path.resolve(__dirname, "../../samples");
const sample = (name: string) => path.join(SAMPLES, name);

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, out: out.join(""), err: err.join("") };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "caitien-lang-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Words only an English text has: the Vietnamese help must not fall back to them. */
const ENGLISH = /\b(Usage|Writes|Prints|Checks|Lists|missing|unknown|cannot|already|Wrote|option)\b/;

const COMMANDS = ["catalog", "new-plan", "read", "check", "report"] as const;

describe("the CLI speaks Vietnamese by default and English with --lang en", () => {
  test.each(COMMANDS)("%s --help: Vietnamese, or English with --lang en", async (command) => {
    const vi = await run([command, "--help"]);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(new RegExp(`^Cách dùng: caitien ${command}`));
    expect(vi.out).not.toMatch(ENGLISH);
    const en = await run([command, "--help", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(new RegExp(`^Usage: caitien ${command}`));
    expect(en.out).not.toBe(vi.out);
  });

  test("caitien --help and a bare caitien: Vietnamese; --lang en (before or after) English", async () => {
    const vi = await run(["--help"]);
    expect(vi.out).toMatch(/^caitien \S+ — Cải Tiến/);
    expect(vi.out).toContain("Cách dùng:\n  caitien <lệnh> [tùy chọn]");
    for (const command of COMMANDS) expect(vi.out).toMatch(new RegExp(`^ {2}${command} +\\S`, "m"));
    expect(vi.out).not.toMatch(ENGLISH);
    for (const args of [["--lang", "en", "--help"], ["--help", "--lang=en"], ["--lang", "en"]]) {
      const en = await run(args);
      expect(en.out).toContain("Usage:\n  caitien <command> [options]");
      expect(en.out).toContain("Exit codes: 0 success");
    }
  });

  test.each([
    ["catalog", ["--bogus"], "không có tùy chọn --bogus (xem caitien catalog --help).", "unknown option --bogus (see caitien catalog --help)."],
    ["new-plan", ["-o"], "tùy chọn --output cần một giá trị.", "option --output needs a value."],
    ["read", ["--json=yes", "x.docx"], "tùy chọn --json không nhận giá trị.", "option --json takes no value."],
    ["check", ["-z"], "không có tùy chọn -z", "unknown option -z"],
    ["catalog", ["tieu-hoc"], 'lệnh này không nhận "tieu-hoc"', 'unexpected "tieu-hoc"'],
  ])("%s %j: an option error is one sentence in the user's language, then the usage", async (command, args, vi, en) => {
    const inVi = await run([command, ...args]);
    expect(inVi.code).toBe(2);
    expect(inVi.err.startsWith(`caitien ${command}: ${vi}`)).toBe(true);
    expect(inVi.err).toContain(`Cách dùng: caitien ${command}`);
    const inEn = await run([command, ...args, "--lang", "en"]);
    expect(inEn.code).toBe(2);
    expect(inEn.err.startsWith(`caitien ${command}: ${en}`)).toBe(true);
    expect(inEn.err).toContain(`Usage: caitien ${command}`);
    // Node's own parser text never reaches the user.
    for (const err of [inVi.err, inEn.err]) expect(err).not.toMatch(/Unknown option '|argument missing|does not take an argument|Unexpected argument '/);
  });

  test("an unknown --lang is refused in Vietnamese, naming both choices", async () => {
    const bad = await run(["read", sample("ke-hoach-mam-non.docx"), "--lang", "fr"]);
    expect(bad).toEqual({ code: 2, out: "", err: 'caitien: --lang phải là vi (tiếng Việt) hoặc en (English), không phải "fr".\n' });
  });

  test("catalog: Vietnamese notes by default, English with --lang en", async () => {
    const vi = await run(["catalog", "--school", "tieu-hoc", "--search", "zzzz khong co"]);
    expect(vi.out).toContain("(không có tiêu chí nào khớp)");
    const en = await run(["catalog", "--school", "tieu-hoc", "--search", "zzzz khong co", "--lang", "en"]);
    expect(en.out).toContain("(no match)");
    expect((await run(["catalog", "--framework", "2030", "--lang", "en"])).err).toContain('unknown framework "2030"; use one of');
  });

  test("new-plan: Đã ghi … / … đã có; thêm --force để ghi đè — and the English of both", async () => {
    const file = path.join(dir, "ke-hoach.docx");
    const args = ["new-plan", "--school", "tieu-hoc", "--criteria", "1.4", "-o", file];
    expect(await run(args)).toEqual({ code: 0, out: `Đã ghi ${file}\n`, err: "" });
    expect(await run(args)).toEqual({ code: 2, out: "", err: `caitien new-plan: ${file} đã có; thêm --force để ghi đè.\n` });
    expect(await run([...args, "--lang", "en"])).toEqual({ code: 2, out: "", err: `caitien new-plan: ${file} already exists; add --force to overwrite it.\n` });
    expect(await run([...args, "--force", "--lang", "en"])).toEqual({ code: 0, out: `Wrote ${file}\n`, err: "" });
    // The catalog's own refusals come in both languages too.
    const unknown = ["new-plan", "--school", "tieu-hoc", "--criteria", "9.9", "-o", path.join(dir, "x.docx")];
    expect((await run(unknown)).err).toMatch(/^caitien new-plan: Không có tiêu chí "9\.9" trong danh mục Tiểu học/);
    expect((await run([...unknown, "--lang", "en"])).err).toMatch(/^caitien new-plan: No criterion "9\.9" in the catalog Tiểu học/);
  });

  test("read: table kinds and file errors in the chosen language", async () => {
    const missing = path.join(dir, "khong-co.docx");
    const vi = await run(["read", sample("ke-hoach-mam-non.docx"), missing]);
    expect(vi.code).toBe(2);
    expect(vi.out).toMatch(/^ {2}Bảng 0: kế hoạch, mẫu 2018/m);
    expect(vi.out).toContain("Không tìm thấy tệp này. Hãy kiểm tra lại đường dẫn và tên tệp. [not-found]");
    const en = await run(["read", sample("ke-hoach-mam-non.docx"), missing, "--lang", "en"]);
    expect(en.out).toMatch(/^ {2}Table 0: plan, form 2018/m);
    expect(en.out).toContain("File not found. [not-found]");
    expect(en.out).not.toMatch(/Không tìm thấy|kế hoạch, mẫu/);
  });

  test("check: findings and summaries in the chosen language", async () => {
    const plan = sample("ke-hoach-mam-non.docx");
    const vi = await run(["check", plan, plan]);
    expect(vi.code).toBe(1);
    expect(vi.out).toMatch(/^ {2}\[lỗi\] Bảng 0, hàng \d+, ô \d+: /m);
    expect(vi.out).toMatch(/^Tệp\s+\| Mục \| Thiếu \| Lỗi \| Cảnh báo \| Kết quả$/m);
    const en = await run(["check", plan, plan, "--lang", "en"]);
    expect(en.out).toMatch(/^ {2}\[error\] Table 0, row \d+, cell \d+: /m);
    expect(en.out).toMatch(/^File\s+\| Items \| Gaps \| Errors \| Warnings \| Result$/m);
    expect((await run(["check", plan, "--today", "hôm nay"])).err).toContain("--today phải là một ngày viết NNNN-TT-NN");
    expect((await run(["check", plan, "--today", "today", "--lang", "en"])).err).toContain("--today must be a date written YYYY-MM-DD");
  });

  test("report: written, refused and unreadable in the chosen language", async () => {
    const plan = path.join(dir, "ke-hoach.docx");
    fs.copyFileSync(sample("ke-hoach-mam-non.docx"), plan);
    const output = path.join(dir, "bao-cao.docx");
    expect(await run(["report", plan, "-o", output])).toEqual({ code: 0, out: `Đã ghi ${output}\n`, err: "" });
    expect((await run(["report", plan, "-o", output])).err).toBe(`caitien report: ${output} đã có; thêm --force để ghi đè.\n`);
    expect((await run(["report", plan, "-o", output, "--force", "--lang", "en"])).out).toBe(`Wrote ${output}\n`);
    const missing = path.join(dir, "khong-co.docx");
    expect((await run(["report", missing, "-o", path.join(dir, "r.docx")])).err).toContain(`không đọc được ${missing}: Không tìm thấy tệp này`);
    expect((await run(["report", missing, "-o", path.join(dir, "r.docx"), "--lang", "en"])).err).toContain(`cannot read ${missing}: File not found.`);
    expect((await run(["report", plan])).err).toMatch(/^caitien report: thiếu -o BÁO-CÁO\.docx/);
    expect((await run(["report", plan, "--lang", "en"])).err).toMatch(/^caitien report: missing -o REPORT\.docx/);
  });
});
