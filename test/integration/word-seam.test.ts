import { findCriterion, getCatalog } from "../../src/core/catalog";
import { criterionParagraphs } from "../../src/core/catalog/criterion-text";
import { FakeWordDocument } from "../../src/fake-office";
import { openDocx } from "../../src/ooxml";
import { connectToOffice } from "../../src/word/office-host";
import { insertParagraphsAfterSelection } from "../../src/word/selection";
import { loadSetting, saveSetting } from "../../src/word/settings";
import { bodyChildren, install, loadSample, plainText, serialize } from "./fake-office.helpers";

describe("src/word against the fake Word host", () => {
  test("connect reports Word, the platform and WordApi 1.4 support", async () => {
    install(FakeWordDocument.blank(), { supportedWordApi: "1.4" });
    await expect(connectToOffice()).resolves.toEqual({ kind: "word", platform: "OfficeOnline", wordApi14: true, theme: "light" });
    install(FakeWordDocument.blank(), { supportedWordApi: "1.3" });
    await expect(connectToOffice()).resolves.toMatchObject({ kind: "word", wordApi14: false });
  });

  test("connecting leaves no timer behind once Office answers (a pending one kept Jest from exiting)", async () => {
    install(FakeWordDocument.blank(), { supportedWordApi: "1.4" });
    jest.useFakeTimers();
    try {
      const connecting = connectToOffice();
      await jest.advanceTimersByTimeAsync(0); // the fake's onReady answers on the next tick, as Office.js does
      await expect(connecting).resolves.toMatchObject({ kind: "word" });
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });


  test("inserts a criterion's heading and level texts after the cursor in one sync, leaving the rest byte-identical", async () => {
    const document = await loadSample("ke-hoach-2026-thcs.docx");
    const paragraphs = document.paragraphs();
    const index = paragraphs.findIndex((p) => plainText(p).startsWith("3. Địa chỉ"));
    document.setSelection({ kind: "paragraph", index });
    const before = bodyChildren(document).map(serialize);
    const host = install(document);

    const criterion = findCriterion(getCatalog("2026", "trung-hoc"), "1.4")!;
    await insertParagraphsAfterSelection(criterionParagraphs(criterion, { heading: true, levels: [1, 2] }));
    expect(host.syncCount()).toBe(1);

    const after = bodyChildren(document).map(serialize);
    const at = before.indexOf(serialize(paragraphs[index]!));
    expect(after).toHaveLength(before.length + 3);
    expect(after.slice(0, at + 1)).toEqual(before.slice(0, at + 1));
    expect(after.slice(at + 4)).toEqual(before.slice(at + 1));

    // Read the saved .docx back with the project's own reader path: the paragraphs are there, heading bold.
    const saved = await openDocx(await document.toDocx());
    const xml = saved.documentXml;
    const heading = `Tiêu chí 1.4: ${criterion.name}`;
    expect(xml).toContain(heading);
    const headingParagraph = xml.slice(xml.lastIndexOf("<w:p>", xml.indexOf(heading)), xml.indexOf(heading));
    expect(headingParagraph).toContain("<w:b/>");
    expect(xml.indexOf("Mức 1:")).toBeGreaterThan(xml.indexOf(heading));
    expect(xml.indexOf("Mức 2:")).toBeGreaterThan(xml.indexOf("Mức 1:"));
  });

  test("settings are kept in the document and survive a reload of the host", async () => {
    const document = FakeWordDocument.blank();
    install(document);
    expect(loadSetting("catalogChoice")).toBeUndefined();
    await saveSetting("catalogChoice", { framework: "2018", schoolType: "mam-non" });
    install(document);
    expect(loadSetting("catalogChoice")).toEqual({ framework: "2018", schoolType: "mam-non" });
  });
});
