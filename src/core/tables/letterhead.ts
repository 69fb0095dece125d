/**
 * The head and foot of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP layout): the issuing authority
 * and school with the document number on the left, the national motto with the place and date on the right; the
 * recipients and the principal's signature at the end. Plans (`caitien new-plan`) and reports (`caitien report`)
 * share them; what the caller does not know is left as dotted blanks for the principal to fill in.
 */
import type { Block, CellSpec } from "./spec";

export interface LetterheadFacts {
  /** The authority above the school ("UBND XÃ TÂN PHÚ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO …"). */
  authority?: string;
  /** "TRƯỜNG THCS TÂN PHÚ". */
  school?: string;
  /** The document number's kind: "KH" for a plan, "BC" for a report. */
  numberKind: "KH" | "BC";
  /** The place of the date line ("Tân Phú"). */
  place?: string;
}

/** Two blocks of text side by side, as administrative documents lay out their head and foot: a borderless table. */
export function sideBySide(widths: readonly [number, number], left: CellSpec, right: CellSpec): Block {
  return {
    kind: "table",
    table: {
      formId: null,
      borders: false,
      columns: [
        { key: "left", header: "", width: widths[0] },
        { key: "right", header: "", width: widths[1] },
      ],
      headerRows: [],
      rows: [{ kind: "plain", cells: [left, right] }],
    },
  };
}

export function letterhead(facts: LetterheadFacts): Block {
  return sideBySide(
    [2, 3],
    {
      align: "center",
      paragraphs: [
        { runs: [{ text: facts.authority ?? "…………………………" }] },
        { runs: [{ text: facts.school ?? "TRƯỜNG …………………", bold: true }] },
        { runs: [{ text: `Số: …/${facts.numberKind}-…` }] },
      ],
    },
    {
      align: "center",
      paragraphs: [
        { runs: [{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true }] },
        { runs: [{ text: "Độc lập - Tự do - Hạnh phúc", bold: true }] },
        { runs: [{ text: `${facts.place ?? "…"}, ngày … tháng … năm …`, italic: true }] },
      ],
    },
  );
}

export const SIGNATURE_TITLE = "HIỆU TRƯỞNG";
export const SIGNATURE_NOTE = "(Ký, ghi rõ họ tên, đóng dấu)";

export function signatureBlock(): Block {
  return sideBySide(
    [1, 1],
    {
      paragraphs: [
        { runs: [{ text: "Nơi nhận:", bold: true, italic: true }] },
        { runs: [{ text: "- …;" }] },
        { runs: [{ text: "- Lưu: VT." }] },
      ],
    },
    {
      align: "center",
      paragraphs: [{ runs: [{ text: SIGNATURE_TITLE, bold: true }] }, { runs: [{ text: SIGNATURE_NOTE, italic: true }] }],
    },
  );
}
