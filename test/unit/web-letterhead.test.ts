/** The office's letterhead remembered in the browser, and a browser that refuses storage (private window, cookies blocked). */
import { EMPTY_LETTERHEAD, loadLetterhead, saveLetterhead } from "../../src/web/export/letterhead";

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const letterhead = { superior: "UBND HUYỆN TÂN PHÚ", office: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", place: "Tân Phú" };

test("a letterhead typed once is read back; a tampered one gives the empty form", () => {
  const storage = memoryStorage();
  expect(loadLetterhead(storage)).toEqual(EMPTY_LETTERHEAD);
  saveLetterhead(letterhead, storage);
  expect(loadLetterhead(storage)).toEqual(letterhead);
  storage.setItem("caitien.web.letterhead", JSON.stringify({ superior: 42 }));
  expect(loadLetterhead(storage)).toEqual(EMPTY_LETTERHEAD);
});

test("a browser that throws on merely reading localStorage (Firefox, Safari with cookies blocked) still gets a form, and saving does not throw", () => {
  const had = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
  Object.defineProperty(globalThis, "localStorage", {
    configurable: true,
    get() {
      throw new DOMException("The operation is insecure.", "SecurityError");
    },
  });
  try {
    expect(loadLetterhead()).toEqual(EMPTY_LETTERHEAD);
    expect(() => saveLetterhead(letterhead)).not.toThrow();
  } finally {
    if (had) Object.defineProperty(globalThis, "localStorage", had);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  }
});
