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
  | "bad-xml"
  | "bad-encoding"
  | "unknown-encoding"
  | "crc-mismatch"
  | "duplicate-part"
  | "zip-encrypted"
  | "zip-bomb"
  | "dtd";

/** What a zip that holds no Word document is, so the message can name it. */
export type PackageKind = "excel" | "powerpoint" | "theme" | "opendocument" | "unknown";

const NOT_WORD: Record<Exclude<PackageKind, "unknown">, { vi: string; en: string }> = {
  excel: {
    vi: "Tệp này là bảng tính Excel (.xlsx) mang đuôi .docx, không phải tài liệu Word. Hãy chọn đúng tệp kế hoạch .docx.",
    en: "This is an Excel workbook (.xlsx) with a .docx name, not a Word document.",
  },
  powerpoint: {
    vi: "Tệp này là bản trình chiếu PowerPoint (.pptx) mang đuôi .docx, không phải tài liệu Word. Hãy chọn đúng tệp kế hoạch .docx.",
    en: "This is a PowerPoint presentation (.pptx) with a .docx name, not a Word document.",
  },
  theme: {
    vi: "Tệp này là tệp giao diện (theme) của Office, không phải tài liệu Word. Hãy chọn đúng tệp kế hoạch .docx.",
    en: "This is an Office theme file, not a Word document.",
  },
  opendocument: {
    vi: "Tệp này là tài liệu OpenDocument (LibreOffice), không phải .docx. Hãy mở bằng LibreOffice hoặc Word và lưu lại dưới dạng “Tài liệu Word (*.docx)”.",
    en: "This is an OpenDocument (LibreOffice) file, not a .docx.",
  },
};

/** Where in the package a problem is, for the codes whose message says it. */
export interface ErrorPlace {
  part: string;
  line?: number;
  offset?: number;
  encoding?: string;
}

type Message = string | ((place: ErrorPlace) => string);

const MESSAGES: Record<DocxErrorCode, { vi: Message; en: Message }> = {
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
  "bad-encoding": {
    vi: (p) =>
      `Tệp có ký tự không hợp lệ ở phần ${p.part}${p.line !== undefined ? `, dòng ${p.line}` : ""}${p.offset !== undefined ? ` (byte ${p.offset})` : ""}: ` +
      `các byte ở đó không phải chữ viết theo bảng mã ${p.encoding ?? "UTF-8"}. Hãy mở tệp bằng Word và lưu lại.`,
    en: (p) =>
      `The file has invalid characters in ${p.part}${p.line !== undefined ? `, line ${p.line}` : ""}${p.offset !== undefined ? ` (byte ${p.offset})` : ""}: ` +
      `the bytes there are not valid ${p.encoding ?? "UTF-8"}.`,
  },
  "unknown-encoding": {
    vi: (p) => `Phần ${p.part} của tệp dùng bảng mã “${p.encoding ?? ""}” mà chương trình không đọc được. Hãy mở tệp bằng Word và lưu lại.`,
    en: (p) => `${p.part} declares the encoding "${p.encoding ?? ""}", which cannot be decoded.`,
  },
  "crc-mismatch": {
    vi: (p) => `Tệp .docx bị hỏng: phần ${p.part} không khớp mã kiểm tra (CRC). Hãy tải lại hoặc sao chép lại tệp rồi thử lại.`,
    en: (p) => `The .docx is damaged: ${p.part} does not match its CRC-32 checksum.`,
  },
  "duplicate-part": {
    vi: (p) => `Tệp .docx không hợp lệ: phần ${p.part} xuất hiện hai lần, không biết nên đọc bản nào. Hãy mở tệp bằng Word và lưu lại.`,
    en: (p) => `The .docx is invalid: the part ${p.part} appears more than once.`,
  },
  "zip-encrypted": {
    vi: "Tệp nén này được đặt mật khẩu (mã hóa zip), không đọc được. Hãy gửi lại tệp .docx không đặt mật khẩu.",
    en: "The zip file is password-protected (encrypted entries).",
  },
  "zip-bomb": {
    vi: (p) => `Tệp quá lớn khi giải nén (phần ${p.part} vượt quá giới hạn ${Math.round(MAX_XML_BYTES / 1024 / 1024)} MB), có thể là tệp độc hại; chương trình đã dừng đọc.`,
    en: (p) => `The file is too large when decompressed (${p.part} exceeds the ${Math.round(MAX_XML_BYTES / 1024 / 1024)} MB limit); reading stopped.`,
  },
  dtd: {
    vi: "Nội dung tài liệu có khai báo DTD (<!DOCTYPE …>), điều mà Word không bao giờ ghi vào tệp .docx: tệp đã bị công cụ khác sửa. Chương trình không đọc tệp này; hãy mở bằng Word và lưu lại.",
    en: "The document XML declares a DTD (<!DOCTYPE …>), which OOXML parts must not carry; it was not read and no entity was expanded.",
  },
};

/** The most XML the reader inflates from one file: a 3,000-row plan is a few megabytes. */
export const MAX_XML_BYTES = 256 * 1024 * 1024;

export class DocxError extends Error {
  readonly code: DocxErrorCode;
  readonly messageVi: string;
  readonly messageEn: string;

  readonly place: ErrorPlace | null;
  /** For `no-document`: what the package is instead. */
  readonly packageKind?: PackageKind;

  constructor(code: DocxErrorCode, detail?: string, place?: ErrorPlace, packageKind?: PackageKind) {
    const kind = code === "no-document" ? packageKind : undefined;
    const { vi, en } = kind && kind !== "unknown" ? NOT_WORD[kind] : MESSAGES[code];
    const at = place ?? { part: detail ?? "" };
    const messageEn = typeof en === "function" ? en(at) : en;
    super(detail ? `${messageEn} (${detail})` : messageEn);
    this.name = "DocxError";
    this.code = code;
    this.place = place ?? null;
    this.messageVi = typeof vi === "function" ? vi(at) : vi;
    this.messageEn = messageEn;
    if (kind) this.packageKind = kind;
  }
}
