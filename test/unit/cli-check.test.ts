import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { buildDocx, buildZip, compoundFile } from "../support/docx-builder";
import { HEADER_2018, fullRow2018, planTable } from "../support/plan-fixtures";

const SAMPLES = path.resolve(__dirname, "../../samples");
const sample = (name: string) => path.join(SAMPLES, name);

async function run(args: string[], command = "check") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([command, ...args], { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, out: out.join(""), err: err.join("") };
}

interface JsonFinding {
  table: number | null;
  row: number | null;
  cell: number | null;
  criterion?: string;
  item?: string;
  field: string | null;
  rule: string;
  severity: string;
  message: string;
}
interface JsonFile {
  file: string;
  error: { code: string; message: string } | null;
  tables: { index: number; kind: string; form: string | null; items: number }[];
  findings: JsonFinding[];
}
const parse = (out: string) => (JSON.parse(out) as { files: JsonFile[] }).files;

let dir: string;
let complete: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "caitien-check-"));
  complete = path.join(dir, "complete.docx");
  writeFileSync(complete, await buildDocx(planTable([[...HEADER_2018], fullRow2018("Tiêu chí 1.1"), fullRow2018("Tiêu chí 1.2")], { gridCols: 9 })));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("caitien check --json", () => {
  it("gives the documented shape, the same table indexes as caitien read, and the gaps of each sample", async () => {
    const files = ["ke-hoach-mam-non.docx", "ke-hoach-2026-thcs.docx", "bao-cao-tieu-hoc.docx", "ke-hoach-tieu-hoc.docx"].map(sample);
    const { code, out } = await run([...files, "--json", "--today", "2026-09-30"]);
    expect(code).toBe(1);
    const json = JSON.parse(out) as { files: JsonFile[] };
    expect(Object.keys(json)).toEqual(["files"]);
    // Written file by file, yet laid out exactly as one JSON.stringify(…, null, 2).
    expect(out).toBe(`${JSON.stringify(json, null, 2)}\n`);
    for (const file of json.files) {
      expect(Object.keys(file)).toEqual(["file", "error", "schoolName", "schoolType", "schoolYear", "tables", "findings"]);
      for (const t of file.tables) expect(Object.keys(t)).toEqual(["index", "kind", "form", "items"]);
      for (const f of file.findings) {
        const id = Object.keys(f).filter((k) => k === "criterion" || k === "item");
        expect(id).toHaveLength(1);
        expect(Object.keys(f)).toEqual(["table", "row", "cell", id[0], "field", "rule", "severity", "message"]);
      }
    }
    const read = parse((await run([...files, "--json"], "read")).out);
    json.files.forEach((file, i) => {
      expect(file.tables).toEqual(read[i]!.tables.map((t) => ({ index: t.index, kind: t.kind, form: t.form, items: (t.items as unknown as unknown[]).length })));
    });
    const [mamNon, thcs, baoCao, tieuHoc] = json.files as [JsonFile, JsonFile, JsonFile, JsonFile];
    expect(mamNon.findings).toEqual([
      { table: 0, row: 6, cell: 4, criterion: "2.3", field: "phuTrach", rule: "required-empty", severity: "error", message: "Tiêu chí 2.3: chưa ghi người chủ trì, phối hợp thực hiện" },
      { table: 0, row: 10, cell: 4, criterion: "5.3", field: "phuTrach", rule: "required-empty", severity: "error", message: "Tiêu chí 5.3: chưa ghi người chủ trì, phối hợp thực hiện" },
      { table: 0, row: 10, cell: 6, criterion: "5.3", field: "kinhPhi", rule: "required-empty", severity: "error", message: "Tiêu chí 5.3: chưa ghi dự kiến kinh phí" },
    ]);
    expect(thcs.findings.map((f) => [f.table, f.item, f.field, f.rule])).toEqual([
      [2, "3", "nguonLuc", "required-empty"],
      [2, "5", "thoiGian", "required-empty"],
      [2, "5", "phuTrach", "required-empty"],
    ]);
    expect(thcs.tables[2]).toEqual({ index: 2, kind: "plan", form: "2026", items: 6 });
    expect(baoCao.findings).toEqual([]);
    expect(tieuHoc.findings).toEqual([]);
  });

  it("exits 0 when every file is complete", async () => {
    const { code, out } = await run([complete, sample("ke-hoach-tieu-hoc.docx"), "--json"]);
    expect(code).toBe(0);
    expect(parse(out).map((f) => f.findings)).toEqual([[], []]);
  });

  it("reports each unreadable input with its own code and message, checks the others, and exits 2", async () => {
    const write = (name: string, bytes: Uint8Array | string) => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return file;
    };
    const whole = readFileSync(sample("ke-hoach-mam-non.docx"));
    const inputs: [string, string, RegExp][] = [
      [write("text.docx", "Đây không phải tài liệu Word"), "not-zip", /không phải tài liệu Word/],
      [write("excel.docx", await buildZip({ "xl/workbook.xml": "<workbook/>" })), "no-document", /bảng tính Excel/],
      [write("half.docx", whole.subarray(0, Math.floor(whole.length / 2))), "truncated", /bị hỏng hoặc chưa tải về đầy đủ/],
      [write("locked.docx", compoundFile(["EncryptionInfo", "EncryptedPackage"])), "encrypted", /mật khẩu/],
      [write("old.doc", compoundFile(["WordDocument", "1Table"])), "legacy-doc", /Word cũ \(\.doc\)/],
      [path.join(dir, "missing.docx"), "not-found", /Không tìm thấy tệp/],
    ];
    const { code, out } = await run([...inputs.map((i) => i[0]), sample("ke-hoach-mam-non.docx"), complete, "--json"]);
    expect(code).toBe(2);
    const files = parse(out);
    inputs.forEach(([file, errorCode, message], i) => {
      expect(files[i]).toEqual({ file, error: { code: errorCode, message: expect.stringMatching(message) }, tables: [], findings: [] });
    });
    expect(new Set(files.slice(0, inputs.length).map((f) => f.error!.code)).size).toBe(inputs.length);
    expect(files[inputs.length]!.findings.map((f) => f.criterion)).toEqual(["2.3", "5.3", "5.3"]);
    expect(files[inputs.length + 1]).toMatchObject({ error: null, findings: [] });

    const text = await run([inputs[3]![0], complete]);
    expect(text.code).toBe(2);
    expect(text.out).toContain(`${inputs[3]![0]}: Tài liệu Word này được đặt mật khẩu`);
    expect(text.out).not.toMatch(/at .*\.ts:\d+/);
  });

  it("reports a document-level problem as a finding with null position", async () => {
    const notes = path.join(dir, "notes.docx");
    writeFileSync(notes, await buildDocx(planTable([["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Hiệu trưởng"]])));
    const { code, out } = await run([notes, "--json"]);
    expect(code).toBe(1);
    const [file] = parse(out);
    expect(file!.findings).toEqual([
      { table: null, row: null, cell: null, field: null, rule: "no-plan", severity: "error", message: expect.stringContaining("Nguồn lực bảo đảm") },
    ]);
  });

  it("gives messages in English with --lang en", async () => {
    const { out } = await run([sample("ke-hoach-2026-thcs.docx"), path.join(dir, "missing.docx"), "--json", "--lang", "en"]);
    const [thcs, missing] = parse(out);
    expect(thcs!.findings[0]!.message).toBe("Task 3: no resources given");
    expect(missing!.error).toEqual({ code: "not-found", message: "File not found." });
  });

  it("checks the columns asked for with --require, and the school's circular with --school", async () => {
    const plain = parse((await run([sample("ke-hoach-mam-non.docx"), "--json"])).out)[0]!;
    const asked = parse((await run([sample("ke-hoach-mam-non.docx"), "--json", "--require", "congViec"])).out)[0]!;
    expect(asked.findings.length - plain.findings.length).toBe(1);
    expect(asked.findings.find((f) => f.field === "congViec")).toMatchObject({ criterion: "5.3", message: "Tiêu chí 5.3: chưa ghi công việc/giải pháp" });

    const wrong = path.join(dir, "wrong-code.docx");
    writeFileSync(wrong, await buildDocx(planTable([[...HEADER_2018], fullRow2018("Tiêu chí 5.6")], { gridCols: 9 })));
    expect(parse((await run([wrong, "--json"])).out)[0]!.findings).toEqual([]);
    const mamNon = await run([wrong, "--json", "--school", "mam-non"]);
    expect(mamNon.code).toBe(0);
    expect(parse(mamNon.out)[0]!.findings.map((f) => [f.rule, f.severity])).toEqual([["unknown-criterion", "warning"]]);
  });

  it("uses --today for review points that are due", async () => {
    const rules = async (today: string) => parse((await run([sample("ke-hoach-2026-thcs.docx"), "--json", "--today", today])).out)[0]!.findings.map((f) => f.rule);
    expect(await rules("2026-10-01")).not.toContain("result-missing");
    expect((await rules("2027-06-15")).filter((r) => r === "result-missing")).toHaveLength(2);
  });
});

