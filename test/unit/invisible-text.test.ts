/**
 * Characters a reader cannot see do not fill a field, and `w:sym` never puts control characters into the text:
 * checked on a .docx whose plan cells hold them as Word writes them.
 */
import { checkDocument } from "../../src/core/check";
import { readDocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";
import { buildDocx } from "../support/docx-builder";
import { HEADER_2018, planTable, row2018 } from "../support/plan-fixtures";

/** A 2018 plan whose "Dự kiến kinh phí" cells hold the given raw run XML, one criterion per cell. */
async function planWithBudgets(budgets: readonly string[]) {
  const rows = [[...HEADER_2018], ...budgets.map((_, i) => row2018(String(i + 1), `Tiêu chí 1.${i + 1}`, { 3: "Rà soát", 4: "Hiệu trưởng", 5: "Tháng 9/2026", 6: `@@${i}@@` }))];
  let xml = planTable(rows);
  budgets.forEach((runs, i) => {
    xml = xml.replace(`<w:r><w:t xml:space="preserve">@@${i}@@</w:t></w:r>`, runs);
  });
  const { documentXml } = await openDocx(await buildDocx(xml));
  const tables = readTables(documentXml);
  return { tables, model: readDocumentModel(tables, { documentXml }) };
}

const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe("invisible characters", () => {
  const invisible: [string, string][] = [
    ["soft hyphens (w:softHyphen)", "<w:r><w:softHyphen/><w:softHyphen/></w:r>"],
    ["a soft hyphen character", t("\u00ad")],
    ["zero-width spaces", t("\u200b\u200b")],
    ["joiners", t("\u200d\u200c\u2060")],
    ["a byte-order mark", t("\ufeff")],
    ["bidi marks", t("\u200e\u200f")],
    ["a mix with spaces", t(" \u00ad \u200b ")],
  ];

  it.each(invisible)("a cell holding only %s is empty", async (_, runs) => {
    const { model } = await planWithBudgets([runs]);
    const result = checkDocument(model, { schoolType: "tieu-hoc" });
    expect(result.findings.filter((f) => f.rule === "required-empty").map((f) => f.field)).toEqual(["kinhPhi"]);
  });

  it("a word with a soft hyphen inside is filled", async () => {
    const { model } = await planWithBudgets([`<w:r><w:t>Ngân</w:t><w:softHyphen/><w:t xml:space="preserve"> sách</w:t></w:r>`]);
    expect(checkDocument(model, { schoolType: "tieu-hoc" }).findings.filter((f) => f.rule === "required-empty")).toEqual([]);
  });
});

describe("w:sym", () => {
  const sym = (char: string, font = "Times New Roman") => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;

  it("never yields control characters, surrogates or noncharacters", async () => {
    const { tables } = await planWithBudgets([sym("0001") + sym("001F") + sym("007F") + sym("0085") + sym("D800") + sym("FFFF") + sym("zz") + t("x")]);
    const text = tables[0]!.rows[1]!.cells[6]!.text;
    expect(text).toBe("x");
    expect(text).not.toMatch(/\p{Cc}|\p{Cs}/u);
  });

  it("drops symbol-font glyphs, which have no Unicode meaning, and keeps real characters", async () => {
    const { tables } = await planWithBudgets([sym("F0FC", "Wingdings") + sym("00FC", "Wingdings") + sym("F061", "Symbol") + sym("2713") + sym("03B1")]);
    expect(tables[0]!.rows[1]!.cells[6]!.text).toBe("✓α");
  });
});
