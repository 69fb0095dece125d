/**
 * Real-document situations, run through src/word against the strict fake host (docs/word-behaviours.md), each
 * checked on the saved .docx read back with src/ooxml: no table inside the letterhead, no two tables touching,
 * every table within its section's text width, existing rows byte-for-byte unchanged, and the number of syncs.
 */
import { getCatalog, listCriteria } from "../../src/core/catalog";
import { criterionParagraphs } from "../../src/core/catalog/criterion-text";
import { newPlanBlocks, planCriterionRowsInDocument, type Layout } from "../../src/core/tables";
import { FakeWordDocument, type FakeHost } from "../../src/fake-office";
import { openDocx, readTables, type TableGrid } from "../../src/ooxml";
import { readDocumentLayout } from "../../src/ooxml/read-sections";
import { reportAfterPlan, reportAtCursor } from "../../src/taskpane/report/build-report";
import { snapshotModel } from "../../src/taskpane/snapshot-model";
import { checkSnapshot } from "../../src/taskpane/check/check-document";
import { hasCell } from "../../src/taskpane/check/check-document";
import { checkAndMark, removeAddinComments } from "../../src/word/comments";
import { editPlanTable, insertAfterTable } from "../../src/word/document-tables";
import { CommentsRefusedError } from "../../src/word/errors";
import { insertAtSelection, insertBlocksAfterSelection, insertParagraphsAfterSelection } from "../../src/word/selection";
import { buildDocx, cell, paragraph, row, table } from "../support/docx-builder";
import { across, HEADER_2018, planTable, row2018 } from "../support/plan-fixtures";
import { install, loadSample, paragraphIndexOf, plainText } from "./fake-office.helpers";
import { tinosBoldWidth } from "../support/tinos-metrics";

const PORTRAIT = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>';
const LANDSCAPE = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>';
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const letterhead = table(
  [row([cell(paragraph("UBND XÃ TÂN PHÚ") + paragraph("TRƯỜNG THCS TÂN PHÚ")), cell(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + paragraph("Độc lập - Tự do - Hạnh phúc"))])],
  { gridCols: 2, tblPr: '<w:tblW w:w="9000" w:type="dxa"/>' },
);

