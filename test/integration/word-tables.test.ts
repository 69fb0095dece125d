/** src/word's table functions against the fake Word host: cursor's table, cell selection, row insertion, comments. */
import JSZip from "jszip";
import type { Element } from "@xmldom/xmldom";
import { getCatalog, listCriteria } from "../../src/core/catalog";
import { readDocumentModel } from "../../src/core/plan";
import { planCriterionRowsInDocument, type CriterionRowChoices } from "../../src/core/tables";
import { FakeWordDocument, type FakeHost } from "../../src/fake-office";
import { openDocx, readTables } from "../../src/ooxml";
import { addCommentsToCells, ADDIN_COMMENT_PREFIX, removeAddinComments } from "../../src/word/comments";
import { editPlanTable, insertAfterTable, readDocument, selectTableCell, type DocumentSnapshot } from "../../src/word/document-tables";
import { UnsupportedApiError, WordTableError } from "../../src/word/errors";
import { wordTableItemIndex } from "../../src/word/table-proxy";
import { buildDocx, cell, documentXml, paragraph, row, table } from "../support/docx-builder";
import { matchCursorTable } from "../../src/word/cursor-table";
import { makeLargePlanDocumentXml } from "../support/large-plan";
import { bodyChildren, flatOpc, install, loadSample, paragraphIndexOf, plainText, serialize, W_NS } from "./fake-office.helpers";

/** Every w:tbl in document order (the reader's index order). */
function allTables(document: FakeWordDocument): Element[] {
  return Array.from(document.body().getElementsByTagNameNS(W_NS, "tbl"));
}

function ownRows(tbl: Element): Element[] {
  return Array.from(tbl.getElementsByTagNameNS(W_NS, "tr")).filter((tr) => closestTable(tr) === tbl);
}

function closestTable(node: Element): Element | null {
  for (let n = node.parentNode as Element | null; n; n = n.parentNode as Element | null) {
    if (n.localName === "tbl") return n;
  }
  return null;
}

function cellAt(document: FakeWordDocument, tableIndex: number, rowIndex: number, cellIndex: number): Element {
  const tr = ownRows(allTables(document)[tableIndex]!)[rowIndex]!;
  return Array.from(tr.childNodes).filter((n) => (n as Element).localName === "tc")[cellIndex] as Element;
}

/** Puts the fake's cursor in the first paragraph of a cell. */
function cursorIn(document: FakeWordDocument, tableIndex: number, rowIndex: number, cellIndex: number): void {
  const paragraph = cellAt(document, tableIndex, rowIndex, cellIndex).getElementsByTagNameNS(W_NS, "p")[0]!;
  document.setSelection({ kind: "paragraph", index: document.paragraphs().indexOf(paragraph) });
}

function cursorParagraph(document: FakeWordDocument): Element {
  const selection = document.selection;
  if (selection.kind !== "paragraph") throw new Error("no cursor");
  return document.paragraphs()[selection.index]!;
}

function rowsXml(tbl: Element): string[] {
  return ownRows(tbl).map(serialize);
}

/** The old rows are a subsequence of the new ones, each byte-identical and in order. */
function expectOldRowsKept(before: readonly string[], after: readonly string[], inserted: number): void {
  expect(after).toHaveLength(before.length + inserted);
  let i = 0;
  for (const xml of after) if (i < before.length && xml === before[i]) i++;
  expect(i).toBe(before.length);
}

async function reread(document: FakeWordDocument) {
  const { documentXml } = await openDocx(await document.toDocx());
  const grids = readTables(documentXml);
  return { grids, model: readDocumentModel(grids, { documentXml }) };
}

function insertCriteria(choices: CriterionRowChoices) {
  return (snapshot: DocumentSnapshot) => {
    const model = readDocumentModel(snapshot.tables, { documentXml: snapshot.documentXml });
    return planCriterionRowsInDocument(model, snapshot.tables, snapshot.cursorTable, choices);
  };
}

