/**
 * Abuse suite, document level: namespaces resolved as XML says, hostile numbers clamped, huge cells read whole.
 * `npm run abuse` (CAITIEN_ABUSE=full) checks the 10 MB cell; `npm test` a 1 MB one.
 */
import { checkDocument } from "../../src/core/check";
import { readDocumentModel } from "../../src/core/plan";
import { viewTable } from "../../src/core/plan/table-view";
import { openDocx } from "../../src/ooxml/package";
import { MAX_GRID_COLUMNS, readTables } from "../../src/ooxml/read-tables";
import { W_NS, buildDocx, cell, documentXml, row, table } from "../support/docx-builder";
import { FULL_ABUSE } from "../support/hostile-docx";
import { HEADER_2018, fullRow2018, planTable, row2018 } from "../support/plan-fixtures";

const textsOf = (xml: string): string[][] => readTables(xml).map((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));

describe("namespaces are resolved, not guessed from the root's prefix", () => {
  it("reads WordprocessingML as the default namespace", () => {
    const xml = `<?xml version="1.0"?><document xmlns="${W_NS}"><body><tbl><tr><tc><p><r><t>Kinh phí</t></r></p></tc></tr></tbl></body></document>`;
    expect(textsOf(xml)).toEqual([["Kinh phí"]]);
  });

  it("reads a prefix bound on an inner element, and a root prefix rebound inside", () => {
    const inner = `<?xml version="1.0"?><root xmlns:w="urn:not-word"><x:body xmlns:x="${W_NS}"><x:tbl><x:tr><x:tc><x:p><x:r><x:t>Thời gian</x:t></x:r></x:p></x:tc></x:tr></x:tbl></x:body></root>`;
    expect(textsOf(inner)).toEqual([["Thời gian"]]);
    // The root binds w to another namespace: its w:tbl is not a Word table, however it is spelled.
    const foreign = `<?xml version="1.0"?><w:document xmlns:w="urn:not-word"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`;
    expect(textsOf(foreign)).toEqual([]);
  });

  it("reads attributes by their namespace, and undoes bindings when their element closes", () => {
    // x is bound to WordprocessingML on the cell only: its x:val is gridSpan's w:val; after the cell, x is foreign again.
    const xml =
      `<?xml version="1.0"?><w:document xmlns:w="${W_NS}" xmlns:x="urn:not-word"><w:body><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
      `<w:tr><w:tc xmlns:x="${W_NS}"><w:tcPr><w:gridSpan x:val="2"/></w:tcPr><w:p><x:r><x:t>a</x:t></x:r></w:p></w:tc>` +
      `<w:tc><w:tcPr><w:gridSpan x:val="3"/></w:tcPr><w:p><x:r><x:t>b</x:t></x:r><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`;
    const [grid] = readTables(xml);
    expect(grid!.rows[0]!.cells.map((c) => [c.text, c.gridCol, c.gridSpan])).toEqual([
      ["a", 0, 2],
      ["c", 2, 1],
    ]);
  });

  it("reads no Word element where the default namespace is undeclared", () => {
    const xml = `<?xml version="1.0"?><document xmlns="${W_NS}"><body><tbl><tr><tc><p><r><t>a</t></r></p></tc></tr></tbl><tbl xmlns=""><tr><tc><p><r><t>b</t></r></p></tc></tr></tbl></body></document>`;
    expect(textsOf(xml)).toEqual([["a"]]);
  });

  it.each([
    ["an unbound element prefix", `<w:document xmlns:w="${W_NS}"><w:body><q:tbl/></w:body></w:document>`],
    ["an unbound prefix inside a skipped drawing", `<w:document xmlns:w="${W_NS}"><w:body><w:drawing><q:inline/></w:drawing></w:body></w:document>`],
    ["an unbound attribute prefix", `<w:document xmlns:w="${W_NS}"><w:body><w:tbl q:val="1"/></w:body></w:document>`],
    ["a prefix bound to the xmlns namespace", `<w:document xmlns:w="${W_NS}" xmlns:q="http://www.w3.org/2000/xmlns/"><w:body/></w:document>`],
    ["a prefix undeclared in XML 1.0", `<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body xmlns:w=""/></w:document>`],
    ["a name with two colons", `<w:document xmlns:w="${W_NS}"><w:body><w:a:b/></w:body></w:document>`],
  ])("refuses %s as malformed XML", (_, xml) => {
    expect(() => readTables(xml)).toThrow(expect.objectContaining({ code: "bad-xml" }));
  });

  it("reads an XML 1.0 document's xml:space and an ordinary attribute whose name starts with xmlns", () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body><w:tbl xmlnsish="1"><w:tr><w:tc><w:p><w:r><w:t xml:space="preserve"> a </w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`;
    expect(textsOf(xml)).toEqual([[" a "]]);
  });

  it("reads an XML 1.1 document (control characters as references, NEL line ends)", () => {
    const xml = `<?xml version="1.1" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${table([row([cell("<w:p><w:r><w:t>a&#x1;b</w:t></w:r></w:p>")])])}</w:body></w:document>`;
    expect(textsOf(xml)).toEqual([["a\u0001b"]]);
  });
});