async function documentOf(body: string, finalSectPr = PORTRAIT): Promise<FakeWordDocument> {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr>${finalSectPr}</w:sectPr></w:body></w:document>`;
  return FakeWordDocument.fromDocx(await buildDocx("", { documentXml: xml }));
}

/** The saved document as src/ooxml reads it. */
async function readBack(document: FakeWordDocument): Promise<Saved> {
  const { documentXml } = await openDocx(await document.toDocx());
  return { xml: documentXml, grids: readTables(documentXml), layout: readDocumentLayout(documentXml) };
}

type Saved = { xml: string; grids: TableGrid[]; layout: ReturnType<typeof readDocumentLayout> };

/**
 * The checks every scenario makes on the result: no two tables touching, and every table the product wrote within
 * the text width of its section (`before`: the document as it was; its own tables are the principal's business).
 */
function expectSound(saved: Saved, before?: Saved): void {
  const tops = saved.grids.filter((g) => g.isTopLevel);
  // No two top-level tables with nothing but white space between them (Word would show one table).
  for (let i = 1; i < tops.length; i++) expect(saved.xml.slice(tops[i - 1]!.end, tops[i]!.start).trim()).not.toBe("");
  const existing = new Set(before?.grids.filter((g) => g.isTopLevel).map((g) => before.xml.slice(g.start, g.end)) ?? []);
  saved.layout.tables.forEach((t, i) => {
    const grid = tops[i]!;
    if (existing.has(saved.xml.slice(grid.start, grid.end))) return;
    expect(t.gridWidth).toBeLessThanOrEqual(saved.layout.sections[t.section]!.textWidth);
  });
}

function rowsXml(saved: { xml: string; grids: TableGrid[] }, index: number): string[] {
  return saved.grids[index]!.rows.map((r) => saved.xml.slice(r.start, r.end));
}

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let j = 0;
  for (const item of big) if (item === small[j]) j++;
  return j === small.length;
}

const PLAN_2026 = newPlanBlocks({ framework: "2026", schoolType: "trung-hoc", targetLevel: 2, criteria: ["1.3", "2.2", "3.1"] });
const PLAN_2018 = newPlanBlocks({ framework: "2018-2024", schoolType: "tieu-hoc", targetLevel: 2, criteria: ["1.4", "3.2"] });
const LANDSCAPE_13: Layout = { orientation: "landscape", fontSizePt: 13 };
const PORTRAIT_13: Layout = { orientation: "portrait", fontSizePt: 13 };

describe("a portrait document with the cursor in the letterhead", () => {
  test.each([
    ["2026 form, A4 ngang", PLAN_2026, LANDSCAPE_13],
    ["2026 form, A4 dọc", PLAN_2026, PORTRAIT_13],
    ["2018 form, A4 ngang", PLAN_2018, LANDSCAPE_13],
    ["2018 form, A4 dọc", PLAN_2018, PORTRAIT_13],
  ])("%s: the plan goes after the letterhead table, in 2 syncs, within its section's width", async (_name, blocks, layout) => {
    const document = await documentOf(letterhead + paragraph("KẾ HOẠCH") + paragraph("Nội dung khác"));
    const host = install(document);
    document.setSelection({ kind: "paragraph", index: paragraphIndexOf(document, "TRƯỜNG THCS TÂN PHÚ") });
    const placement = await insertBlocksAfterSelection(blocks, layout);
    expect(host.syncCount()).toBe(2);
    expect(placement).toMatchObject({ after: "table", ownLandscapeSection: layout.orientation === "landscape" });
    const saved = await readBack(document);
    expectSound(saved);
    expect(saved.grids.filter((g) => !g.isTopLevel)).toEqual([]); // nothing inside the letterhead
    expect(saved.grids[0]!.rows).toHaveLength(1);
    const planTables = saved.layout.tables.slice(1);
    const sections = new Set(planTables.map((t) => saved.layout.sections[t.section]!.orientation));
    expect([...sections]).toEqual([layout.orientation]);
    // The rest of the document keeps its portrait page: the letterhead's section and the last one.
    expect(saved.layout.sections[saved.layout.tables[0]!.section]!.orientation).toBe("portrait");
    expect(saved.layout.sections[saved.layout.sections.length - 1]!.orientation).toBe("portrait");
    expect(document.paragraphs().map(plainText).slice(-2)).toEqual(["KẾ HOẠCH", "Nội dung khác"]);
  });

  test("the 10-column form on A4 portrait: every header word fits its column (none is broken)", async () => {
    const document = await documentOf(letterhead + paragraph("KẾ HOẠCH"));
    install(document);
    document.setSelection({ kind: "paragraph", index: 0 });
    await insertBlocksAfterSelection(PLAN_2026, PORTRAIT_13);
    const saved = await readBack(document);
    const plan = saved.grids.find((g) => g.rows[0]?.cells.length === 10)!;
    const size = Number(/<w:sz w:val="(\d+)"/.exec(saved.xml.slice(plan.rows[0]!.start, plan.rows[0]!.end))![1]) / 2;
    for (const c of plan.rows[0]!.cells) {
      const room = plan.gridCols[c.gridCol]! - 170; // cell margins
      // Measured with a Times New Roman-compatible font's own advance widths, not the writer's estimate.
      for (const word of c.text.split(/\s+/).filter((w) => w !== "")) {
        expect({ word, fits: tinosBoldWidth(word, size) <= room }).toEqual({ word, fits: true });
      }
    }
  });
});

test("a document with a landscape section: a portrait-choice plan there is sized to the landscape text width", async () => {
  const body = paragraph("Phần dọc") + `<w:p><w:pPr><w:sectPr>${PORTRAIT}</w:sectPr></w:pPr></w:p>` + paragraph("Phần ngang") + paragraph("Cuối");
  const document = await documentOf(body, LANDSCAPE);
  const host = install(document);
  document.setSelection({ kind: "paragraph", index: paragraphIndexOf(document, "Phần ngang") });
  const placement = await insertBlocksAfterSelection(PLAN_2026, PORTRAIT_13);
  expect(host.syncCount()).toBe(2);
  expect(placement).toMatchObject({ after: "paragraph", ownLandscapeSection: false, orientation: "landscape", textWidth: 16838 - 1701 - 850 });
  const saved = await readBack(document);
  expectSound(saved);
  expect(saved.layout.sections.map((s) => s.orientation)).toEqual(["portrait", "landscape"]);
  expect(saved.layout.tables.every((t) => t.section === 1 && t.gridWidth === 16838 - 1701 - 850)).toBe(true);
});

describe("the cursor on the paragraph that ends a section (its section break)", () => {
  // Blocks inserted after that paragraph would open the NEXT section, whose page setup the cursor's paragraph
  // does not tell: they go before it, in the section the cursor is in, sized to it.
  const body = (text: string): string =>
    paragraph("Phần ngang") + `<w:p><w:pPr><w:sectPr>${LANDSCAPE}</w:sectPr></w:pPr>${text ? `<w:r><w:t>${text}</w:t></w:r>` : ""}</w:p>` + paragraph("Phần dọc") + paragraph("Cuối");

  test.each([
    ["an empty break paragraph", ""],
    ["a break paragraph with text", "Kế hoạch như sau:"],
  ])("%s in a landscape section before a portrait one: the plan stays in the landscape section, within its width", async (_name, text) => {
    const document = await documentOf(body(text), PORTRAIT);
    const host = install(document);
    const breakAt = paragraphIndexOf(document, "Phần ngang") + 1;
    document.setSelection({ kind: "paragraph", index: breakAt });
    const placement = await insertBlocksAfterSelection(PLAN_2026, LANDSCAPE_13);
    expect(host.syncCount()).toBe(2);
    expect(placement).toMatchObject({ ownLandscapeSection: false, orientation: "landscape", textWidth: 16838 - 1701 - 850 });
    const saved = await readBack(document);
    expectSound(saved);
    // The plan ends with a break of its own carrying the landscape setup; "Phần dọc" keeps its portrait section.
    expect(saved.layout.sections.map((s) => s.orientation)).toEqual(["landscape", "landscape", "portrait"]);
    expect(saved.layout.tables.length).toBeGreaterThan(0);
    expect(saved.layout.tables.every((t) => t.section === 1)).toBe(true);
    const plain = saved.xml.replace(/<[^>]+>/g, "");
    // The principal's text stays before the plan, and what followed the break still follows it.
    if (text) expect(plain.indexOf(text)).toBeLessThan(plain.indexOf("KẾ HOẠCH"));
    const lastTableEnd = saved.grids.filter((g) => g.isTopLevel).at(-1)!.end;
    expect(saved.xml.indexOf("Phần dọc")).toBeGreaterThan(lastTableEnd);
  });
});

describe("the sample 2026 plan (A4 landscape)", () => {
  test("cursor inside a plan cell: a new plan goes after the plan table, whose rows stay byte-for-byte", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    const host = install(document);
    const before = await readBack(document);
    const plan = before.grids.findIndex((g) => g.isTopLevel && g.rows.length === 8);
    document.setSelection({ kind: "paragraph", index: paragraphIndexOf(document, "Hiệu trưởng; Thư ký Hội đồng tự đánh giá") });
    const placement = await insertBlocksAfterSelection(PLAN_2018, LANDSCAPE_13);
    expect(host.syncCount()).toBe(2);
    expect(placement?.after).toBe("table");
    const saved = await readBack(document);
    expectSound(saved, before);
    expect(rowsXml(saved, plan)).toEqual(rowsXml(before, plan));
    expect(saved.grids.filter((g) => !g.isTopLevel)).toHaveLength(before.grids.filter((g) => !g.isTopLevel).length);
  });

  test("a range selected across cells: the plan goes after the table holding it", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    install(document);
    const from = paragraphIndexOf(document, "Hiệu trưởng; Thư ký Hội đồng tự đánh giá");
    document.setSelection({ kind: "range", from: from - 1, to: from + 1 });
    const before = await readBack(document);
    const placement = await insertBlocksAfterSelection(PLAN_2018, LANDSCAPE_13);
    expect(placement?.after).toBe("table");
    expectSound(await readBack(document), before);
  });

  test("the report without its heading after the plan: separated from it by a paragraph, rows into section VI, none duplicated", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    const host = install(document);
    const before = await readBack(document);
    const monitoring = snapshotMonitoringIndex(before.grids, before.xml);
    const result = await insertAfterTable((snapshot) =>
      reportAfterPlan(snapshot, { points: ["hk1"], heading: false, today: new Date(2026, 11, 1), schoolYear: "2026-2027" }),
    );
    expect(result).toMatchObject({ applied: true });
    expect(host.syncCount()).toBe(2); // 1 to read the tables (never the body's OOXML), 1 to write
    const saved = await readBack(document);
    expectSound(saved, before);
    expect(saved.grids.filter((g) => g.isTopLevel)).toHaveLength(before.grids.filter((g) => g.isTopLevel).length);
    expect(isSubsequence(rowsXml(before, monitoring), rowsXml(saved, monitoring))).toBe(true);
    expect(saved.grids[monitoring]!.rows.length).toBeGreaterThan(before.grids[monitoring]!.rows.length);
  });
});

function snapshotMonitoringIndex(grids: TableGrid[], xml: string): number {
  const model = snapshotModel({ documentXml: xml, tables: grids, paragraphs: [], cursorTable: null, cursorMatch: { kind: "outside" } });
  return model.tables.find((t) => t.form === "monitoring-2026")!.index;
}

test("a 2018 plan without section VI: the report after it never touches it, with or without heading", async () => {
  for (const heading of [true, false]) {
    const document = await loadSample("ke-hoach-tieu-hoc.docx");
    const host = install(document);
    const before = await readBack(document);
    const result = await insertAfterTable((snapshot) => reportAfterPlan(snapshot, { points: [], heading, today: new Date(2026, 11, 1), schoolYear: "2025-2026" }));
    expect(result).toMatchObject({ applied: true });
    expect(host.syncCount()).toBe(2); // 1 to read the tables (never the body's OOXML), 1 to write
    const saved = await readBack(document);
    expectSound(saved, before);
    expect(saved.grids.filter((g) => g.isTopLevel)).toHaveLength(before.grids.filter((g) => g.isTopLevel).length + 1);
  }
});

test("a report at the cursor in a 2026 document with section VI adds rows there, in 2 syncs", async () => {
  const document = await loadSample("ke-hoach-2026-thcs.docx");
  const host = install(document);
  const before = await readBack(document);
  const result = await insertAtSelection((snapshot) => reportAtCursor(snapshot, { points: ["cuoi-nam"], heading: true, today: new Date(2027, 4, 1) }));
  expect(result).toMatchObject({ applied: true, rowsInserted: 6 });
  expect(host.syncCount()).toBe(2); // 1 to read the tables (never the body's OOXML), 1 to write
  const saved = await readBack(document);
  expect(saved.grids.filter((g) => g.isTopLevel)).toHaveLength(before.grids.filter((g) => g.isTopLevel).length);
});

test("items merged over rows: new criteria never anchor on a continuation cell; existing rows unchanged", async () => {
  const header = [...HEADER_2018];
  const rows = [
    header,
    across("MỨC 2"),
    [{ text: "1", vMerge: "restart" as const }, { text: "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", span: 8 }],
    row2018({ text: "", vMerge: "continue" }, "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường", { 2: "Đạt Mức 2" }),
    row2018({ text: "", vMerge: "continue" }, { text: "Tiêu chí 1.3: Hội đồng trường", vMerge: "restart" }, { 2: "Đạt Mức 2" }),
    row2018({ text: "", vMerge: "continue" }, { text: "", vMerge: "continue" }, { 3: "Bổ sung quy chế" }),
  ];
  const document = await documentOf(paragraph("KẾ HOẠCH") + planTable(rows) + paragraph("Hết"), LANDSCAPE);
  const host = install(document);
  const before = await readBack(document);
  const catalog = getCatalog("2018-2024", "tieu-hoc");
  expect(listCriteria(catalog).some((c) => c.code === "1.2")).toBe(true);
  const result = await editPlanTable((snapshot) =>
    planCriterionRowsInDocument(snapshotModel(snapshot), snapshot.tables, 0, { catalog, criteria: ["1.2", "1.5"], targetLevel: 2 }),
  );
  expect(result).toMatchObject({ applied: true });
  expect(host.syncCount()).toBe(2); // 1 to read the tables (never the body's OOXML), 1 to write
  const saved = await readBack(document);
  expect(isSubsequence(rowsXml(before, 0), rowsXml(saved, 0))).toBe(true);
  expect(saved.grids[0]!.rows.length).toBe(before.grids[0]!.rows.length + 2);
});

describe("comments", () => {
  async function planWithGaps(): Promise<{ document: FakeWordDocument }> {
    return { document: await loadSample("ke-hoach-2026-thcs.docx") };
  }
  const compute = (snapshot: Parameters<Parameters<typeof checkAndMark>[0]>[0]) => {
    const result = checkSnapshot(snapshot, { schoolType: "trung-hoc", alsoRequired: [], today: new Date(2026, 11, 1) });
    const marks = result.findings.filter((f) => f.severity === "error" && hasCell(f)).map((f) => ({ table: f.table!, row: f.row!, cell: f.cell!, text: f.message }));
    return { result, marks };
  };

  test("'Kiểm tra' with marking is 2 syncs in all; 'Xóa đánh dấu' keeps a mark someone replied to and says so", async () => {
    const { document } = await planWithGaps();
    const host: FakeHost = install(document, { supportedWordApi: "1.4" });
    const { added } = await checkAndMark(compute);
    expect(added).toBeGreaterThan(1);
    expect(host.syncCount()).toBe(2); // 1 to read the tables (never the body's OOXML), 1 to write
    await Word.run(async (context) => {
      const comments = context.document.body.getComments().load("items/content");
      await context.sync();
      comments.items[0]!.reply("Đã bổ sung kinh phí, thầy xem lại.");
      await context.sync();
    });
    host.resetSyncCount();
    expect(await removeAddinComments()).toEqual({ removed: added - 1, kept: 1 });
    expect(host.syncCount()).toBe(2);
    const saved = await FakeWordDocument.fromDocx(await document.toDocx());
    const texts = Array.from(saved.commentsDocument(false)!.getElementsByTagNameNS(W, "t")).map((t) => t.textContent);
    expect(texts).toContain("Đã bổ sung kinh phí, thầy xem lại.");
  });

  test.each([0, 2])("Word on the web refusing comments (after %i): a precise message and no mark left", async (after) => {
    const { document } = await planWithGaps();
    install(document, { supportedWordApi: "1.4", refuseCommentsAfter: after });
    const error = await checkAndMark(compute).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommentsRefusedError);
    expect((error as CommentsRefusedError).message).toContain("NotAllowed");
    expect((error as CommentsRefusedError).left).toBe(0);
    expect((error as CommentsRefusedError).computed).toBeDefined();
    expect(document.body().getElementsByTagNameNS(W, "commentReference")).toHaveLength(0);
  });
});

test("consecutive catalog inserts read in order: name, then levels (1 sync each)", async () => {
  const document = await documentOf(paragraph("Trước") + paragraph("Sau"));
  const host = install(document);
  document.setSelection({ kind: "paragraph", index: 0 });
  const criterion = listCriteria(getCatalog("2026", "trung-hoc"))[0]!;
  const name = criterionParagraphs(criterion, { heading: true, levels: [] });
  const levels = criterionParagraphs(criterion, { heading: false, levels: [1] });
  await insertParagraphsAfterSelection(name);
  await insertParagraphsAfterSelection(levels);
  expect(host.syncCount()).toBe(2);
  const texts = document.paragraphs().map(plainText);
  const nameAt = texts.findIndex((t) => t.includes(criterion.name));
  expect(nameAt).toBe(1);
  expect(texts.indexOf("Sau")).toBe(texts.length - 1);
  expect(texts.slice(nameAt + 1, -1).join(" ")).toContain("Mức 1");
});
