import fs from "node:fs";
import path from "node:path";
import { formName, readDocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";
import { buildDocx } from "../support/docx-builder";
import { HEADER_2018, fullRow2018, planTable } from "../support/plan-fixtures";

const SAMPLES = path.resolve(__dirname, "../../samples");

async function namesOf(bytes: Uint8Array): Promise<string[]> {
  const { documentXml } = await openDocx(bytes);
  const model = readDocumentModel(readTables(documentXml), { documentXml });
  return model.tables.flatMap((t) => (t.form ? [formName(t)] : []));
}

const sample = (name: string) => namesOf(fs.readFileSync(path.join(SAMPLES, name)));

describe("each recognised table is named as it is", () => {
  test("the samples: 9-column 2018 plans, the 8-column report, the 2026 form's tables IV, V (10 columns) and VI", async () => {
    await expect(sample("ke-hoach-tieu-hoc.docx")).resolves.toEqual(["bảng kế hoạch 9 cột theo mẫu các thông tư năm 2018"]);
    await expect(sample("ke-hoach-mam-non.docx")).resolves.toEqual(["bảng kế hoạch 9 cột theo mẫu các thông tư năm 2018"]);
    // TT | Tiêu chuẩn, tiêu chí | ND kế hoạch (2) | Kết quả thực hiện (3) | Ghi chú: 8 columns under two header rows.
    await expect(sample("bao-cao-tieu-hoc.docx")).resolves.toEqual(["bảng báo cáo 8 cột theo mẫu các thông tư năm 2018"]);
    await expect(sample("ke-hoach-2026-thcs.docx")).resolves.toEqual([
      "bảng vấn đề trọng tâm cần cải tiến (mục IV, Thông tư 57/2026)",
      "bảng kế hoạch 10 cột theo mẫu Thông tư 57/2026 (mục V)",
      "bảng theo dõi và đánh giá thực hiện (mục VI, Thông tư 57/2026)",
    ]);
  });

  test("the 8-column variant (Tiêu chuẩn and Tiêu chí in their own columns, no Kết quả cần đạt) is not called the 9-column form", async () => {
    const header = ["Tiêu chuẩn", "Tiêu chí", "TT", "Nội dung kế hoạch", "Thời gian dự kiến", "Nhóm/cá nhân phụ trách", "Kinh phí", "Ghi chú"];
    const docx = await buildDocx(planTable([header, ["Tiêu chuẩn 1", "Tiêu chí 1.1", "1", "Rà soát", "Tháng 9", "Hiệu trưởng", "Không", ""]]));
    await expect(namesOf(docx)).resolves.toEqual(["bảng kế hoạch 8 cột theo các thông tư năm 2018"]);
  });

  test("a 9-column plan with a column the form does not have instead of one it has is not called the form either", async () => {
    const header = HEADER_2018.map((h) => (h === "Điều kiện hỗ trợ khác" ? "Minh chứng" : h));
    const docx = await buildDocx(planTable([header, fullRow2018("Tiêu chí 1.1")]));
    await expect(namesOf(docx)).resolves.toEqual(["bảng kế hoạch 9 cột theo các thông tư năm 2018"]);
  });
});
