import { UnsupportedApiError, WordTableError } from "../word/errors";

/**
 * Turns an Office.js error into a sentence a principal can act on. Office.js errors carry a `code`
 * (OfficeExtension.Error); anything else is reported as an unexpected problem, with its text for support.
 */
const MESSAGES: Record<string, string> = {
  InvalidArgument: "Word không nhận nội dung cần chèn. Hãy đặt con trỏ vào một đoạn văn bình thường rồi thử lại.",
  InvalidSelection: "Không chèn được tại vị trí con trỏ hiện tại. Hãy đặt con trỏ vào một đoạn văn rồi thử lại.",
  AccessDenied: "Tài liệu đang ở chế độ chỉ đọc hoặc được bảo vệ, nên không thể sửa. Hãy bật chỉnh sửa rồi thử lại.",
  ItemNotFound: "Không tìm thấy vị trí cần chèn trong tài liệu (có thể tài liệu vừa thay đổi). Hãy thử lại.",
  GeneralException: "Word gặp lỗi khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, lưu tài liệu và mở lại Word.",
};

export function describeWordError(error: unknown): string {
  // src/word's own errors already carry a Vietnamese sentence (a table that moved, a missing requirement set).
  if (error instanceof WordTableError || error instanceof UnsupportedApiError) return error.message;
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const known = MESSAGES[code];
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  // A failed batch can have applied its first operations (Office.js), so the message does not promise otherwise.
  return `Có lỗi ngoài dự kiến khi làm việc với Word. Nếu văn bản đã thay đổi một phần, nhấn Ctrl+Z để hoàn tác. (${detail})`;
}