describe("readDocument", () => {
  test("finds the table holding the cursor on the 2026 sample in 1 sync (each table's OOXML, walking getNextOrNullObject); outside a table, null", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    cursorIn(document, 2, 4, 3);
    const host = install(document);
    const snapshot = await readDocument();
    expect(host.syncCount()).toBe(1);
    expect(snapshot.cursorTable).toBe(2);
    expect(snapshot.cursorMatch).toEqual({ kind: "matched", table: 2, by: "text" });
    expect(snapshot.tables).toHaveLength(5);
    expect(snapshot.documentXml.startsWith("<w:document")).toBe(true);

    document.setSelection({ kind: "paragraph", index: paragraphIndexOf(document, "KẾ HOẠCH") });
    const outside = await readDocument();
    expect(outside.cursorTable).toBeNull();
    expect(outside.cursorMatch).toEqual({ kind: "outside" });
  });

  test("recognises the cursor's table on every sample with merged and continuation rows", async () => {
    for (const [name, tableIndex, rowIndex] of [
      ["ke-hoach-mam-non.docx", 0, 4],
      ["bao-cao-tieu-hoc.docx", 1, 1],
      ["ke-hoach-tieu-hoc.docx", 1, 7],
    ] as const) {
      const document = await loadSample(name);
      cursorIn(document, tableIndex, rowIndex, 0);
      install(document);
      expect((await readDocument()).cursorTable).toBe(tableIndex);
    }
  });

  test("a cursor in a nested table gives its top-level table; two identical tables give null and say why", async () => {
    const nested = table([row([cell("a"), cell("b")])], { gridCols: 2 });
    const outer = table([row([cell("TT"), cell("Nội dung")]), row([cell("1"), cell(`${nested}<w:p/>`)])], { gridCols: 2 });
    const twin = table([row([cell("x"), cell("y")])], { gridCols: 2 });
    const document = await FakeWordDocument.fromDocx(await buildDocx(`${paragraph("p")}${twin}${paragraph("")}${outer}${paragraph("")}${twin}${paragraph("q")}`));
    cursorIn(document, 2, 0, 1); // the nested table, reader index 2 (after its parent, index 1)
    install(document);
    const snapshot = await readDocument();
    expect(snapshot.cursorMatch).toEqual({ kind: "matched", table: 2, by: "text" });
    expect(snapshot.cursorTable).toBe(1);

    cursorIn(document, 3, 0, 0);
    const ambiguous = await readDocument();
    expect(ambiguous.cursorTable).toBeNull();
    expect(ambiguous.cursorMatch).toEqual({ kind: "ambiguous", candidates: [0, 3] });
  });
});

describe("matchCursorTable rules", () => {
  const xml = documentXml(
    [
      table([row([cell("a"), cell("b")]), row([cell("c"), cell("")])], { gridCols: 2 }),
      table([row([cell("x")])], { gridCols: 1 }),
      table([row([cell("y")])], { gridCols: 1 }),
    ].join(paragraph("")),
  );
  const grids = readTables(xml);
  test("the cursor paragraph's text picks the table; breaks and spaces do not matter; a unique size is the fallback", () => {
    expect(matchCursorTable(grids, { nestingLevel: 1, rowCount: 2, cursorText: " a\r" })).toEqual({ kind: "matched", table: 0, by: "text" });
    expect(matchCursorTable(grids, { nestingLevel: 1, rowCount: 2, cursorText: "a (đã sửa)" })).toEqual({ kind: "matched", table: 0, by: "size" });
    expect(matchCursorTable(grids, { nestingLevel: 1, rowCount: 1, cursorText: "y" })).toEqual({ kind: "matched", table: 2, by: "text" });
    expect(matchCursorTable(grids, { nestingLevel: 1, rowCount: 1, cursorText: "" })).toEqual({ kind: "ambiguous", candidates: [1, 2] });
    expect(matchCursorTable(grids, { nestingLevel: 1, rowCount: 1, cursorText: "z" })).toEqual({ kind: "unmatched" });
    expect(matchCursorTable(grids, { nestingLevel: 2, rowCount: 2, cursorText: "a" })).toEqual({ kind: "unmatched" });
  });
});

