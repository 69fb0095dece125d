import fs from "node:fs";
import path from "node:path";
import { readDocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";
import { proposeFramework } from "../../src/taskpane/catalog/propose-framework";

const SAMPLES = path.resolve(__dirname, "../../samples");

async function sampleModel(name: string) {
  const { documentXml } = await openDocx(fs.readFileSync(path.join(SAMPLES, name)));
  return readDocumentModel(readTables(documentXml), { documentXml });
}

describe("the framework a document's plan proposes", () => {
  test("a 2026-form plan proposes Thông tư 57/2026 when another framework is chosen, nothing when it already is", async () => {
    const model = await sampleModel("ke-hoach-2026-thcs.docx");
    expect(proposeFramework(model, "2018")).toEqual({ framework: "2026", reason: expect.stringContaining("bảng kế hoạch 10 cột theo mẫu Thông tư 57/2026") });
    expect(proposeFramework(model, "2026")).toBeNull();
  });

  test("a 9-column plan proposes a 2018 framework when 2026 is chosen", async () => {
    const model = await sampleModel("ke-hoach-mam-non.docx");
    const proposal = proposeFramework(model, "2026");
    expect(proposal?.framework).toMatch(/^2018/);
    expect(proposal?.reason).toContain("bảng kế hoạch 9 cột theo mẫu các thông tư năm 2018");
  });

  test("the school year decides between the original and the amended 2018 texts", async () => {
    const model = await sampleModel("ke-hoach-mam-non.docx");
    expect(proposeFramework({ ...model, schoolYear: "2023-2024" }, "2026")?.framework).toBe("2018");
    expect(proposeFramework({ ...model, schoolYear: "2025-2026" }, "2026")?.framework).toBe("2018-2024");
    expect(proposeFramework({ ...model, schoolYear: "2025-2026" }, "2018")?.framework).toBe("2018-2024");
    expect(proposeFramework({ ...model, schoolYear: undefined }, "2018")).toBeNull();
  });

  test("a document without a plan table proposes nothing", async () => {
    const model = await sampleModel("bao-cao-tieu-hoc.docx");
    expect(proposeFramework(model, "2026")).toBeNull();
  });
});
