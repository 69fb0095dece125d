import { describeWordError } from "../../src/taskpane/word-errors";
import { UnsupportedApiError, WordTableError } from "../../src/word/errors";

describe("what the pane says when Word fails", () => {
  test("Office.js error codes become sentences a principal can act on", () => {
    expect(describeWordError(Object.assign(new Error("x"), { code: "AccessDenied" }))).toMatch(/chỉ đọc hoặc được bảo vệ/);
    expect(describeWordError(Object.assign(new Error("x"), { code: "InvalidArgument" }))).toMatch(/không nhận nội dung/);
  });

  test("the add-in's own table and requirement errors are shown as they are", () => {
    expect(describeWordError(new WordTableError("document-changed", "Các bảng trong văn bản đã thay đổi."))).toBe("Các bảng trong văn bản đã thay đổi.");
    expect(describeWordError(new UnsupportedApiError("WordApi 1.4", "Cần Word hỗ trợ WordApi 1.4."))).toBe("Cần Word hỗ trợ WordApi 1.4.");
  });

  test("anything else says how to undo a partial change, with the detail for support", () => {
    expect(describeWordError(new Error("boom"))).toBe(
      "Có lỗi ngoài dự kiến khi làm việc với Word. Nếu văn bản đã thay đổi một phần, nhấn Ctrl+Z để hoàn tác. (boom)",
    );
  });
});