describe("selectTableCell", () => {
  test.each([
    // Continuation row of criterion 1.5 (split over two rows).
    ["ke-hoach-mam-non.docx", 0, 4, 1],
    ["ke-hoach-mam-non.docx", 0, 11, 2],
    // A merged standard row (gridSpan 7), a vMerge continuation cell of the two-row header, a criterion cell.
    ["bao-cao-tieu-hoc.docx", 1, 3, 1],
    ["bao-cao-tieu-hoc.docx", 1, 16, 5],
  ] as const)("%s table %i row %i cell %i: the cursor lands in that cell, in ≤ 2 syncs without a layout", async (name, t, r, c) => {
    const document = await loadSample(name);
    const host = install(document);
    await selectTableCell(t, r, c);
    expect(host.syncCount()).toBeLessThanOrEqual(2);
    const expected = cellAt(document, t, r, c);
    const paragraph = cursorParagraph(document);
    expect(paragraph.parentNode).toBe(expected);
    expect(paragraph).toBe(expected.getElementsByTagNameNS(W_NS, "p")[0]);
  });

  test("a vertically merged continuation cell: the cursor lands in the merge's first cell (Word cannot address it)", async () => {
    const document = await loadSample("bao-cao-tieu-hoc.docx");
    const host = install(document);
    // Row 1 cell 0 continues the two-row header's "TT" cell (row 0 cell 0).
    await selectTableCell(1, 1, 0);
    expect(host.syncCount()).toBeLessThanOrEqual(2);
    const expected = cellAt(document, 1, 0, 0);
    const paragraph = cursorParagraph(document);
    expect(paragraph.parentNode).toBe(expected);
    expect(paragraph).toBe(expected.getElementsByTagNameNS(W_NS, "p")[0]);
  });

  test("with the snapshot's layout it does not re-read the document; a wrong index is a clear error", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    const host = install(document);
    const snapshot = await readDocument();
    host.resetSyncCount();
    await selectTableCell(2, 4, 7, snapshot.tables);
    expect(host.syncCount()).toBe(2);
    expect(plainText(cursorParagraph(document))).toBe("");
    expect(cursorParagraph(document).parentNode).toBe(cellAt(document, 2, 4, 7));
    await expect(selectTableCell(9, 0, 0)).rejects.toBeInstanceOf(WordTableError);
  });
});

describe("table index mapping (body.tables with or without nested tables)", () => {
  const layout = [{ isTopLevel: true }, { isTopLevel: true }, { isTopLevel: false }, { isTopLevel: true }];
  test("a collection of every table is indexed directly; one of top-level tables by top-level ordinal", () => {
    expect(wordTableItemIndex(layout, [1, 1, 2, 1], 2)).toBe(2);
    expect(wordTableItemIndex(layout, [1, 1, 1], 3)).toBe(2);
    expect(() => wordTableItemIndex(layout, [1, 1, 1], 2)).toThrow(expect.objectContaining({ code: "nested-table" }));
  });
  test("any other length (the document changed) is refused", () => {
    expect(() => wordTableItemIndex(layout, [1, 1], 0)).toThrow(expect.objectContaining({ code: "document-changed" }));
    expect(() => wordTableItemIndex(layout, [1, 2, 1, 1], 0)).toThrow(expect.objectContaining({ code: "document-changed" }));
  });
});

