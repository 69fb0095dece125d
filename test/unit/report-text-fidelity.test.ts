/**
 * What is checked is what is copied: for every sample and every plan fixture, the report (the 2018 report of a 2018
 * plan, the 2026 monitoring table of a 2026 plan) is written as a .docx and as Word's inserted blocks, read back
 * with the project's reader, and the text of each plan item is compared with the text of its report row — the
 * fields that report form carries, white space normalised and nothing else. A cell the report cannot copy
 * faithfully must be named in the report's notes.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { REPORT_2018, writtenColumns } from "../../src/core/forms";
import { isBlank, readDocumentModel, type CriterionItem, type DocumentModel, type FieldValue, type TaskItem } from "../../src/core/plan";
import { REVIEW_POINTS, ReportError, copyNoteText, planTableIndexes, reportBlocks, reportDocument } from "../../src/core/report";
import { unwritableCharacters } from "../../src/core/text/xml-characters";
import { COPY_FOR_NEW_DOCUMENT, COPY_FOR_SAME_DOCUMENT, TEXT_BULLET, paragraphSource } from "../../src/ooxml/copy-paragraphs";
import { flatOpcDocumentXml, openDocx } from "../../src/ooxml/package";
import { readTables } from "../../src/ooxml/read-tables";
import type { TableGrid } from "../../src/ooxml/table-grid";
import { blocksFlatOpc } from "../../src/ooxml/write/blocks";
import { documentToDocx } from "../../src/ooxml/write/docx";
import { HOSTILE_CELLS, hostileCopyPlan2018Xml, reportPlanFixtures, xml11PlanXml } from "../support/report-fixtures";

const SAMPLES = path.resolve(__dirname, "../../samples");
const YEAR = "2024-2025";

/** White space normalised; the "– " a list item's numbering becomes in a new document is not the plan's text. */
function normalise(text: string): string {
  return text
    .split("\n")
    .map((line) => (line.startsWith(TEXT_BULLET) ? line.slice(TEXT_BULLET.length) : line))
    .join("\n")
    .replace(/\s+/g, " ")
    .trim();
}

/** The report's text of a field: the plan's, less the characters a .docx cannot hold (which a note must name). */
function fieldText(field: FieldValue | undefined): string {
  if (!field || isBlank(field.text)) return "";
  let text = field.text;
  for (const name of unwritableCharacters(text)) text = text.split(String.fromCodePoint(Number.parseInt(name.slice(2), 16))).join("");
  return text;
}

function labelled(sections: readonly [string, FieldValue | undefined][], labelAlone: boolean): string {
  const present = sections.map(([label, field]) => [label, fieldText(field)] as const).filter(([, text]) => text !== "");
  if (present.length === 1 && !labelAlone) return present[0]![1];
  return present.map(([label, text]) => `${label} ${text}`).join("\n");
}

/** Each row's cell texts, a continuation of a vertical merge reading as the cell its merge starts in. */
function resolvedTexts(grid: TableGrid): string[][] {
  const above = new Map<number, string>();
  return grid.rows.map((row) =>
    row.cells.map((cell) => {
      const text = cell.vMerge === "continue" ? (above.get(cell.gridCol) ?? "") : cell.text;
      above.set(cell.gridCol, text);
      return text;
    }),
  );
}

interface WrittenReport {
  /** The report table as the reader reads it. */
  grid: TableGrid;
  /** All the text written around it (the notes). */
  bodyText: string;
}

async function writtenForms(model: DocumentModel, table: number, xml: string, grids: readonly TableGrid[]): Promise<WrittenReport[]> {
  const options = { schoolYear: YEAR, points: REVIEW_POINTS };
  const forms: WrittenReport[] = [];
  // The CLI's and the web page's .docx: letterhead, report, signature.
  const docx = await documentToDocx(reportDocument(model, table, { ...options, source: paragraphSource(xml, grids, COPY_FOR_NEW_DOCUMENT) }));
  const docxXml = (await openDocx(docx)).documentXml;
  forms.push({ grid: readTables(docxXml).filter((g) => g.isTopLevel)[1]!, bodyText: docxXml });
  // What the task pane inserts into Word.
  const flat = blocksFlatOpc(reportBlocks(model, table, { ...options, source: paragraphSource(xml, grids, COPY_FOR_SAME_DOCUMENT) }), { orientation: "landscape", fontSizePt: 13 });
  const flatXml = flatOpcDocumentXml(flat);
  forms.push({ grid: readTables(flatXml).filter((g) => g.isTopLevel)[0]!, bodyText: flatXml });
  return forms;
}

const REPORT_WIDTH = writtenColumns(REPORT_2018).length;

function compare2018(items: readonly CriterionItem[], report: WrittenReport): void {
  const rows = resolvedTexts(report.grid).filter((cells, i) => !report.grid.rows[i]!.isHeader && cells.length === REPORT_WIDTH);
  expect(rows).toHaveLength(items.length);
  items.forEach((item, i) => {
    const [tt, tieuChi, ndDauNam] = rows[i]!;
    const expected = [
      fieldText(item.fields.tt),
      fieldText(item.fields.tieuChi),
      labelled(
        [
          ["Kết quả cần đạt:", item.fields.ketQuaCanDat],
          ["Công việc/giải pháp:", item.fields.congViec],
          ["Thời gian:", item.fields.thoiGian],
        ],
        false,
      ),
    ].map(normalise);
    expect([tt, tieuChi, ndDauNam].map((t) => normalise(t ?? ""))).toEqual(expected);
  });
}

