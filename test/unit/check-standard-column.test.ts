/**
 * criterion-standard-mismatch in layouts where "Tiêu chuẩn" and "Tiêu chí" are columns of their own: the standard
 * column often holds a bare number ("4"), merged down over its criteria.
 */
import { checkDocument } from "../../src/core/check";
import { readDocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";
import { buildDocx } from "../support/docx-builder";
import { planTable, type CellInput } from "../support/plan-fixtures";

const HEADER = ["TT", "Tiêu chuẩn", "Tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện", "Dự kiến kinh phí", "Ghi chú"];
const filled = ["Đạt Mức 2", "Rà soát", "Hiệu trưởng", "Tháng 9/2026", "Không", ""];

async function mismatches(rows: CellInput[][]) {
  const { documentXml } = await openDocx(await buildDocx(planTable([HEADER, ...rows], { gridCols: 9 })));
  const model = readDocumentModel(readTables(documentXml), { documentXml });
  expect(model.tables[0]!.form).toBe("plan-2018");
  return checkDocument(model).findings.filter((f) => f.rule === "criterion-standard-mismatch");
}

describe("a criterion filed under another standard, with standards in their own column", () => {
  test("“4 | 5.4 | …” warns; “4 | 4.1”, “Tiêu chuẩn 5 | 5.1” and “IV | 4.2” do not", async () => {
    const found = await mismatches([
      ["1", "4", "4.1", ...filled],
      ["2", "4", "5.4", ...filled],
      ["3", "Tiêu chuẩn 5", "5.1", ...filled],
      ["4", "IV", "4.2", ...filled],
    ]);
    expect(found.map((f) => [f.criterion, f.row, f.severity])).toEqual([["5.4", 2, "warning"]]);
    expect(found[0]!.message).toBe("Tiêu chí 5.4 nằm dưới Tiêu chuẩn 4, nhưng thuộc Tiêu chuẩn 5");
    expect(found[0]!.messageEn).toBe("Criterion 5.4 is filed under Standard 4 but belongs to Standard 5");
  });

  test("a standard cell merged down over its criteria files each of them under it", async () => {
    const found = await mismatches([
      ["1", { text: "4. Quan hệ giữa nhà trường, gia đình và xã hội", vMerge: "restart" }, "4.1", ...filled],
      ["2", { vMerge: "continue" }, "5.4", ...filled],
      ["3", { vMerge: "continue" }, "4.2", ...filled],
    ]);
    expect(found.map((f) => [f.criterion, f.row])).toEqual([["5.4", 2]]);
  });

  test("a criterion code in the standard column is not read as a standard", async () => {
    await expect(mismatches([["1", "5.4", "5.4", ...filled]])).resolves.toEqual([]);
  });
});
