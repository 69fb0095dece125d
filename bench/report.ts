/**
 * Converting a plan into its progress report at a size a large school meets: a 300-item 2018 plan, from its
 * document XML (read, model, copy every cell's paragraphs) to the flat-OPC package Word inserts, and to the
 * CLI's .docx.
 */
import { readDocumentModel } from "../src/core/plan";
import { reportBlocks, reportDocument } from "../src/core/report";
import { readTables } from "../src/ooxml";
import { COPY_FOR_NEW_DOCUMENT, COPY_FOR_SAME_DOCUMENT, paragraphSource } from "../src/ooxml/copy-paragraphs";
import { blocksFlatOpc } from "../src/ooxml/write/blocks";
import { documentToDocx } from "../src/ooxml/write/docx";
import { makeLargePlanDocumentXml } from "../test/support/large-plan";
import type { Figure } from "./figure";
import { medianMs } from "./figure";

const ITEMS = 300;

/** The smallest generated plan with at least `items` items (the generator interleaves standard rows). */
function planWithItems(items: number): { xml: string; items: number } {
  for (let rows = items; ; rows += 10) {
    const xml = makeLargePlanDocumentXml(rows);
    const count = readDocumentModel(readTables(xml)).tables[0]?.items.length ?? 0;
    if (count >= items) return { xml, items: count };
  }
}

export async function run(): Promise<Figure[]> {
  const { xml, items } = planWithItems(ITEMS);
  const options = { schoolYear: "2026-2027" };
  let flatChars = 0;
  const forWord = await medianMs(() => {
    const grids = readTables(xml);
    const model = readDocumentModel(grids, { documentXml: xml });
    const blocks = reportBlocks(model, 0, { ...options, source: paragraphSource(xml, grids, COPY_FOR_SAME_DOCUMENT) });
    flatChars = blocksFlatOpc(blocks, { orientation: "landscape", fontSizePt: 13 }).length;
  }, 10);
  let docxBytes = 0;
  const forCli = await medianMs(async () => {
    const grids = readTables(xml);
    const model = readDocumentModel(grids, { documentXml: xml });
    const spec = reportDocument(model, 0, { ...options, source: paragraphSource(xml, grids, COPY_FOR_NEW_DOCUMENT) });
    docxBytes = (await documentToDocx(spec)).length;
  }, 10);
  return [
    {
      name: `convert a ${ITEMS}-item plan into its report (read + model + copy paragraphs + flat OPC for Word)`,
      value: +forWord.toFixed(1),
      unit: "ms",
      detail: { items, planXmlMB: +(xml.length / 1e6).toFixed(2), flatOpcMB: +(flatChars / 1e6).toFixed(2), runs: 10, statistic: "median" },
    },
    {
      name: `convert a ${ITEMS}-item plan into a report .docx (CLI, zip included)`,
      value: +forCli.toFixed(1),
      unit: "ms",
      detail: { items, docxKB: Math.round(docxBytes / 1024), runs: 10, statistic: "median" },
    },
  ];
}
