/** Detecting (and decoding) Vietnamese text typed in TCVN3 or VNI instead of Unicode. */
import {
  decodeTcvn3,
  detectLegacyEncoding,
  isUppercaseTcvn3Font,
  legacyEncodingOfFont,
} from "../../src/ooxml/legacy-encoding";
import { readTables } from "../../src/ooxml/read-tables";
import { documentXml } from "../support/docx-builder";

describe("legacyEncodingOfFont", () => {
  it.each([
    [".VnTime", "TCVN3"],
    [".VnTimeH", "TCVN3"],
    [".VnArial Narrow", "TCVN3"],
    ["VNI-Times", "VNI"],
    ["VNI-Helve-Condense", "VNI"],
    ["Times New Roman", null],
    ["Arial", null],
    ["Vni", null],
  ])("%s → %s", (font, expected) => {
    expect(legacyEncodingOfFont(font)).toBe(expected);
  });
});

describe("detectLegacyEncoding", () => {
  it("trusts a legacy font when the text has no Unicode-only letters", () => {
    expect(detectLegacyEncoding([".VnTime"], "Tiªu chÝ 1.4")).toBe("TCVN3");
    expect(detectLegacyEncoding(["Times New Roman", "VNI-Times"], "Tieâu chí 1.4")).toBe("VNI");
    expect(detectLegacyEncoding([".VnTime"], "")).toBe("TCVN3");
  });

  it("never calls Unicode Vietnamese legacy, whatever the font says", () => {
    expect(detectLegacyEncoding([".VnTime"], "Trường Tiểu học")).toBeNull();
    expect(detectLegacyEncoding(["VNI-Times"], "Dự kiến kinh phí")).toBeNull();
    expect(detectLegacyEncoding([], "Tiêu chí 1.4: Tự đánh giá, cải tiến chất lượng")).toBeNull();
    expect(detectLegacyEncoding([], "Ý kiến của Ông Ánh")).toBeNull();
  });

  it("recognises TCVN3 text in an ordinary font from its Latin-1 marks between letters", () => {
    expect(detectLegacyEncoding(["Times New Roman"], "Tiªu chÝ")).toBe("TCVN3");
    expect(detectLegacyEncoding([], "KÕ ho¹ch c¶i tiÕn chÊt l\u00adîng gi¸o dôc")).toBe("TCVN3");
  });

  it("recognises VNI text from its tone marks inside words", () => {
    expect(detectLegacyEncoding([], "Keá hoaïch caûi tieán chaát löôïng")).toBe("VNI");
    expect(detectLegacyEncoding([], "tröôøng hoïc")).toBe("VNI");
    // One word is not evidence enough: "several" words must decode to Vietnamese syllables.
    expect(detectLegacyEncoding([], "tröôøng")).toBeNull();
  });

  it("says nothing about plain ASCII or ordinary Latin-1 text", () => {
    expect(detectLegacyEncoding([], "TT")).toBeNull();
    expect(detectLegacyEncoding(["Arial"], "Kinh phi 5.000.000 dong")).toBeNull();
    expect(detectLegacyEncoding([], "§ 1, 50 °C")).toBeNull();
  });

  it("works on what the table reader returns for a .VnTime cell", () => {
    const xml = documentXml(
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>' +
        "<w:t>Dù kiÕn kinh phÝ</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    );
    const cell = readTables(xml)[0]?.rows[0]?.cells[0];
    expect(cell && detectLegacyEncoding(cell.fonts, cell.text)).toBe("TCVN3");
    expect(cell && decodeTcvn3(cell.text)).toBe("Dự kiến kinh phí");
  });
});

describe("decodeTcvn3", () => {
  it.each([
    ["Tiªu chÝ", "Tiêu chí"],
    ["Tr\u00adêng TiÓu häc", "Trường Tiểu học"],
    ["KÕ ho¹ch c¶i tiÕn chÊt l\u00adîng gi¸o dôc", "Kế hoạch cải tiến chất lượng giáo dục"],
    ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
    ["Hµ Néi, ngµy 5 th¸ng 9 n¨m 2023", "Hà Nội, ngày 5 tháng 9 năm 2023"],
    ["ViÖt Nam", "Việt Nam"],
  ])("%s → %s", (tcvn3, unicode) => {
    expect(decodeTcvn3(tcvn3)).toBe(unicode);
  });

  it("uppercases text in the capitals-only .Vn…H fonts", () => {
    expect(isUppercaseTcvn3Font(".VnTimeH")).toBe(true);
    expect(isUppercaseTcvn3Font(".VnTime")).toBe(false);
    expect(decodeTcvn3("kÕ ho¹ch", { uppercaseFont: true })).toBe("KẾ HOẠCH");
  });
});
