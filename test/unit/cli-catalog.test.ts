import { main } from "../../src/cli/main";

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } });
  return { code, out: out.join(""), err: err.join("") };
}

describe("caitien catalog", () => {
  test("--json lists every criterion of the 2026 framework for one school type, with code and name", async () => {
    const { code, out } = await run(["catalog", "--school", "trung-hoc", "--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { code: string; name: string; mandatory: boolean; framework: string }[];
    expect(rows).toHaveLength(15);
    expect(rows.every((r) => r.framework === "2026")).toBe(true);
    expect(rows.filter((r) => r.mandatory).map((r) => r.code)).toEqual(["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]);
    expect(rows.map((r) => r.code).slice(0, 3)).toEqual(["1.1", "1.2", "1.3"]);
  });

  test("the 2018 framework for tiểu học has the 27 criteria of Thông tư 17/2018", async () => {
    const { out } = await run(["catalog", "--school", "tieu-hoc", "--framework", "2018", "--json"]);
    const rows = JSON.parse(out) as { code: string; circular: string }[];
    expect(rows).toHaveLength(27);
    expect(new Set(rows.map((r) => r.circular))).toEqual(new Set(["17/2018/TT-BGDĐT"]));
  });

  test("--search ranks a code match first and folds diacritics", async () => {
    const byCode = JSON.parse((await run(["catalog", "--school", "tieu-hoc", "--framework", "2018", "--search", "tiêu chí 3.5", "--json"])).out);
    expect(byCode[0]).toMatchObject({ code: "3.5", matchedIn: "code" });
    const folded = await run(["catalog", "--school", "tieu-hoc", "--framework", "2018", "--search", "co so vat chat"]);
    expect(folded.code).toBe(0);
    expect(folded.out).toMatch(/^Tiểu học — 17\/2018\/TT-BGDĐT\n/);
    // "Cơ sở vật chất và thiết bị dạy học" is Tiêu chuẩn 3 of 17/2018: its six criteria come first.
    expect(folded.out.split("\n").slice(1, 7).map((line) => line.trim().split(/\s+/)[0])).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]);
  });

  test("without --school, every school type of the framework is listed", async () => {
    const rows = JSON.parse((await run(["catalog", "--json"])).out) as { schoolType: string }[];
    expect(new Set(rows.map((r) => r.schoolType))).toEqual(new Set(["mam-non", "tieu-hoc", "trung-hoc", "gdtx"]));
  });

  test("bad options are usage errors with a message, not crashes", async () => {
    expect(await run(["catalog", "--framework", "2030"])).toMatchObject({ code: 2, err: expect.stringContaining('không có bộ tiêu chuẩn "2030"') });
    expect(await run(["catalog", "--school", "dai-hoc"])).toMatchObject({ code: 2, err: expect.stringContaining('không có loại trường "dai-hoc"') });
    expect(await run(["catalog", "--framework", "2018", "--school", "gdtx"])).toMatchObject({ code: 2, err: expect.stringContaining("bộ 2018 không có danh mục cho gdtx") });
    expect(await run(["catalog", "--bogus"])).toMatchObject({ code: 2, err: expect.stringContaining("không có tùy chọn --bogus (xem caitien catalog --help).") });
  });
});
