/** The Kiểm tra action on a 3,000-row plan: two round trips to Word, whatever the size (DESIGN.md budget ≤ 2). */
import { FakeWordDocument } from "../../src/fake-office";
import { readDocumentModel } from "../../src/core/plan";
import { readTables } from "../../src/ooxml";
import { checkSnapshot } from "../../src/taskpane/check/check-document";
import { readDocument, selectTableCell } from "../../src/word/document-tables";
import { buildDocx } from "../support/docx-builder";
import { makeLargePlanDocumentXml } from "../support/large-plan";
import type { Element } from "@xmldom/xmldom";
import { install, W_NS } from "./fake-office.helpers";

test("checking a 3,000-row plan costs one sync, and going to its last gap at most two more", async () => {
  // Every 7th budget left empty, so the plan has gaps spread over its whole length.
  let budget = 0;
  const xml = makeLargePlanDocumentXml(3000).replace(/5\.000\.000 đồng/g, (text) => (budget++ % 7 === 0 ? "" : text));
  const host = install(await FakeWordDocument.fromDocx(await buildDocx("", { documentXml: xml })));

  const snapshot = await readDocument();
  const result = checkSnapshot(snapshot, { schoolType: "trung-hoc", alsoRequired: [], today: new Date("2026-11-26") });
  expect(host.syncCount()).toBe(1);

  // Independently of the checker: the model's items whose required cells hold no text.
  const items = readDocumentModel(readTables(xml)).tables[0]!.items;
  const expectedGaps = items.flatMap((item) =>
    ["kinhPhi", "thoiGian", "phuTrach"].filter((key) => (item.fields[key]?.text ?? "").trim() === ""),
  ).length;
  expect(items.length).toBeGreaterThan(2500);
  expect(expectedGaps).toBeGreaterThan(0);
  expect(result.findings.filter((f) => f.rule === "required-empty")).toHaveLength(expectedGaps);

  const last = result.findings.filter((f) => f.rule === "required-empty").at(-1)!;
  host.resetSyncCount();
  await selectTableCell(last.table, last.row, last.cell, snapshot.tables);
  expect(host.syncCount()).toBeLessThanOrEqual(2);
  const selection = host.document.selection;
  if (selection.kind !== "paragraph") throw new Error("no cursor after selectTableCell");
  const tc = host.document.paragraphs()[selection.index]!.parentNode as unknown as Element;
  const tr = tc.parentNode as unknown as Element;
  const rows = Array.from(host.document.body().getElementsByTagNameNS(W_NS, "tr"));
  const cells = Array.from(tr.childNodes).filter((n) => (n as Element).localName === "tc");
  expect({ row: rows.indexOf(tr as never), cell: cells.indexOf(tc as never) }).toEqual({ row: last.row, cell: last.cell });
}, 30_000); // 3,000 rows through the fake host: seconds on a loaded 2-core machine
