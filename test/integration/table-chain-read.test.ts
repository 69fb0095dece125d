/**
 * Reading the tables in one sync by walking Table.getNextOrNullObject() (src/word/document-tables.ts): the walk
 * asks for more tables than the document has, so it relies on calls on null objects giving null objects, which
 * Office.js's own sample does (manage-comments.yaml) but the docs do not state. Both behaviours are modelled
 * (FakeHostOptions.nullObjectCalls) and the read must give the same snapshot under each.
 */
import { FakeWordDocument } from "../../src/fake-office";
import { readDocument, editPlanTable } from "../../src/word/document-tables";
import { getCatalog } from "../../src/core/catalog";
import { readDocumentModel } from "../../src/core/plan";
import { planCriterionRowsInDocument } from "../../src/core/tables";
import { buildDocx, cell, paragraph, row, table } from "../support/docx-builder";
import { install, loadSample, serialize } from "./fake-office.helpers";

const SAMPLES = ["ke-hoach-tieu-hoc.docx", "ke-hoach-mam-non.docx", "ke-hoach-2026-thcs.docx", "bao-cao-tieu-hoc.docx"];

function smallTable(text: string, inner = ""): string {
  return table([row([cell(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>${inner}`), cell("<w:p/>")])], { gridCols: 2 });
}

async function documentOf(bodyXml: string): Promise<FakeWordDocument> {
  return FakeWordDocument.fromDocx(await buildDocx(bodyXml));
}

describe("the fake host: Table.getNextOrNullObject and calls on null objects", () => {
  // A holds nested table N; then B. Body.tables in this fake lists A, N, B (body.ts).
  const body = (): string => smallTable("A", smallTable("N") + "<w:p/>") + paragraph("giữa") + smallTable("B") + paragraph("cuối");

  test("walks the tables in Body.tables order, then gives null objects; a null table's range OOXML does not fail the batch", async () => {
    install(await documentOf(body()));
    const seen = await Word.run(async (context) => {
      let t = context.document.body.tables.getFirstOrNullObject();
      const walk: { table: Word.Table; values: Word.Table; ooxml: OfficeExtension.ClientResult<string> }[] = [];
      for (let i = 0; i < 5; i++) {
        t.load("nestingLevel,values");
        walk.push({ table: t, values: t, ooxml: t.getRange("Whole").getOoxml() });
        t = t.getNextOrNullObject();
      }
      await context.sync();
      return walk.map((w) => (w.table.isNullObject ? null : { level: w.table.nestingLevel, first: w.values.values[0]![0]!.split("\n")[0], hasOoxml: w.ooxml.value.includes("pkg:package") }));
    });
    expect(seen).toEqual([
      { level: 1, first: "A", hasOoxml: true },
      { level: 2, first: "N", hasOoxml: true },
      { level: 1, first: "B", hasOoxml: true },
      null,
      null,
    ]);
  });

  test("told to refuse calls on null objects, the batch fails with ItemNotFound", async () => {
    install(await documentOf(smallTable("A") + paragraph("cuối")), { nullObjectCalls: "refuse" });
    await expect(
      Word.run(async (context) => {
        const next = context.document.body.tables.getFirstOrNullObject().getNextOrNullObject();
        next.getRange("Whole").getOoxml();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("readDocument reads every table in one sync, and the same way when Word refuses calls on null objects", () => {
  test.each(SAMPLES)("%s: the same snapshot under both behaviours; 1 sync, or 3 when refused", async (name) => {
    const propagate = install(await loadSample(name));
    const walked = await readDocument();
    expect(propagate.syncCount()).toBe(1);
    const refuse = install(await loadSample(name), { nullObjectCalls: "refuse" });
    const listed = await readDocument();
    expect(refuse.syncCount()).toBe(3);
    expect(walked.tables.length).toBeGreaterThan(0);
    expect(walked.documentXml).toBe(listed.documentXml);
    expect(walked.paragraphs).toEqual(listed.paragraphs);
    expect(walked.cursorMatch).toEqual(listed.cursorMatch);
  });

  test("a document with 40 tables: all read, in 2 syncs, each table's OOXML fetched once", async () => {
    const bodyXml = Array.from({ length: 40 }, (_, i) => smallTable(`Bảng ${i + 1}`) + paragraph("")).join("");
    const host = install(await documentOf(bodyXml));
    const snapshot = await readDocument();
    expect(host.syncCount()).toBe(2);
    expect(snapshot.tables).toHaveLength(40);
    const texts = snapshot.tables.map((t) => t.rows[0]!.cells[0]!.text);
    expect(texts).toEqual(Array.from({ length: 40 }, (_, i) => `Bảng ${i + 1}`));
    // Once each: the whole document's tables are a few KB; forty packages with their parts would be more, but
    // fetching any table twice would show as a second "Bảng N" package.
    const again = install(await documentOf(bodyXml));
    again.resetBytesFetched();
    await readDocument();
    const once = again.bytesFetched();
    const doubled = install(await documentOf(bodyXml + bodyXml.replace(/Bảng/g, "Bàng")));
    await readDocument();
    expect(doubled.bytesFetched()).toBeGreaterThan(1.8 * once);
    expect(doubled.bytesFetched()).toBeLessThan(2.2 * once);
  });

  test("nested tables: the outer table's reading includes them, and each is read once", async () => {
    const host = install(await documentOf(smallTable("A", smallTable("N") + "<w:p/>") + paragraph("giữa") + smallTable("B") + paragraph("")));
    const snapshot = await readDocument();
    expect(host.syncCount()).toBe(1);
    expect(snapshot.tables.map((t) => [t.isTopLevel, t.rows[0]!.cells[0]!.text.split("\n")[0]])).toEqual([
      [true, "A"],
      [false, "N"],
      [true, "B"],
    ]);
  });

  test("adding criteria when Word refuses calls on null objects: the rows still go in, the plan's rows unchanged", async () => {
    const document = await loadSample("ke-hoach-mam-non.docx");
    const plan = document.body().getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "tbl")[0]!;
    const rowsBefore = Array.from(plan.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "tr")).map(serialize);
    const host = install(document, { nullObjectCalls: "refuse" });
    const catalog = getCatalog("2018", "mam-non");
    const result = await editPlanTable((snapshot) =>
      planCriterionRowsInDocument(readDocumentModel(snapshot.tables, { paragraphs: snapshot.paragraphs }), snapshot.tables, snapshot.cursorTable, {
        catalog,
        criteria: ["4.1"],
        targetLevel: 3,
      }),
    );
    expect(result).toMatchObject({ applied: true });
    expect(host.syncCount()).toBe(4); // the refused walk, the listed read (2), the write
    const rowsAfter = Array.from(plan.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "tr")).map(serialize);
    expect(rowsAfter.length).toBeGreaterThan(rowsBefore.length);
    for (const rowXml of rowsBefore) expect(rowsAfter).toContain(rowXml);
  });
});