describe("hostile numbers are clamped to the table's grid", () => {
  it("reads w:gridAfter: a legitimate value leaves the grid's last columns empty, a hostile one is clamped to the grid", () => {
    const xml = documentXml(
      table(
        [
          row([cell("a"), cell("b")], '<w:gridAfter w:val="2"/>'),
          row([cell("c")], '<w:gridBefore w:val="1"/><w:gridAfter w:val="1000000000"/>'),
          row([cell("d"), cell("e"), cell("f"), cell("g")]),
        ],
        { gridCols: 4 },
      ) + `<w:tbl><w:tblPr/>${row([cell("x")], '<w:gridAfter w:val="2147483647"/>')}</w:tbl>`,
    );
    const [withGrid, noGrid] = readTables(xml);
    expect(withGrid!.rows.map((r) => [r.gridBefore, r.gridAfter])).toEqual([
      [0, 2],
      [1, 2],
      [0, 0],
    ]);
    expect(noGrid!.rows[0]!.gridAfter).toBe(MAX_GRID_COLUMNS - 1);
    // The view's grid stays the table's (or the bound), not the hostile number's.
    expect(viewTable(withGrid!).gridWidth).toBe(4);
    expect(viewTable(noGrid!).gridWidth).toBe(MAX_GRID_COLUMNS);
  });

  it("reads a small file with gridSpan 1e9 as a cell spanning the grid", async () => {
    const body = table([row([cell("Tiêu chí 1.1", '<w:gridSpan w:val="1000000000"/>')]), row([cell("a"), cell("b"), cell("c")])], { gridCols: 3 });
    const bytes = await buildDocx(body);
    expect(bytes.length).toBeLessThan(4096);
    const [grid] = readTables((await openDocx(bytes)).documentXml);
    expect(grid!.rows[0]!.cells[0]!.gridSpan).toBe(3);
    const model = readDocumentModel(readTables((await openDocx(bytes)).documentXml));
    expect(checkDocument(model).tables).toHaveLength(model.tables.length);
  });

  it("clamps gridBefore and spans past the grid, and bounds a grid without w:tblGrid", () => {
    const xml = documentXml(
      `<w:tbl><w:tblPr/>${row([cell("x", '<w:gridSpan w:val="99999999"/>')], '<w:gridBefore w:val="2147483647"/>')}${row([cell("y")])}</w:tbl>` +
        table([row([cell("a"), cell("b", '<w:gridSpan w:val="-5"/>'), cell("c", '<w:gridSpan w:val="7"/>')])], { gridCols: 4 }),
    );
    const [noGrid, withGrid] = readTables(xml);
    expect(noGrid!.rows[0]!.gridBefore).toBe(MAX_GRID_COLUMNS - 1);
    expect(noGrid!.rows[0]!.cells[0]!.gridSpan).toBe(1);
    expect(withGrid!.rows[0]!.cells.map((c) => [c.gridCol, c.gridSpan])).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
    ]);
  });
});

describe("a huge cell is read and checked whole", () => {
  const size = FULL_ABUSE ? 10 * 1024 * 1024 : 1024 * 1024;
  it(`checks a plan with a ${size >> 20} MB cell in the first rows, keeping every character`, async () => {
    const sentence = "Tổ chức tập huấn cho giáo viên về đổi mới phương pháp. ";
    const big = sentence.repeat(Math.ceil(size / sentence.length));
    const xml = documentXml(planTable([HEADER_2018, row2018("1", "Tiêu chí 1.2: y", { 3: big }), fullRow2018("Tiêu chí 1.1: x")]));
    const bytes = await buildDocx("", { documentXml: xml });
    const { documentXml: read } = await openDocx(bytes);
    const tables = readTables(read);
    expect(tables[0]!.rows[1]!.cells[3]!.text).toBe(big.normalize("NFC"));
    const model = readDocumentModel(tables, { documentXml: read });
    expect(model.tables[0]!.form).toBe("plan-2018");
    const result = checkDocument(model, { today: new Date(2026, 0, 1) });
    expect(result.summary.items).toBe(2);
    // The big row has no owner, time or budget: three gaps found, none invented for the complete row.
    expect(result.summary.itemsWithGaps).toBe(1);
  }, 60_000);
});
