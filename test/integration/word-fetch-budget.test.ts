/**
 * What each table action fetches from Word (issue: "fetch less from Word"): the fake host counts the bytes its
 * syncs hand back (getOoxml() strings and loaded text). Budget per action: ≤ 1.2 × the XML of the tables it reads
 * + 64 KB, on the 3,000-row plan and on a 20-row plan sitting in a document with 10 MB of pictures, whose body's
 * OOXML (pictures in base64) would be some 13 MB.
 */
import { FakeWordDocument, type FakeHost } from "../../src/fake-office";
import { getCatalog, listCriteria } from "../../src/core/catalog";
import { readDocumentModel } from "../../src/core/plan";
import { planCriterionRowsInDocument } from "../../src/core/tables";
import { editPlanTable, insertAfterTable, readDocument, selectTableCell, type DocumentSnapshot } from "../../src/word/document-tables";
import { flatOpcPackage } from "../../src/ooxml/write/flat-opc";
import { buildDocx, paragraph, STYLES_XML } from "../support/docx-builder";
import { makeLargePlanDocumentXml } from "../support/large-plan";
import { install, serialize, W_NS } from "./fake-office.helpers";

jest.setTimeout(120_000);

const KB = 1024;
const encoder = new TextEncoder();

/** UTF-8 bytes of every top-level table's XML in the document: what reading all its tables must fetch. */
function tablesXmlBytes(host: FakeHost): number {
  const body = host.document.body();
  let bytes = 0;
  for (let n = body.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as unknown as { localName: string }).localName === "tbl" && (n as unknown as { namespaceURI: string }).namespaceURI === W_NS) {
      bytes += encoder.encode(serialize(n as never)).length;
    }
  }
  return bytes;
}

/** Runs one action and returns what it fetched and how many syncs it took. */
async function measure(host: FakeHost, action: () => Promise<unknown>): Promise<{ bytes: number; syncs: number }> {
  host.resetBytesFetched();
  host.resetSyncCount();
  await action();
  return { bytes: host.bytesFetched(), syncs: host.syncCount() };
}

const IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

/** An inline picture paragraph (DrawingML, as Word writes photos) showing relationship `id`. */
function picture(id: string, n: number): string {
  return (
    `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="3600000"/><wp:docPr id="${n}" name="Ảnh ${n}"/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="anh.jpg"/><pic:cNvPicPr/></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="${id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr/></pic:pic>` +
    "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
  );
}

/** Pseudo-random bytes: photos do not compress. */
function photoBytes(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

/** A 20-row plan with a school-year title, then 10 photos of 1 MB each (evidence pages after the plan). */
async function planWithPictures(): Promise<Uint8Array> {
  const plan = makeLargePlanDocumentXml(20);
  const photos = Array.from({ length: 10 }, (_, i) => picture(`rIdImg${i + 1}`, i + 1));
  // A logo-sized share before the plan, the rest as evidence after it.
  const documentXml = plan
    .replace("<w:body>", `<w:body>${paragraph("NĂM HỌC 2024 - 2025")}${photos.slice(0, 2).join("")}`)
    .replace("<w:sectPr/>", `${paragraph("Minh chứng")}${photos.slice(2).join("")}<w:sectPr/>`);
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    Array.from({ length: 10 }, (_, i) => `<Relationship Id="rIdImg${i + 1}" Type="${IMAGE_REL}" Target="media/image${i + 1}.jpeg"/>`).join("") +
    "</Relationships>";
  const media = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`word/media/image${i + 1}.jpeg`, photoBytes(1024 * 1024, i + 1)]));
  return buildDocx("", { documentXml, extraParts: { "word/_rels/document.xml.rels": rels, "word/styles.xml": STYLES_XML, ...media } });
}

/** Adds the catalog's criteria the plan does not have yet. */
function addMissingCriteria(snapshot: DocumentSnapshot) {
  const catalog = getCatalog("2018", "tieu-hoc");
  const model = readDocumentModel(snapshot.tables, { paragraphs: snapshot.paragraphs });
  const present = new Set(model.tables.flatMap((t) => t.items.map((i) => ("criterion" in i ? i.criterion : ""))));
  const criteria = listCriteria(catalog).filter((c) => !present.has(c.code)).map((c) => c.code);
  return planCriterionRowsInDocument(model, snapshot.tables, snapshot.cursorTable, { catalog, criteria, targetLevel: 2 });
}

const REPORT = flatOpcPackage(paragraph("BÁO CÁO KẾT QUẢ"));

describe.each([
  ["the 3,000-row plan", async () => buildDocx("", { documentXml: makeLargePlanDocumentXml(3000) })],
  ["a 20-row plan among 10 MB of pictures", planWithPictures],
])("%s: each action fetches ≤ 1.2 × its tables' XML + 64 KB", (_name, build) => {
  let host: FakeHost;
  let tablesBytes: number;
  const budget = (): number => 1.2 * tablesBytes + 64 * KB;

  // One document per plan (opening 3,000 rows in the fake takes seconds); the actions run in order on it, the
  // writes last, and each is measured against the tables as they are when it runs.
  beforeAll(async () => {
    host = install(await FakeWordDocument.fromDocx(await build()));
  }, 120_000);
  beforeEach(() => {
    tablesBytes = tablesXmlBytes(host);
  });

  test("the whole body's OOXML would be over budget (so the budget measures something)", async () => {
    const spent = await measure(host, () =>
      (globalThis as unknown as { Word: typeof Word }).Word.run(async (context) => {
        const ooxml = context.document.body.getOoxml();
        await context.sync();
        return ooxml.value;
      }),
    );
    expect(spent.bytes).toBeGreaterThan(tablesBytes);
    if (_name.includes("pictures")) expect(spent.bytes).toBeGreaterThan(13_000 * KB);
  });

  test("check (readDocument): 1 sync, within budget, school year from the title block", async () => {
    let snapshot: DocumentSnapshot | undefined;
    const spent = await measure(host, async () => (snapshot = await readDocument()));
    expect(spent.syncs).toBe(1);
    expect(spent.bytes).toBeLessThanOrEqual(budget());
    expect(snapshot!.tables.length).toBe(1);
    if (_name.includes("pictures")) expect(readDocumentModel(snapshot!.tables, { paragraphs: snapshot!.paragraphs }).schoolYear).toBe("2024-2025");
  });

  test("go to a cell with the checked layout: 2 syncs, nothing but the layout fetched", async () => {
    const snapshot = await readDocument();
    const spent = await measure(host, () => selectTableCell(0, 5, 1, snapshot.tables));
    expect(spent.syncs).toBeLessThanOrEqual(2);
    expect(spent.bytes).toBeLessThanOrEqual(64 * KB);
  });

  test("add rows (editPlanTable): 2 syncs (1 to read, 1 to write), within budget", async () => {
    let rows = 0;
    const spent = await measure(host, async () => {
      const result = await editPlanTable(addMissingCriteria);
      if (!result.applied) throw new Error(result.error);
      rows = result.rowsInserted;
    });
    expect(rows).toBeGreaterThan(0);
    expect(spent.syncs).toBe(2);
    expect(spent.bytes).toBeLessThanOrEqual(budget());
  });

  test("report after the plan (insertAfterTable): 2 syncs, within budget", async () => {
    const spent = await measure(host, () => insertAfterTable(() => ({ table: 0, ooxml: REPORT })));
    expect(spent.syncs).toBe(2);
    expect(spent.bytes).toBeLessThanOrEqual(budget());
  });
});