describe("caitien check (text)", () => {
  it("prints one line per file and finding, then a summary table for several files", async () => {
    const { code, out } = await run([sample("ke-hoach-mam-non.docx"), complete, path.join(dir, "missing.docx")]);
    expect(code).toBe(2);
    const lines = out.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      `${sample("ke-hoach-mam-non.docx")}: 4 tiêu chí, 2 thiếu thông tin (3 lỗi, 0 cảnh báo)`,
      "  [lỗi] Bảng 0, hàng 7, ô 5: Tiêu chí 2.3: chưa ghi người chủ trì, phối hợp thực hiện (required-empty)",
      "  [lỗi] Bảng 0, hàng 11, ô 5: Tiêu chí 5.3: chưa ghi người chủ trì, phối hợp thực hiện (required-empty)",
      "  [lỗi] Bảng 0, hàng 11, ô 7: Tiêu chí 5.3: chưa ghi dự kiến kinh phí (required-empty)",
      `${complete}: 2 tiêu chí, 0 thiếu thông tin (0 lỗi, 0 cảnh báo)`,
      `${path.join(dir, "missing.docx")}: Không tìm thấy tệp này. Hãy kiểm tra lại đường dẫn và tên tệp. [not-found]`,
    ]);
    const table = lines.slice(7).filter((l) => l !== "");
    expect(table[0]).toMatch(/^Tệp\s+\| Mục \| Thiếu \| Lỗi \| Cảnh báo \| Kết quả$/);
    const cells = table.slice(2).map((l) => l.split("|").map((c) => c.trim()));
    expect(cells).toEqual([
      [sample("ke-hoach-mam-non.docx"), "4", "2", "3", "0", "Thiếu thông tin"],
      [complete, "2", "0", "0", "0", "Đầy đủ"],
      [path.join(dir, "missing.docx"), "", "", "", "", "Không đọc được"],
    ]);
  });

  it("prints no summary table for one file, and English with --lang en", async () => {
    const { code, out } = await run([sample("ke-hoach-mam-non.docx"), "--lang", "en"]);
    expect(code).toBe(1);
    expect(out.split("\n").filter((l) => l !== "")).toEqual([
      `${sample("ke-hoach-mam-non.docx")}: 4 criteria, 2 with missing information (3 errors, 0 warnings)`,
      "  [error] Table 0, row 7, cell 5: Criterion 2.3: no person in charge given (required-empty)",
      "  [error] Table 0, row 11, cell 5: Criterion 5.3: no person in charge given (required-empty)",
      "  [error] Table 0, row 11, cell 7: Criterion 5.3: no estimated budget given (required-empty)",
    ]);
    const several = await run([complete, complete, "--lang", "en"]);
    expect(several.out).toMatch(/^File\s+\| Items \| Gaps \| Errors \| Warnings \| Result$/m);
    expect(several.out).toContain("| Complete");
  });

  it("rejects bad usage with exit 2", async () => {
    const unknown = await run([complete, "--require", "congViec,kinhPhi,foo"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('caitien check: --require không có "kinhPhi", "foo"; các khóa được dùng: mucTieu, hoatDong, chiSo, ketQuaCanDat, congViec.\n');
    expect((await run([])).code).toBe(2);
    expect((await run([complete, "--lang", "fr"])).err).toMatch(/--lang phải là vi \(tiếng Việt\) hoặc en \(English\)/);
    expect((await run([complete, "--school", "dai-hoc"])).err).toMatch(/không có loại trường "dai-hoc"/);
    expect((await run([complete, "--today", "2026-13-01"])).err).toMatch(/--today phải là một ngày viết NNNN-TT-NN/);
    expect((await run([complete, "--bogus"])).code).toBe(2);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Cách dùng: caitien check TỆP...");
  });
});
