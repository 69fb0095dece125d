/** Reading and writing the commands' .docx files: every failure becomes a code and a message, never a throw. */
import { readFileSync } from "node:fs";
import type { DocumentModel } from "../core/plan";
import { DocxError, type TableGrid } from "../ooxml";
import { readDocxDocument } from "../ooxml/read-document";
import type { Lang } from "./lang";
import { messages } from "./messages";
import { writeOutputFile as writeAtomically } from "./output-file";

export type { Lang } from "./lang";

export interface FileError {
  code: string;
  message: string;
}

/** Errors of the file system, before the document itself is looked at. */
const FILE_ERRORS: Record<string, { vi: string; en: string }> = {
  "not-found": { vi: "Không tìm thấy tệp này. Hãy kiểm tra lại đường dẫn và tên tệp.", en: "File not found." },
  "not-a-file": { vi: "Đây là một thư mục, không phải tệp .docx.", en: "This is a directory, not a file." },
  "unreadable-file": {
    vi: "Không mở được tệp (không có quyền đọc hoặc tệp đang bị khóa).",
    en: "The file could not be opened (permission denied or locked).",
  },
  internal: {
    vi: "Không đọc được tài liệu này do lỗi của chương trình. Hãy gửi tệp cho người hỗ trợ.",
    en: "The document could not be read because of an internal error.",
  },
};

export function fileError(code: string, lang: Lang): FileError {
  const messages = FILE_ERRORS[code] ?? FILE_ERRORS.internal!;
  return { code, message: messages[lang] };
}

export type ReadResult =
  | {
      file: string;
      error: null;
      model: DocumentModel;
      documentXml: string;
      /** The tables the model was read from, for readers that need their offsets into `documentXml`. */
      tables: readonly TableGrid[];
    }
  | { file: string; error: FileError };

/** Reads one .docx into its document model. */
export async function readDocxFile(file: string, lang: Lang, options: { schoolType?: string } = {}): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, error: fileError(code === "ENOENT" ? "not-found" : code === "EISDIR" ? "not-a-file" : "unreadable-file", lang) };
  }
  try {
    return { file, error: null, ...(await readDocxDocument(bytes, options)) };
  } catch (error) {
    if (error instanceof DocxError) return { file, error: { code: error.code, message: lang === "en" ? error.messageEn : error.messageVi } };
    return { file, error: fileError("internal", lang) };
  }
}

/**
 * Writes a command's output file atomically (see output-file.ts); an existing file only with `force`, and never one
 * of `inputs`, by whatever name. Returns why it failed (in `lang`), or null.
 */
export function writeOutputFile(file: string, bytes: Uint8Array, force: boolean, lang: Lang, inputs: readonly string[] = []): string | null {
  const outcome = writeAtomically(file, bytes, { force, inputs });
  if (outcome.ok) return null;
  const t = messages(lang);
  switch (outcome.reason) {
    case "same-as-input":
      return t.sameAsInput(file, outcome.input);
    case "exists":
      return t.exists(file);
    case "failed":
      return `${t.cannotWrite(file, t.writeReasons[outcome.code] ?? t.otherWriteReason(outcome.code || "?"))} ${t.leftUnchanged}`;
  }
}
