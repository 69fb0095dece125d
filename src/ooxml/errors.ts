/**
 * Why a file could not be read as a Word document. Principals see `messageVi`; logs and the CLI's
 * `--json` output carry `code` and `messageEn`.
 */
export type DocxErrorCode =
  | "empty"
  | "not-zip"
  | "rtf"
  | "truncated"
  | "no-document"
  | "encrypted"
  | "legacy-doc"
  | "bad-xml";

const MESSAGES: Record<DocxErrorCode, { vi: string; en: string }> = {
  empty: {
    vi: "Tệp này trống (0 byte), không có nội dung để đọc.",
    en: "The file is empty (0 bytes).",
  },
  "not-zip": {
    vi: "Tệp này không phải tài liệu Word (.docx). Hãy mở tệp bằng Word và lưu lại dưới dạng “Tài liệu Word (*.docx)”.",
    en: "This file is not a Word document (.docx).",
  },
  rtf: {
    vi: "Tệp này là định dạng RTF, không phải .docx. Hãy mở tệp bằng Word và lưu lại dưới dạng “Tài liệu Word (*.docx)”.",
    en: "This file is an RTF document, not a .docx.",
  },
  truncated: {
    vi: "Tệp .docx này bị hỏng hoặc chưa tải về đầy đủ. Hãy tải lại hoặc sao chép lại tệp rồi thử lại.",
    en: "The .docx file is truncated or corrupt.",
  },
  "no-document": {
    vi: "Tệp này là tệp nén nhưng không chứa tài liệu Word (có thể là tệp Excel, PowerPoint hoặc OpenDocument). Hãy chọn tệp .docx.",
    en: "The package has no Word main document (word/document.xml); it may be an Excel, PowerPoint or OpenDocument file.",
  },
  encrypted: {
    vi: "Tài liệu Word này được đặt mật khẩu. Hãy mở bằng Word, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi lưu lại.",
    en: "The Word document is password-protected (encrypted).",
  },
  "legacy-doc": {
    vi: "Đây là tài liệu Word cũ (.doc). Hãy mở bằng Word và lưu lại dưới dạng “Tài liệu Word (*.docx)”.",
    en: "This is a legacy binary Word document (.doc), not a .docx.",
  },
  "bad-xml": {
    vi: "Nội dung bên trong tệp .docx bị hỏng (XML không hợp lệ). Hãy mở bằng Word và lưu lại.",
    en: "The document XML inside the .docx is malformed.",
  },
};

export class DocxError extends Error {
  readonly code: DocxErrorCode;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(code: DocxErrorCode, detail?: string) {
    const { vi, en } = MESSAGES[code];
    super(detail ? `${en} (${detail})` : en);
    this.name = "DocxError";
    this.code = code;
    this.messageVi = vi;
    this.messageEn = en;
  }
}
