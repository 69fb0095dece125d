/**
 * Reading and writing plan tables at the sizes districts meet: a 3,000-row plan read from its .docx (with mammoth's
 * raw-text extraction of the same file as a yardstick, in the same run), and a 300-row plan table written as OOXML.
 */
import mammoth from "mammoth";
import { readDocumentModel } from "../src/core/plan";
import { PLAN_2018 } from "../src/core/forms";
import { formTable, type RowSpec } from "../src/core/tables";
import { openDocx, readTables } from "../src/ooxml";
import { tableXml } from "../src/ooxml/write/table";
import { buildDocx } from "../test/support/docx-builder";
import { makeLargePlanDocumentXml } from "../test/support/large-plan";
import type { Figure } from "./figure";
import { medianMs } from "./figure";

async function readFigures(): Promise<Figure[]> {
  const documentXml = makeLargePlanDocumentXml(3000);
  const docx = await buildDocx("", { documentXml });
  let items = 0;
  const ours = await medianMs(async () => {
    const { documentXml: xml } = await openDocx(docx);
    items = readDocumentModel(readTables(xml), { documentXml: xml }).tables[0]?.items.length ?? 0;
  }, 5);
  const yardstick = await medianMs(() => mammoth.extractRawText({ buffer: Buffer.from(docx) }), 5);
  return [
    {
      name: "read + model a 3,000-row plan (.docx)",
      value: Math.round(ours),
      unit: "ms",
      detail: { items, documentXmlMB: +(documentXml.length / 1e6).toFixed(2), mammothExtractRawTextMs: Math.round(yardstick), ratioToMammoth: +(ours / yardstick).toFixed(3), goal: "≤ 0.1 of mammoth" },
    },
    { name: "mammoth.extractRawText on the same .docx (yardstick)", value: Math.round(yardstick), unit: "ms" },
  ];
}

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
  return [...(await readFigures()), await writeFigure()];
}
