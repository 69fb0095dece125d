/** Writing plan tables at the sizes districts meet: a 300-row plan table written as OOXML (reading: read-docx.ts). */
import { PLAN_2018 } from "../src/core/forms";
import { formTable, type RowSpec } from "../src/core/tables";
import { tableXml } from "../src/ooxml/write/table";
import type { Figure } from "./figure";
import { medianMs } from "./figure";

function writeFigure(): Promise<Figure> {
  const cells = (texts: string[]) => texts.map((text) => ({ paragraphs: [{ runs: [{ text }] }] }));
  const rows: RowSpec[] = Array.from({ length: 300 }, (_, i) => ({
    kind: "item",
    cells: cells([
      "",
      `Tiêu chí ${1 + (i % 5)}.${1 + (i % 6)}: Cơ sở vật chất, thiết bị dạy học <${i}> & "trường"`,
      "Đạt Mức 2",
      "Rà soát, bổ sung thiết bị dạy học tối thiểu\nTổ chức kiểm kê định kỳ",
      "Hiệu trưởng; tổ chuyên môn",
      "Tháng 10/2026 – tháng 5/2027",
      "15.000.000 đồng",
      "Hỗ trợ của cha mẹ học sinh",
      "",
    ]),
  }));
  const spec = formTable(PLAN_2018, rows);
  let size = 0;
  return medianMs(() => {
    size = tableXml(spec, { orientation: "landscape", fontSizePt: 13 }).length;
  }, 10).then((ms) => ({ name: "write a 300-row plan table (OOXML)", value: +ms.toFixed(1), unit: "ms", detail: { xmlMB: +(size / 1e6).toFixed(2) } }));
}

export async function run(): Promise<Figure[]> {
  return [await writeFigure()];
}
