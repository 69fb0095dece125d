/** Office.js semantics of the fake host: load/sync, errors, contexts, batches, Office.context, settings. */
import JSZip from "jszip";
import { FakeWordDocument } from "../../src/fake-office";
import { DocxError } from "../../src/ooxml/errors";
import { openDocx } from "../../src/ooxml/package";
import { bodyChildren, install, loadSample, paragraphIndexOf, plainText, sampleBytes, serialize } from "./fake-office.helpers";

const SAMPLE = "ke-hoach-2026-thcs.docx";

describe("load and sync", () => {
  test("reading a property before load + sync throws PropertyNotLoaded, after it reads the document", async () => {
    install(await loadSample(SAMPLE));
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      expect(() => first.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => first.text).toThrow(/The property 'text' is not available/);
      first.load("text, style");
      // Loading only queues: still not readable before the sync.
      expect(() => first.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(first.text).toBe("UBND XÃ TÂN PHÚ");
      expect(first.style).toBe("Normal");
      expect(() => first.alignment).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("collections load items with the named properties, in document order, table cells included", async () => {
    const document = await loadSample(SAMPLE);
    const raw = await new JSZip().loadAsync(sampleBytes(SAMPLE)).then((z) => z.file("word/document.xml")!.async("string"));
    const rawParagraphCount = raw.match(/<w:p[ >/]/g)?.length;
    install(document);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      paragraphs.load("items/text");
      const tables = context.document.body.tables.load({ select: "rowCount, values" });
      await context.sync();
      expect(paragraphs.items).toHaveLength(rawParagraphCount!);
      expect(paragraphs.items.slice(8, 11).map((p) => p.text)).toEqual([
        "",
        "KẾ HOẠCH",
        "Cải tiến chất lượng giáo dục năm học 2026–2027",
      ]);
      expect(() => paragraphs.items[0]!.style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(tables.items).toHaveLength(5);
      expect(tables.items[1]!.values[0]).toEqual([
        "TT",
        "Tiêu chuẩn",
        "Tiêu chí liên quan (nếu có)",
        "Đánh giá hiện trạng",
        "Điểm hạn chế",
        "Nguyên nhân của hạn chế",
      ]);
      expect(tables.items[1]!.rowCount).toBe(tables.items[1]!.values.length);
    });
  });

  test("paragraph formatting and nesting are read from the XML and styles", async () => {
    const document = await loadSample(SAMPLE);
    install(document);
    const title = paragraphIndexOf(document, "KẾ HOẠCH");
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text, items/alignment, items/tableNestingLevel, items/styleBuiltIn, items/font/bold, items/font/size, items/font/name");
      await context.sync();
      const heading = paragraphs.items[title]!;
      expect(heading.alignment).toBe("Centered");
      expect(heading.font.bold).toBe(true);
      expect(heading.font.size).toBe(14);
      expect(heading.font.name).toBe("Times New Roman"); // from w:docDefaults
      expect(heading.styleBuiltIn).toBe("Normal");
      expect(heading.tableNestingLevel).toBe(0);
      expect(paragraphs.items[0]!.tableNestingLevel).toBe(1);
      expect(paragraphs.items[0]!.font.bold).toBe(false);
    });
  });

  test("a ClientResult is readable only after the sync", async () => {
    install(await loadSample(SAMPLE));
    await Word.run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      expect(() => ooxml.value).toThrow(/has not been loaded yet/);
      await context.sync();
      expect(ooxml.value).toContain("<pkg:package");
    });
  });

  test("*OrNullObject proxies report isNullObject after a sync", async () => {
    const document = await loadSample(SAMPLE);
    install(document);
    document.setSelection({ kind: "paragraph", index: 0 }); // inside the national-header table
    await Word.run(async (context) => {
      const inTable = context.document.getSelection().parentTableOrNullObject;
      const heading = context.document.body.paragraphs.getFirst().getRange();
      await context.sync();
      expect(inTable.isNullObject).toBe(false);
      heading.load("text");
      inTable.load("rowCount");
      await context.sync();
      expect(inTable.rowCount).toBe(1);
    });
    document.setSelection({ kind: "paragraph", index: paragraphIndexOf(document, "KẾ HOẠCH") });
    await Word.run(async (context) => {
      const none = context.document.getSelection().parentTableOrNullObject;
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe("round trips", () => {
  test("every context.sync() is counted, and Word.run flushes pending operations with one last sync", async () => {
    const host = install(FakeWordDocument.blank());
    expect(host.syncCount()).toBe(0);
    await Word.run(async (context) => {
      context.document.body.load("text");
      await context.sync();
      await context.sync();
    });
    expect(host.syncCount()).toBe(2);
    host.resetSyncCount();
    await Word.run(async (context) => {
      context.document.body.insertParagraph("Cuối", "End");
    });
    expect(host.syncCount()).toBe(1);
    expect(plainText(host.document.paragraphs().at(-1)!)).toBe("Cuối");
    await Word.run(async () => undefined);
    expect(host.syncCount()).toBe(1);
  });
});

describe("contexts", () => {
  test("a proxy used after its Word.run finished throws InvalidObjectPath", async () => {
    install(await loadSample(SAMPLE));
    let saved: Word.Paragraph | undefined;
    await Word.run(async (context) => {
      saved = context.document.body.paragraphs.getFirst();
      saved.load("text");
      await context.sync();
    });
    // Values loaded in the finished run stay readable, as in Office.js.
    expect(saved!.text).toBe("UBND XÃ TÂN PHÚ");
    await expect(
      Word.run(async (context) => {
        saved!.insertParagraph("x", "After");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath", message: expect.stringContaining("isn't working") });
  });

  test("a proxy passed to another context throws InvalidObjectPath", async () => {
    install(await loadSample(SAMPLE));
    await Word.run(async (outer) => {
      const body = outer.document.body;
      await Word.run(async (inner) => {
        expect(() => inner.load(body, "text")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
        expect(() => inner.trackedObjects.add(body)).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
      });
    });
  });
});

describe("batches", () => {
  test("a failing operation rejects the sync with its code and later operations are not applied", async () => {
    const document = await loadSample(SAMPLE);
    install(document);
    const before = bodyChildren(document).length;
    await expect(
      Word.run(async (context) => {
        const body = context.document.body;
        body.insertParagraph("trước lỗi", "End");
        body.insertParagraph("vị trí sai", "Before" as unknown as "Start"); // Body only takes Start / End
        body.insertParagraph("sau lỗi", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const texts = document.paragraphs().map(plainText);
    expect(texts).toContain("trước lỗi"); // applied before the failure, as Word does not roll back
    expect(texts).not.toContain("vị trí sai");
    expect(texts).not.toContain("sau lỗi");
    expect(bodyChildren(document).length).toBe(before + 1);
  });

  test("getFirst() on an empty collection fails the sync with ItemNotFound", async () => {
    install(FakeWordDocument.blank());
    await expect(
      Word.run(async (context) => {
        const table = context.document.body.tables.getFirst();
        table.load("rowCount");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("onChange is called after a sync that changed the document, not after a read-only one", async () => {
    const document = await loadSample(SAMPLE);
    install(document);
    const listener = jest.fn();
    const unsubscribe = document.onChange(listener);
    await Word.run(async (context) => {
      context.document.body.load("text");
      await context.sync();
    });
    expect(listener).not.toHaveBeenCalled();
    await Word.run(async (context) => {
      context.document.body.paragraphs.getLast().insertParagraph("mới", "Before");
      await context.sync();
    });
    expect(listener).toHaveBeenCalledTimes(1);
    await Word.run(async (context) => {
      context.document.body.paragraphs.getLast().select();
    });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(document.selection).toEqual({ kind: "paragraph", index: document.paragraphs().length - 1 });
    unsubscribe();
    document.setSelection({ kind: "paragraph", index: 3 });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe("Office", () => {
  test("onReady gives the host and platform, with the callback form too", async () => {
    install(FakeWordDocument.blank());
    const callback = jest.fn();
    const info = await Office.onReady(callback);
    expect(info).toEqual({ host: Office.HostType.Word, platform: Office.PlatformType.OfficeOnline });
    expect(callback).toHaveBeenCalledWith(info);
    expect(Office.context.displayLanguage).toBe("vi-VN");
    expect(Office.context.officeTheme.isDarkTheme).toBe(false);
  });

  test("isSetSupported follows supportedWordApi", () => {
    install(FakeWordDocument.blank());
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    install(FakeWordDocument.blank(), { supportedWordApi: "1.4" });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.5")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.1")).toBe(false);
  });

  test("document settings: set / get, persisted to the document by saveAsync", async () => {
    const document = FakeWordDocument.blank();
    install(document);
    const settings = Office.context.document.settings;
    expect(settings.get("caiTien.form")).toBeNull();
    settings.set("caiTien.form", { form: "2026", columns: 10 });
    expect(settings.get("caiTien.form")).toEqual({ form: "2026", columns: 10 });
    expect(document.settings.has("caiTien.form")).toBe(false);
    const result = await new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));
    expect(result.status).toBe(Office.AsyncResultStatus.Succeeded);
    expect(document.settings.get("caiTien.form")).toEqual({ form: "2026", columns: 10 });
    settings.remove("caiTien.form");
    expect(settings.get("caiTien.form")).toBeNull();
  });

  test("Word settings (WordApi 1.4) share the store, and fail with ApiNotFound on a 1.3 host", async () => {
    const document = FakeWordDocument.blank();
    install(document, { supportedWordApi: "1.4" });
    await Word.run(async (context) => {
      context.document.settings.add("k", [1, "hai"]);
      const missing = context.document.settings.getItemOrNullObject("khác");
      const setting = context.document.settings.getItem("k").load("key, value");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(setting.value).toEqual([1, "hai"]);
    });
    expect(document.settings.get("k")).toEqual([1, "hai"]);
    install(document, { supportedWordApi: "1.3" });
    await expect(
      Word.run(async (context) => {
        context.document.settings.add("k2", 1);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("opening files", () => {
  test("fromDocx reads with the project's reader: a file it refuses is refused with the same DocxError", async () => {
    await expect(FakeWordDocument.fromDocx(new TextEncoder().encode("không phải docx"))).rejects.toMatchObject({ code: "not-zip", messageVi: expect.stringContaining("không phải tài liệu Word") });
    const zipWithoutDocument = await new JSZip().file("a.txt", "x").generateAsync({ type: "uint8array" });
    await expect(FakeWordDocument.fromDocx(zipWithoutDocument)).rejects.toMatchObject({ code: "no-document" });
    const brokenXml = await new JSZip().file("word/document.xml", "<w:document><w:body>").generateAsync({ type: "uint8array" });
    await expect(FakeWordDocument.fromDocx(brokenXml)).rejects.toMatchObject({ code: "bad-xml" });
    // Malformed where the lenient DOM parser would still build a document: the strict reader refuses it, as the CLI does.
    const unbound = await new JSZip().file("word/document.xml", "<w:document><w:body><x:p/></w:body></w:document>").generateAsync({ type: "uint8array" });
    await expect(FakeWordDocument.fromDocx(unbound)).rejects.toBeInstanceOf(DocxError);
  });

  test("fromDocx keeps every part of the package, pictures included, for the save", async () => {
    const document = await loadSample(SAMPLE);
    const saved = await openDocx(await document.toDocx());
    const original = await openDocx(sampleBytes(SAMPLE));
    expect([...saved.partNames].filter((n) => !n.endsWith("/")).sort()).toEqual(expect.arrayContaining([...original.partNames].filter((n) => !n.endsWith("/")).sort()));
    for (const name of original.partNames.filter((n) => !n.endsWith("/") && n !== original.documentPath)) {
      expect(saved.readPartBytes(name)).toEqual(original.readPartBytes(name));
    }
  });

  test("setSelection refuses an index with no paragraph", async () => {
    const document = await loadSample(SAMPLE);
    expect(() => document.setSelection({ kind: "paragraph", index: 10_000 })).toThrow(RangeError);
    document.setSelection({ kind: "none" });
    expect(document.selection).toEqual({ kind: "none" });
    expect(serialize(document.body()).length).toBeGreaterThan(1000);
  });
});