function compare2026(tasks: readonly TaskItem[], report: WrittenReport): void {
  const rows = resolvedTexts(report.grid).filter((_, i) => !report.grid.rows[i]!.isHeader);
  expect(rows).toHaveLength(tasks.length * REVIEW_POINTS.length);
  rows.forEach((cells, i) => {
    const task = tasks[i % tasks.length]!;
    const expected = labelled(
      [
        [`Nhiệm vụ ${task.item}:`, task.fields.noiDung],
        ["Hoạt động/giải pháp:", task.fields.hoatDong],
        ["Chỉ số đánh giá kết quả:", task.fields.chiSo],
      ],
      true,
    );
    expect(normalise(cells[1] ?? "")).toBe(normalise(expected));
  });
}

/** Reports on every plan table of the document; returns how many tables were compared. */
async function compareEveryPlanTable(xml: string): Promise<number> {
  const grids = readTables(xml);
  const model = readDocumentModel(grids, { documentXml: xml });
  let compared = 0;
  for (const index of planTableIndexes(model)) {
    const table = model.tables.find((t) => t.index === index)!;
    if (table.legacyEncoding) {
      expect(() => reportBlocks(model, index, { schoolYear: YEAR })).toThrow(ReportError);
      continue;
    }
    for (const report of await writtenForms(model, index, xml, grids)) {
      if (table.form === "plan-2026") compare2026(table.items.filter((i): i is TaskItem => i.type === "task"), report);
      else compare2018(table.items.filter((i): i is CriterionItem => i.type === "criterion"), report);
    }
    compared++;
  }
  return compared;
}

describe("every plan item's text is its report row's text", () => {
  const samples = readdirSync(SAMPLES).filter((name) => name.endsWith(".docx"));

  test.each(samples)("sample %s", async (name) => {
    const { documentXml } = await openDocx(readFileSync(path.join(SAMPLES, name)));
    await compareEveryPlanTable(documentXml);
  });

  test("the samples hold plans of both forms", async () => {
    const forms = new Set<string>();
    for (const name of samples) {
      const { documentXml } = await openDocx(readFileSync(path.join(SAMPLES, name)));
      for (const t of readDocumentModel(readTables(documentXml), { documentXml }).tables) if (t.kind === "plan" && t.form) forms.add(t.form);
    }
    expect([...forms].sort()).toEqual(["plan-2018", "plan-2026"]);
  });

  test.each(reportPlanFixtures().map((f) => [f.name, f.xml] as const))("fixture: %s", async (_name, xml) => {
    expect(await compareEveryPlanTable(xml)).toBeGreaterThan(0);
  });
});

describe("what cannot be copied faithfully is said, item by item", () => {
  test("the hostile markup is read once: AlternateContent, unknown namespaces, hidden field text", async () => {
    const xml = hostileCopyPlan2018Xml();
    const model = readDocumentModel(readTables(xml), { documentXml: xml });
    const texts = (model.tables[0]!.items as CriterionItem[]).map((i) => i.fields.congViec!.text);
    expect(texts).toEqual(expect.arrayContaining(["Trước HỘP sau", "Chữ dự phòng", "Chữ trong phần tử lạ và sau đó", "Kết quả trường"]));
    expect(texts).toHaveLength(Object.keys(HOSTILE_CELLS).length);
  });

  test("a paragraph inside a paragraph: the text without its formatting, and a note naming the item and why", async () => {
    const xml = hostileCopyPlan2018Xml();
    const grids = readTables(xml);
    const model = readDocumentModel(grids, { documentXml: xml });
    const row = Object.keys(HOSTILE_CELLS).indexOf("nested-paragraph");
    const [docx] = await writtenForms(model, 0, xml, grids);
    const note = copyNoteText({ item: `Tiêu chí 1.${row + 1} (dòng ${row + 2} của bảng kế hoạch)`, field: "Công việc/giải pháp", issue: "formatting" });
    expect(docx!.bodyText).toContain(note);
    // Only that cell is noted.
    expect(docx!.bodyText.split("không chép được định dạng").length - 1).toBe(1);
  });

  test("a control character of an XML 1.1 plan cannot go into a .docx: the report names the item and the character", async () => {
    const xml = xml11PlanXml();
    const grids = readTables(xml);
    const model = readDocumentModel(grids, { documentXml: xml });
    expect((model.tables[0]!.items[1] as CriterionItem).fields.congViec!.text).toBe("Việc\u0001B");
    for (const report of await writtenForms(model, 0, xml, grids)) {
      expect(report.bodyText).toContain("Tiêu chí 1.4 (dòng 3 của bảng kế hoạch), cột “Công việc/giải pháp”: ô có ký tự không ghi được vào tệp Word (U+0001)");
    }
  });

  test("a faithful plan gets no notes", async () => {
    const { documentXml } = await openDocx(readFileSync(path.join(SAMPLES, "ke-hoach-tieu-hoc.docx")));
    const grids = readTables(documentXml);
    const model = readDocumentModel(grids, { documentXml });
    const [index] = planTableIndexes(model);
    const blocks = reportBlocks(model, index!, { schoolYear: YEAR, source: paragraphSource(documentXml, grids, COPY_FOR_NEW_DOCUMENT) });
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "table"]);
  });
});
