/**
 * Writer → reader: tables drawn by the table writer read back as the plan they were drawn from (any criteria, any
 * text: XML specials, tabs, line breaks, emoji), and a new plan document reads with the right kinds and items.
 */
import fc from "fast-check";
import { PLAN_2018, PLAN_2026, writtenColumns } from "../../src/core/forms";
import { readDocumentModel, type CriterionItem, type TaskItem } from "../../src/core/plan";
import { formTable } from "../../src/core/tables/from-form";
import { newPlanDocument } from "../../src/core/tables/new-plan";
import { emptyCell, textCell, type Layout, type RowSpec } from "../../src/core/tables/spec";
import { documentPartXml } from "../../src/ooxml/write/docx";
import { tableXml } from "../../src/ooxml/write/table";
import { documentXml } from "../../src/ooxml/write/flat-opc";
import { readTables } from "../../src/ooxml/read-tables";

const LAYOUT: Layout = { orientation: "landscape", fontSizePt: 13 };
const blankToEmpty = (text: string): string => (/^[\s\u00a0]*$/u.test(text) ? "" : text);

const char = fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạệỹ <>&\"'\t\n0123456789.,;:/-😀".split(/(?:)/u));
const fieldText = fc.array(char, { maxLength: 24 }).map((chars) => chars.join(""));

const textCellWithBreaks = (text: string) => ({ paragraphs: text.split("\n").map((line) => ({ runs: line ? [{ text: line }] : [] })) });

describe("writer → reader round trip", () => {
  it("a 2018 plan of any criteria and any text reads back the same items and fields", () => {
    const keys = writtenColumns(PLAN_2018).map((c) => c.key);
    const criterion = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 10 }));
    const plan = fc.array(fc.tuple(criterion, fc.array(fieldText, { minLength: 7, maxLength: 7 })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(plan, (entries) => {
        entries.sort((a, b) => a[0][0] - b[0][0]);
        const rows: RowSpec[] = [{ kind: "level", cells: [textCell("MỨC 2", { gridSpan: 9 })] }];
        const expected: { criterion: string; standard: number; fields: Record<string, string> }[] = [];
        let standard = 0;
        for (const [[s, c], texts] of entries) {
          if (s !== standard) {
            standard = s;
            rows.push({ kind: "standard", cells: [textCell(String(s)), textCell(`Tiêu chuẩn ${s}: Tên`, { gridSpan: 8 })] });
          }
          const name = `Tiêu chí ${s}.${c}: ${texts[0]}`;
          const cells = [emptyCell(), textCellWithBreaks(name), ...texts.slice(1).map(textCellWithBreaks), emptyCell()];
          rows.push({ kind: "item", cells });
          const fields: Record<string, string> = { tt: "", tieuChi: name };
          keys.slice(2, 8).forEach((key, i) => (fields[key] = blankToEmpty(texts[i + 1]!)));
          fields.ghiChu = "";
          expected.push({ criterion: `${s}.${c}`, standard: s, fields });
        }
        const xml = documentXml(tableXml(formTable(PLAN_2018, rows), LAYOUT));
        const table = readDocumentModel(readTables(xml)).tables[0]!;
        expect(table.form).toBe("plan-2018");
        const got = table.items.map((item) => ({
          criterion: (item as CriterionItem).criterion,
          standard: (item as CriterionItem).standard,
          fields: Object.fromEntries(Object.entries(item.fields).map(([k, v]) => [k, v.text])),
        }));
        expect(got).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it("a 2026 plan of any text reads back its tasks by TT", () => {
    const keys = writtenColumns(PLAN_2026).map((c) => c.key);
    const tasks = fc.array(fc.array(fieldText, { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(tasks, (list) => {
        const rows: RowSpec[] = list.map((texts, i) => ({ kind: "task", cells: [textCell(String(i + 1)), ...texts.map(textCellWithBreaks)] }));
        const xml = documentXml(tableXml(formTable(PLAN_2026, rows), LAYOUT));
        const table = readDocumentModel(readTables(xml)).tables[0]!;
        expect(table).toMatchObject({ kind: "plan", form: "plan-2026", headerRows: [0, 1] });
        expect(table.items.map((i) => (i as TaskItem).item)).toEqual(list.map((_, i) => String(i + 1)));
        table.items.forEach((item, i) => {
          keys.slice(1).forEach((key, k) => expect(item.fields[key]!.text).toBe(blankToEmpty(list[i]![k]!)));
        });
      }),
      { numRuns: 60 },
    );
  });

  it("a new 2026 plan document reads as issues, plan and monitoring tables with the chosen criteria", () => {
    const spec = newPlanDocument({ framework: "2026", schoolType: "trung-hoc", targetLevel: 2, criteria: ["3.2", "1.4"], schoolYear: "2026-2027" }, LAYOUT);
    const xml = documentPartXml(spec);
    const model = readDocumentModel(readTables(xml), { documentXml: xml });
    const recognised = model.tables.filter((t) => t.kind !== "other");
    expect(recognised.map((t) => t.form)).toEqual(["issues-2026", "plan-2026", "monitoring-2026"]);
    expect(recognised[0]!.items.map((i) => (i.type === "issue" ? i.criterion : null))).toEqual(["1.4", "3.2"]);
    expect(recognised[1]!.items.map((i) => (i as TaskItem).item)).toEqual(["1", "2"]);
    expect(recognised[1]!.items.map((i) => (i as TaskItem).criteria)).toEqual([["1.4"], ["3.2"]]);
    expect(recognised[2]!.items).toHaveLength(2);
    expect(model.schoolYear).toBe("2026-2027");
  });

  it("a new 2018 plan document reads as one plan table with the chosen criteria under their standards", () => {
    const spec = newPlanDocument({ framework: "2018", schoolType: "tieu-hoc", targetLevel: 2, criteria: ["3.4", "1.10", "1.4"] }, LAYOUT);
    const model = readDocumentModel(readTables(documentPartXml(spec)));
    const plans = model.tables.filter((t) => t.kind === "plan");
    expect(plans).toHaveLength(1);
    expect(plans[0]!.items.map((i) => [(i as CriterionItem).criterion, (i as CriterionItem).standard, (i as CriterionItem).level])).toEqual([
      ["1.4", 1, "2"],
      ["1.10", 1, "2"],
      ["3.4", 3, "2"],
    ]);
    expect(plans[0]!.criterionStandardMismatch).toEqual([]);
  });
});
