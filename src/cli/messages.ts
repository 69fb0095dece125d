/** Messages more than one command prints, in both languages. */
import type { Lang } from "./lang";

export const MESSAGES = {
  vi: {
    wrote: (file: string) => `Đã ghi ${file}`,
    exists: (file: string) => `${file} đã có; thêm --force để ghi đè.`,
    cannotWrite: (file: string, reason: string) => `không ghi được ${file}: ${reason}.`,
    leftUnchanged: "Không có tệp nào bị ghi dở; tệp cũ (nếu có) vẫn nguyên như trước.",
    sameAsInput: (file: string, input: string) =>
      `${file} chính là tệp ${input} (cùng một tệp, qua tên khác hoặc liên kết); không bao giờ ghi đè lên tệp đang đọc, kể cả khi có --force. Hãy chọn tệp -o khác.`,
    writeReasons: {
      ENOENT: "thư mục chứa tệp không tồn tại",
      EACCES: "không có quyền ghi vào đó",
      EPERM: "không có quyền ghi vào đó",
      EISDIR: "đây là một thư mục",
      ENOSPC: "ổ đĩa đã đầy",
      EROFS: "ổ đĩa chỉ cho đọc",
    } as Record<string, string>,
    otherWriteReason: (code: string) => `lỗi hệ thống ${code}`,
    unknownFramework: (value: string, known: readonly string[]) => `không có bộ tiêu chuẩn "${value}"; chọn một trong ${known.join(", ")}.`,
    unknownSchool: (value: string, known: readonly string[]) => `không có loại trường "${value}"; chọn một trong ${known.join(", ")}.`,
    noFile: "chưa cho tệp nào.",
  },
  en: {
    wrote: (file: string) => `Wrote ${file}`,
    exists: (file: string) => `${file} already exists; add --force to overwrite it.`,
    cannotWrite: (file: string, reason: string) => `cannot write ${file}: ${reason}.`,
    leftUnchanged: "Nothing was half-written; any earlier file is as it was.",
    sameAsInput: (file: string, input: string) =>
      `${file} is ${input} itself (the same file, by another name or link); the file being read is never written over, even with --force. Choose another -o file.`,
    writeReasons: {
      ENOENT: "its folder does not exist",
      EACCES: "permission denied",
      EPERM: "permission denied",
      EISDIR: "it is a directory",
      ENOSPC: "the disk is full",
      EROFS: "the disk is read-only",
    } as Record<string, string>,
    otherWriteReason: (code: string) => `system error ${code}`,
    unknownFramework: (value: string, known: readonly string[]) => `unknown framework "${value}"; use one of ${known.join(", ")}.`,
    unknownSchool: (value: string, known: readonly string[]) => `unknown school type "${value}"; use one of ${known.join(", ")}.`,
    noFile: "no file given.",
  },
} as const;

export function messages(lang: Lang) {
  return MESSAGES[lang];
}
