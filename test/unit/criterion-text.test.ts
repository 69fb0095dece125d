import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { findCriterion, getCatalog } from "../../src/core/catalog";
import { criterionParagraphs } from "../../src/core/catalog/criterion-text";
import { plainText } from "../../src/core/text/paragraph";
import { documentXml } from "../../src/ooxml/write/flat-opc";
import { paragraphXml } from "../../src/ooxml/write/paragraphs";

describe("criterion text as principals quote it", () => {
  test("2018: heading, then 'Mức 1:' with lettered indicators indented, then a one-paragraph level", () => {
    const criterion = findCriterion(getCatalog("2018", "tieu-hoc"), "1.1")!;
    const paragraphs = criterionParagraphs(criterion, { heading: true, levels: [1, 2] });
    expect(paragraphs.map(plainText)).toEqual([
      "Tiêu chí 1.1: Phương hướng, chiến lược xây dựng và phát triển nhà trường",
      "Mức 1:",
      "a) Phù hợp mục tiêu giáo dục được quy định tại Luật giáo dục, định hướng phát triển kinh tế - xã hội của địa phương theo từng giai đoạn và các nguồn lực của nhà trường;",
      "b) Được xác định bằng văn bản và cấp có thẩm quyền phê duyệt;",
      expect.stringMatching(/^c\) Được công bố công khai bằng hình thức niêm yết/),
      "Mức 2: Nhà trường có các giải pháp giám sát việc thực hiện phương hướng, chiến lược xây dựng và phát triển.",
    ]);
    expect(paragraphs[0]!.runs[0]!.bold).toBe(true);
    expect(paragraphs.map((p) => p.indent ?? 0)).toEqual([0, 0, 1, 1, 1, 0]);
  });

  test("2026: one paragraph per chosen level, heading optional, levels in the circular's order", () => {
    const criterion = findCriterion(getCatalog("2026", "trung-hoc"), "1.4")!;
    const paragraphs = criterionParagraphs(criterion, { heading: false, levels: [2, 1] });
    expect(paragraphs.map((p) => plainText(p).slice(0, 7))).toEqual(["Mức 1: ", "Mức 2: "]);
    expect(criterionParagraphs(criterion, { heading: true, levels: [] }).map(plainText)).toEqual([`Tiêu chí 1.4: ${criterion.name}`]);
  });
});

describe("paragraph OOXML", () => {
  const parse = (xml: string) => new DOMParser().parseFromString(documentXml(xml), "text/xml");
  const textOf = (doc: ReturnType<typeof parse>) =>
    Array.from(doc.getElementsByTagName("w:r"))
      .map((run) =>
        Array.from(run.childNodes)
          .map((n) => (n.nodeName === "w:t" ? n.textContent : n.nodeName === "w:tab" ? "\t" : n.nodeName === "w:br" ? "\n" : ""))
          .join(""),
      )
      .join("");

  test("any text survives escaping: markup characters, tabs, line breaks, emoji", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.boolean(), (text, bold) => {
        const doc = parse(paragraphXml({ runs: [{ text, bold }] }));
        expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
        // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these; the writer drops them
        const expected = text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
        expect(textOf(doc)).toBe(expected);
        expect(doc.getElementsByTagName("w:b")).toHaveLength(bold ? 1 : 0);
      }),
    );
  });

  test("a hostile string stays text", () => {
    const doc = parse(paragraphXml({ runs: [{ text: `</w:t></w:r><w:r><w:t>x & "y" 'z' 😀\tend` }] }));
    expect(doc.getElementsByTagName("w:r")).toHaveLength(1);
    expect(textOf(doc)).toBe(`</w:t></w:r><w:r><w:t>x & "y" 'z' 😀\tend`);
  });
});