describe("editPlanTable: criterion rows into an existing plan", () => {
  test("300-row plan: ≤ 3 syncs (2 to read, 1 to write), every existing row and every other body block byte-for-byte unchanged", async () => {
    const document = await FakeWordDocument.fromDocx(await buildDocx("", { documentXml: makeLargePlanDocumentXml(300) }));
    cursorIn(document, 0, 150, 1);
    const host = install(document);
    const tbl = allTables(document)[0]!;
    const rowsBefore = rowsXml(tbl);
    const othersBefore = bodyChildren(document).filter((e) => e !== tbl).map(serialize);
    const catalog = getCatalog("2018", "tieu-hoc");
    // The large plan repeats 1.1–1.10, 2.1–2.4, 3.1–3.6, 4.1–4.2, 5.1–5.4: pick codes it does not have.
    const present = new Set(readDocumentModel(readTables(makeLargePlanDocumentXml(300))).tables[0]!.items.map((i) => ("criterion" in i ? i.criterion : "")));
    const missing = listCriteria(catalog).filter((c) => !present.has(c.code)).map((c) => c.code);
    expect(missing.length).toBeGreaterThan(0);

    const result = await editPlanTable(insertCriteria({ catalog, criteria: [...missing, "1.1"], targetLevel: 2 }));
    expect(result).toMatchObject({ applied: true, rowsInserted: missing.length });
    expect(host.syncCount()).toBeLessThanOrEqual(2);
    expectOldRowsKept(rowsBefore, rowsXml(tbl), missing.length);
    expect(bodyChildren(document).filter((e) => e !== tbl).map(serialize)).toEqual(othersBefore);
    const { model } = await reread(document);
    const codes = model.tables[0]!.items.map((i) => ("criterion" in i ? i.criterion : ""));
    for (const code of missing) expect(codes).toContain(code);
  });

  test("2018 mầm non sample: one criterion under its existing standard, one under a new standard row", async () => {
    const document = await loadSample("ke-hoach-mam-non.docx");
    const host = install(document);
    const before = rowsXml(allTables(document)[0]!);
    const catalog = getCatalog("2018", "mam-non");
    const result = await editPlanTable(insertCriteria({ catalog, criteria: ["4.1", "1.1"], targetLevel: 3 }));
    expect(result).toEqual({ applied: true, rowsInserted: 3, notes: [] });
    expect(host.syncCount()).toBe(2);
    expectOldRowsKept(before, rowsXml(allTables(document)[0]!), 3);
    const plan = (await reread(document)).model.tables[0]!;
    expect(plan.items.map((i) => ("criterion" in i ? i.criterion : ""))).toEqual(["1.1", "1.5", "2.3", "3.1", "4.1", "5.3"]);
    expect(plan.groups.filter((g) => g.type === "standard").map((g) => g.standard)).toEqual([1, 2, 3, 4, 5]);
    const added = plan.items.find((i) => "criterion" in i && i.criterion === "4.1")!;
    expect(added.fields.ketQuaCanDat!.text).toBe("Đạt Mức 3");
    expect(added.fields.tieuChi!.text).toMatch(/^Tiêu chí 4\.1: /);
  });

  test("2026 THCS sample: task rows appended as TT 7 and 8, issue rows in section IV, 2 syncs", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    cursorIn(document, 2, 3, 1);
    const host = install(document);
    const issuesBefore = rowsXml(allTables(document)[1]!);
    const planBefore = rowsXml(allTables(document)[2]!);
    const result = await editPlanTable(insertCriteria({ catalog: getCatalog("2026", "trung-hoc"), criteria: ["2.1", "1.1", "1.4"], targetLevel: 2 }));
    expect(result).toMatchObject({ applied: true, rowsInserted: 4 });
    expect(host.syncCount()).toBe(2);
    expectOldRowsKept(issuesBefore, rowsXml(allTables(document)[1]!), 2);
    expectOldRowsKept(planBefore, rowsXml(allTables(document)[2]!), 2);
    const { model } = await reread(document);
    const plan = model.tables[2]!;
    expect(plan.items.map((i) => ("item" in i ? i.item : ""))).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(plan.items[6]!.fields.noiDung!.text).toMatch(/^Cải tiến tiêu chí 1\.1: /);
    expect(plan.items[7]!.fields.noiDung!.text).toMatch(/^Cải tiến tiêu chí 2\.1: /);
    expect(model.tables[1]!.items.map((i) => ("criterion" in i ? i.criterion : ""))).toEqual(["1.4", "2.2", "3.2", "4.1", "1.1", "2.1"]);
  });

  test("an error from the planner writes nothing and costs only the reading sync", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    cursorIn(document, 2, 3, 1);
    const host = install(document);
    const before = serialize(document.body());
    const result = await editPlanTable(insertCriteria({ catalog: getCatalog("2018", "trung-hoc"), criteria: ["1.1"], targetLevel: 2 }));
    expect(result).toEqual({ applied: false, error: expect.stringContaining("Thông tư 57/2026") });
    expect(host.syncCount()).toBe(1);
    expect(serialize(document.body())).toBe(before);
  });
});

