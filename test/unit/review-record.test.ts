import fs from "node:fs";
import path from "node:path";
import { reviewRecordDocument, dateLine } from "../../src/core/review/review-record";
import { openDocx, readTables } from "../../src/ooxml";
import { documentToDocx } from "../../src/ooxml/write/docx";
import { reviewFile } from "../../src/web/batch/review-file";
import type { ReviewedPlan } from "../../src/web/batch/types";

const sample = (name: string) => new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../samples", name)));
const texts = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));

describe("review record", () => {
  test("letterhead, school, date, remarks grouped by item, signatures; read back from the written .docx", async () => {
    const plan = (await reviewFile("mam-non.docx", sample("ke-hoach-mam-non.docx"))) as ReviewedPlan;
    const letterhead = { superior: "UBND HUYỆN TÂN PHÚ", office: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", place: "Tân Phú" };
    const spec = reviewRecordDocument({ ...plan, school: "TRƯỜNG MẦM NON HOA SEN" }, letterhead, new Date(2026, 8, 5));
    const { documentXml } = await openDocx(await documentToDocx(spec));
    const paragraphs = texts(documentXml);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        "UBND HUYỆN TÂN PHÚ",
        "Tân Phú, ngày 05 tháng 09 năm 2026",
        "KIỂM TRA KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        "Đơn vị được kiểm tra: TRƯỜNG MẦM NON HOA SEN",
        "Nhận xét của đoàn kiểm tra:",
        "Tiêu chí 2.3:",
        "TRƯỞNG ĐOÀN KIỂM TRA",
      ]),
    );
    const remarks = paragraphs.slice(paragraphs.indexOf("Nhận xét của đoàn kiểm tra:") + 1);
    expect(remarks.slice(0, 2)).toEqual(["Tiêu chí 2.3:", "– chưa ghi người chủ trì, phối hợp thực hiện"]);
    expect(readTables(documentXml).filter((t) => t.isTopLevel)).toHaveLength(2);
  });

  test("a complete plan says so; an empty place leaves a blank to fill in by hand", async () => {
    const plan = (await reviewFile("tieu-hoc.docx", sample("ke-hoach-tieu-hoc.docx"))) as ReviewedPlan;
    const spec = reviewRecordDocument(plan, { superior: "", office: "", place: "" }, new Date(2026, 0, 2));
    const { documentXml } = await openDocx(await documentToDocx(spec));
    expect(texts(documentXml).some((p) => p.startsWith("Kế hoạch ghi đủ thời gian, người phụ trách và kinh phí"))).toBe(true);
    expect(dateLine("", new Date(2026, 0, 2))).toBe("…………………, ngày 02 tháng 01 năm 2026");
  });
});
