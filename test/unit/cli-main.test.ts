import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { main } from "../../src/cli/main";
import pkg from "../../package.json";

const ROOT = path.resolve(__dirname, "../..");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

describe("caitien entry point", () => {
  test("--version prints the package version", async () => {
    const c = capture();
    expect(await main(["--version"], c.io)).toBe(0);
    expect(c.out()).toBe(`${pkg.version}\n`);
  });

  test("--help lists usage and exit codes; no arguments prints it too but exits 2", async () => {
    const help = capture();
    expect(await main(["--help"], help.io)).toBe(0);
    expect(help.out()).toMatch(/Cách dùng:\n {2}caitien <lệnh>/);
    expect(help.out()).toMatch(/Mã thoát: 0 thành công, 1 kế hoạch được kiểm tra có lỗi/);
    const bare = capture();
    expect(await main([], bare.io)).toBe(2);
    expect(bare.out()).toBe(help.out());
  });

  test("an unknown command is a usage error with a hint, not a crash", async () => {
    const c = capture();
    expect(await main(["chek"], c.io)).toBe(2);
    expect(c.err()).toBe('caitien: không có lệnh "chek". Gõ "caitien --help" để xem các lệnh.\n');
    expect(c.out()).toBe("");
  });

  test("the installed bin runs from the built bundle", () => {
    const version = execFileSync(process.execPath, [path.join(ROOT, "bin/caitien.js"), "--version"], { encoding: "utf8" });
    expect(version.trim()).toBe(pkg.version);
    const unknown = spawnSync(process.execPath, [path.join(ROOT, "bin/caitien.js"), "nope"], { encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('không có lệnh "nope"');
  });
});
