import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

const SAMPLES = path.resolve(__dirname, "../../samples");
const sample = (name: string) => path.join(SAMPLES, name);

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["read", ...args], { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, out: out.join(""), err: err.join("") };
}

interface JsonItem {
  criterion?: string | null;
  item?: string | null;
  rows: number[];
  fields: Record<string, string>;
}
interface JsonTable {
  index: number;
  kind: string;
  form: string | null;
  columns: Record<string, number>;
  items: JsonItem[];
}
interface JsonFile {
  file: string;
  error: { code: string; message: string } | null;
  tables: JsonTable[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "caitien-read-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("caitien read --json", () => {
  it("gives every sample's tables, kinds, forms, columns and items in the shared shape", async () => {
    const files = ["ke-hoach-mam-non.docx", "ke-hoach-2026-thcs.docx", "bao-cao-tieu-hoc.docx"].map(sample);
    const { code, out } = await run([...files, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { files: JsonFile[] };
    expect(Object.keys(json)).toEqual(["files"]);
    expect(json.files.map((f) => [f.file, f.error])).toEqual(files.map((f) => [f, null]));
    for (const file of json.files) {
      for (const table of file.tables) {
        expect(Object.keys(table)).toEqual(["index", "kind", "form", "columns", "items"]);
        for (const item of table.items) {
          const ids = Object.keys(item).filter((k) => k === "criterion" || k === "item");
          expect(ids).toHaveLength(1);
          expect(Object.keys(item).sort()).toEqual([ids[0], "fields", "rows"].sort());
        }
      }
    }
    const [mamNon, thcs, baoCao] = json.files as [JsonFile, JsonFile, JsonFile];
    expect(mamNon.tables).toHaveLength(1);
    const plan = mamNon.tables[0]!;
    expect(plan).toMatchObject({ index: 0, kind: "plan", form: "2018" });
    expect(plan.columns).toEqual({ tt: 0, tieuChi: 1, ketQuaCanDat: 2, congViec: 3, phuTrach: 4, thoiGian: 5, kinhPhi: 6, dieuKienHoTro: 7, ghiChu: 8 });
    expect(plan.items.map((i) => i.criterion)).toEqual(["1.5", "2.3", "3.1", "5.3"]);
    expect(plan.items[0]!.rows).toEqual([3, 4]);
    expect(plan.items[0]!.fields.kinhPhi).toBe("Không");
    expect(plan.items[1]!.fields.phuTrach).toBe("");

    expect(thcs.tables.map((t) => [t.index, t.kind, t.form])).toEqual([
      [0, "other", null],
      [1, "issues", null],
      [2, "plan", "2026"],
      [3, "monitoring", null],
      [4, "other", null],
    ]);
    expect(thcs.tables[2]!.items.map((i) => [i.item, i.rows])).toEqual([
      ["1", [2]],
      ["2", [3]],
      ["3", [4]],
      ["4", [5]],
      ["5", [6]],
      ["6", [7]],
    ]);
    expect(thcs.tables[2]!.items[4]!.fields.phuTrach).toBe("……");
    expect(thcs.tables[1]!.items.map((i) => i.criterion)).toEqual(["1.4", "2.2", "3.2", "4.1"]);
    expect(thcs.tables[3]!.items.map((i) => i.item)).toEqual(["Cuối học kỳ I", "Cuối năm học"]);
    expect(thcs.tables[0]).toMatchObject({ columns: {}, items: [] });

    expect(baoCao.tables[1]).toMatchObject({ kind: "report", form: null });
  });

  it("reports an unreadable file and a missing one with their own codes, reads the others, and exits 2", async () => {
    const text = path.join(dir, "notes.docx");
    writeFileSync(text, "Đây không phải tài liệu Word");
    const missing = path.join(dir, "missing.docx");
    const { code, out } = await run([text, missing, sample("ke-hoach-tieu-hoc.docx"), "--json"]);
    expect(code).toBe(2);
    const [bad, gone, good] = (JSON.parse(out) as { files: JsonFile[] }).files as [JsonFile, JsonFile, JsonFile];
    expect(bad).toEqual({ file: text, error: { code: "not-zip", message: expect.stringContaining("không phải tài liệu Word") }, tables: [] });
    expect(gone).toEqual({ file: missing, error: { code: "not-found", message: expect.stringContaining("Không tìm thấy tệp") }, tables: [] });
    expect(good.error).toBeNull();
    expect(good.tables.map((t) => t.kind)).toEqual(["other", "plan"]);
  });

  it("gives error messages in English with --lang en", async () => {
    const { code, out } = await run([path.join(dir, "missing.docx"), "--json", "--lang", "en"]);
    expect(code).toBe(2);
    expect((JSON.parse(out) as { files: JsonFile[] }).files[0]!.error).toEqual({ code: "not-found", message: "File not found." });
  });
});

describe("caitien read (text)", () => {
  it("lists each table with its kind, form, columns and item ids", async () => {
    const { code, out } = await run([sample("ke-hoach-2026-thcs.docx")]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe(sample("ke-hoach-2026-thcs.docx"));
    expect(lines[1]).toMatch(/^ {2}Trường: TRƯỜNG THCS TÂN PHÚ/);
    expect(lines[2]).toBe("  Bảng 0: khác");
    expect(lines[4]).toBe(
      "  Bảng 2: kế hoạch, mẫu 2026 — cột: tt, noiDung, mucTieu, hoatDong, chiSo, thoiGian, phuTrach, nguonLuc, minhChung, mucDo — 6 mục: 1, 2, 3, 4, 5, 6",
    );
  });

  it("prints the error message for an unreadable file, in English with --lang en", async () => {
    const empty = path.join(dir, "empty.docx");
    writeFileSync(empty, "");
    const { code, out } = await run([empty, "--lang", "en"]);
    expect(code).toBe(2);
    expect(out).toBe(`${empty}\n  The file is empty (0 bytes). [empty]\n`);
  });

  it("rejects a call without files or with an unknown language", async () => {
    expect((await run([])).code).toBe(2);
    const bad = await run([sample("ke-hoach-mam-non.docx"), "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--lang phải là vi \(tiếng Việt\) hoặc en \(English\), không phải "fr"/);
  });
});