describe("insertAfterTable", () => {
  test("the report goes right after the plan table, which stays byte-for-byte the same, in 2 syncs", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    const host = install(document);
    const before = bodyChildren(document).map(serialize);
    const planAt = bodyChildren(document).indexOf(allTables(document)[2]!);
    const ooxml = flatOpc("<w:p><w:r><w:t>BÁO CÁO KẾT QUẢ</w:t></w:r></w:p>");
    const result = await insertAfterTable((snapshot) => ({ table: snapshot.tables.findIndex((t) => t.rows.length === 8), ooxml }));
    expect(result).toEqual({ applied: true });
    expect(host.syncCount()).toBe(2);
    const after = bodyChildren(document).map(serialize);
    expect(after.slice(0, planAt + 1)).toEqual(before.slice(0, planAt + 1));
    expect(after[planAt + 1]).toContain("BÁO CÁO KẾT QUẢ");
    expect(after.slice(planAt + 2)).toEqual(before.slice(planAt + 1));
  });
});

describe("comments on cells", () => {
  async function withHumanComment(): Promise<{ document: FakeWordDocument; host: FakeHost }> {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    install(document, { supportedWordApi: "1.4" });
    await Word.run(async (context) => {
      const tables = context.document.body.tables.load("items");
      await context.sync();
      tables.items[2]!.getCell(2, 1).body.getRange("Whole").insertComment("Cô Lan: nên ghi rõ hơn");
      await context.sync();
    });
    const reopened = await FakeWordDocument.fromDocx(await document.toDocx());
    return { document: reopened, host: install(reopened, { supportedWordApi: "1.4" }) };
  }

  test("adds one comment per empty required cell in ≤ 2 syncs and removes exactly those, keeping a person's", async () => {
    const { document, host } = await withHumanComment();
    const withHuman = serialize(document.body());
    const marks = [
      { table: 2, row: 4, cell: 7, text: "Nhiệm vụ 3: chưa ghi nguồn lực bảo đảm" },
      { table: 2, row: 6, cell: 5, text: "Nhiệm vụ 5: chưa ghi thời gian thực hiện" },
      { table: 2, row: 6, cell: 6, text: "Nhiệm vụ 5: chưa ghi đơn vị/cá nhân phụ trách" },
    ];
    // As the pane does: with the layout the check just read (without it the tables are read first: 3 syncs).
    const checked = (await readDocument()).tables;
    host.resetSyncCount();
    expect(await addCommentsToCells(marks, checked)).toBe(3);
    expect(host.syncCount()).toBe(2);
    const saved = await JSZip.loadAsync(await document.toDocx());
    const comments = await saved.file("word/comments.xml")!.async("string");
    expect(comments.match(/<w:comment /g)).toHaveLength(4);
    expect(comments).toContain(`${ADDIN_COMMENT_PREFIX}Nhiệm vụ 3: chưa ghi nguồn lực bảo đảm`);

    host.resetSyncCount();
    expect(await removeAddinComments()).toEqual({ removed: 3, kept: 0 });
    expect(host.syncCount()).toBe(2);
    expect(serialize(document.body())).toBe(withHuman);
    await Word.run(async (context) => {
      const left = context.document.body.getComments().load("items/content");
      await context.sync();
      expect(left.items.map((c) => c.content)).toEqual(["Cô Lan: nên ghi rõ hơn"]);
    });
    host.resetSyncCount();
    expect(await removeAddinComments()).toEqual({ removed: 0, kept: 0 });
    expect(host.syncCount()).toBe(1);
  });

  test("below WordApi 1.4 both refuse with UnsupportedApiError and touch nothing", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    const host = install(document, { supportedWordApi: "1.3" });
    await expect(addCommentsToCells([{ table: 2, row: 4, cell: 7, text: "x" }])).rejects.toBeInstanceOf(UnsupportedApiError);
    await expect(removeAddinComments()).rejects.toMatchObject({ code: "unsupported-api" });
    expect(host.syncCount()).toBe(0);
  });
});
