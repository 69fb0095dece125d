/**
 * The task pane reads the school's name, type and year from what Word sends (the title block's text and the
 * tables' OOXML), the CLI from the whole word/document.xml: on every sample both must read the same.
 */
import { readDocumentModel } from "../../src/core/plan";
import { openDocx, readTables } from "../../src/ooxml";
import { snapshotModel } from "../../src/taskpane/snapshot-model";
import { readDocument } from "../../src/word/document-tables";
import { install, loadSample, sampleBytes } from "./fake-office.helpers";

test.each(["ke-hoach-mam-non.docx", "ke-hoach-tieu-hoc.docx", "ke-hoach-2026-thcs.docx", "bao-cao-tieu-hoc.docx"])(
  "%s: school name, type and year from Word's title block and tables equal the reading of the whole file",
  async (name) => {
    const { documentXml } = await openDocx(sampleBytes(name));
    const whole = readDocumentModel(readTables(documentXml), { documentXml }).schoolInfo!;
    install(await loadSample(name));
    const fromWord = snapshotModel(await readDocument()).schoolInfo!;
    expect(fromWord.schoolYear.value).toEqual(whole.schoolYear.value);
    expect(fromWord.schoolType.value).toEqual(whole.schoolType.value);
    expect(fromWord.schoolName.value).toEqual(whole.schoolName.value);
    expect(whole.schoolYear.value ?? whole.schoolType.value ?? whole.schoolName.value).not.toBeNull();
  },
);
