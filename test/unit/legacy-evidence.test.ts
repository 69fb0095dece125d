/**
 * Legacy encodings are flagged only on evidence, per table and per run, on real .docx files: other projects'
 * German, French and English documents are never "TCVN3", and a document really typed in TCVN3 is never complete.
 */
import { checkDocument } from "../../src/core/check";
import { readDocumentModel, type DocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";
import { buildDocx, cell, paragraph, row, table } from "../support/docx-builder";
import { HEADER_2018, encodeTcvn3, planTable, row2018, type CellInput } from "../support/plan-fixtures";

async function modelOf(bodyXml: string): Promise<DocumentModel> {
  const { documentXml } = await openDocx(await buildDocx(bodyXml));
  return readDocumentModel(readTables(documentXml), { documentXml });
}

const FOREIGN = [
  "Die Größe für Müller: 5 µm, 10 µm; § 12 Abs. 3 gilt. Ärger über Äpfel, schön hören.",
  "« Qualité » : élève, très, à côté, où, même, naïve, Noël, déjà.",
  "Microsoft® Word™ © 2024 — “quotes” ½ ¼ ° ± × ÷ ¶ · ¿ ¡ ª º",
  "Über 90 % der Schüler – Naïveté, façade, rôle, cañon, piñata, smörgåsbord, Ø 5 mm, Å",
];

describe("documents that are not Vietnamese", () => {
  it("a German, French and English table is never legacy", async () => {
    const model = await modelOf(table(FOREIGN.map((text) => row([cell(text), cell(text.toUpperCase())])), { gridCols: 2 }) + paragraph("§ 1 « Einleitung » µ ä ö ü"));
    expect(model.legacyEncoding).toBeNull();
    expect(model.tables[0]!.legacyCells).toEqual([]);
  });

  it("a Vietnamese plan whose cells quote foreign text is complete, not legacy", async () => {
    const rows: CellInput[][] = [
      [...HEADER_2018],
      row2018("1", "Tiêu chí 1.1", { 3: FOREIGN[0]!, 4: "Hiệu trưởng", 5: "Tháng 9/2026", 6: "Müller GmbH, 5 µm ®", 7: FOREIGN[1]! }),
      row2018("2", "Tiêu chí 1.2", { 3: FOREIGN[2]!, 4: "Hiệu trưởng", 5: "Tháng 10/2026", 6: "« 500 000 » §", 7: FOREIGN[3]! }),
    ];
    const model = await modelOf(planTable(rows));
    expect(model.legacyEncoding).toBeNull();
    // The text is read as written, nothing decoded.
    expect(model.tables[0]!.items.map((i) => i.fields.kinhPhi?.text)).toEqual(["Müller GmbH, 5 µm ®", "« 500 000 » §"]);
    const result = checkDocument(model, { schoolType: "tieu-hoc" });
    expect(result.notices.map((n) => n.code)).not.toContain("legacy-encoding");
    expect(result.complete).toBe(true);
  });
});

describe("real legacy text", () => {
  const tcvn3 = (text: string) => ({ text: encodeTcvn3(text), font: ".VnTime" });

  it("a plan typed in TCVN3 is decoded and never complete", async () => {
    const rows: CellInput[][] = [
      HEADER_2018.map((h) => tcvn3(h)),
      row2018("1", tcvn3("Tiêu chí 1.1"), { 3: tcvn3("Rà soát"), 4: tcvn3("Hiệu trưởng"), 5: tcvn3("Tháng 9/2026"), 6: tcvn3("Không"), 7: tcvn3("Không") }),
    ];
    const model = await modelOf(planTable(rows));
    expect(model.legacyEncoding).toBe("TCVN3");
    expect(model.tables[0]!.items.map((i) => i.fields.phuTrach?.text)).toEqual(["Hiệu trưởng"]);
    const result = checkDocument(model, { schoolType: "tieu-hoc" });
    expect(result.notices.map((n) => n.code)).toContain("legacy-encoding");
    expect(result.complete).toBe(false);
  });

  it("TCVN3 text in an ordinary font is found from several words that decode to Vietnamese", async () => {
    const rows: CellInput[][] = [
      [...HEADER_2018],
      row2018("1", "Tiêu chí 1.1", { 3: "Rà soát", 4: { text: encodeTcvn3("Hiệu trưởng nhà trường"), font: "Times New Roman" }, 5: "Tháng 9/2026", 6: "Không" }),
    ];
    const model = await modelOf(planTable(rows));
    expect(model.tables[0]!.legacyCells).toEqual([{ row: 1, cell: 4 }]);
    expect(model.tables[0]!.items[0]!.fields.phuTrach!.text).toBe("Hiệu trưởng nhà trường");
  });

  it("flags only the legacy cell and decodes only the legacy run", async () => {
    const mixed =
      `<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t xml:space="preserve">${encodeTcvn3("Hiệu trưởng")} </w:t></w:r>` +
      '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t>(Müller, « ü »)</w:t></w:r></w:p>';
    const rows: CellInput[][] = [
      [...HEADER_2018],
      row2018("1", "Tiêu chí 1.1", { 3: "Rà soát", 4: "@@", 5: "Tháng 9/2026", 6: "Không" }),
      row2018("2", "Tiêu chí 1.2", { 3: "Kiểm tra", 4: "Phó hiệu trưởng", 5: "Tháng 10/2026", 6: "Müller µ" }),
    ];
    const xml = planTable(rows).replace(/<w:p><w:r><w:t xml:space="preserve">@@<\/w:t><\/w:r><\/w:p>/, mixed);
    const model = await modelOf(xml);
    const plan = model.tables[0]!;
    expect(plan.legacyCells).toEqual([{ row: 1, cell: 4 }]);
    expect(plan.items[0]!.fields.phuTrach!.text).toBe("Hiệu trưởng (Müller, « ü »)");
    expect(plan.items[1]!.fields.kinhPhi!.text).toBe("Müller µ");
    const notice = checkDocument(model, { schoolType: "tieu-hoc" }).notices.find((n) => n.code === "legacy-encoding");
    expect(notice?.message).toMatch(/^1 ô \(bảng 0\)/);
  });
});
