import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readDocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";

const ROOT = path.resolve(__dirname, "../..");

/** The commands of the README's "Dòng lệnh" example, as a user copies them. */
function readmeCommands(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Dòng lệnh"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .filter((line) => line.startsWith("npx caitien "))
    .map((line) => line.replace(/\s+#.*$/, ""));
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "caitien-readme-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the README's CLI example runs as written, in order, in an empty folder", async () => {
  const commands = readmeCommands();
  expect(commands.map((c) => c.split(" ")[2])).toEqual(["catalog", "new-plan", "read", "check", "report"]);
  // `check phong-gd/*.docx` checks the district office's folder of plans: here, the samples.
  fs.mkdirSync(path.join(dir, "phong-gd"));
  for (const name of ["ke-hoach-2026-thcs.docx", "ke-hoach-mam-non.docx"]) {
    fs.copyFileSync(path.join(ROOT, "samples", name), path.join(dir, "phong-gd", name));
  }
  const results = commands.map((command) => {
    // `npx caitien` runs the project's bin/caitien.js; it is called directly (npx itself takes seconds to start).
    const run = spawnSync("bash", ["-c", command.replace(/^npx caitien/, `"${process.execPath}" "${path.join(ROOT, "bin/caitien.js")}"`)], {
      cwd: dir,
      encoding: "utf8",
    });
    return { command, status: run.status, stdout: run.stdout, stderr: run.stderr };
  });
  const [catalog, newPlan, read, check, report] = results;
  expect(catalog).toMatchObject({ status: 0, stderr: "" });
  expect(catalog!.stdout).toMatch(/^Tiểu học — /);
  expect(newPlan).toMatchObject({ status: 0, stdout: "Đã ghi ke-hoach.docx\n", stderr: "" });
  expect(read).toMatchObject({ status: 0, stderr: "" });
  expect(read!.stdout).toMatch(/^ {2}Bảng \d+: kế hoạch, mẫu 2026/m);
  // Exit 1 is the documented "a checked plan has errors"; both plans are checked and summed up.
  expect(check!.status === 0 || check!.status === 1).toBe(true);
  expect(check!.stderr).toBe("");
  expect(check!.stdout).toContain("phong-gd/ke-hoach-2026-thcs.docx");
  expect(check!.stdout).toContain("phong-gd/ke-hoach-mam-non.docx");
  expect(report).toMatchObject({ status: 0, stderr: "" });
  expect(report!.stdout).toMatch(/^Đã ghi bao-cao\.docx\n/);
  const { documentXml } = await openDocx(fs.readFileSync(path.join(dir, "bao-cao.docx")));
  const model = readDocumentModel(readTables(documentXml), { documentXml });
  expect(model.tables.map((t) => t.kind)).toContain("monitoring");
}, 120_000);
