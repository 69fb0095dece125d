/**
 * The district office's review record of one school's plan, "KIỂM TRA KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC": the
 * office's letterhead, the school, the date, the plan's findings as the review team's remarks, signature lines.
 * Pure: plain data in, a document spec out (the OOXML writer makes the .docx).
 */
import { groupFindings } from "../check/groups";
import type { Finding, Notice } from "../check/types";
import { schoolTypeInfo, isSchoolType } from "../catalog";
import { sideBySide } from "../tables/letterhead";
import type { Block, BlockParagraph, DocumentSpec } from "../tables/spec";

export interface OfficeLetterhead {
  /** The office's superior body: "UBND HUYỆN TÂN PHÚ". */
  superior: string;
  /** The office: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO". */
  office: string;
  /** Place name of the date line: "Tân Phú". */
  place: string;
}

export interface ReviewedPlanSummary {
  /** The plan's file name. */
  name: string;
  school: string | null;
  schoolType: string | null;
  form: "2026" | "2018" | null;
  schoolYear: string | null;
  items: number;
  itemsWithGaps: number;
  complete: boolean;
  findings: readonly Finding[];
  notices: readonly Notice[];
}

export const REVIEW_RECORD_TITLE = "KIỂM TRA KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC";
export const REMARKS_HEADING = "Nhận xét của đoàn kiểm tra";

const BLANK = "…………………";

function paragraph(text: string, format: { bold?: boolean; italic?: boolean; align?: BlockParagraph["align"]; indent?: number } = {}): Block {
  const { bold, italic, align, indent } = format;
  return {
    kind: "paragraph",
    paragraph: {
      runs: [{ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) }],
      ...(align ? { align } : {}),
      ...(indent ? { indent } : {}),
    },
  };
}

function labelled(label: string, value: string): Block {
  return { kind: "paragraph", paragraph: { runs: [{ text: `${label}: `, bold: true }, { text: value }] } };
}

export function dateLine(place: string, date: Date): string {
  const where = place.trim() || BLANK;
  return `${where}, ngày ${String(date.getDate()).padStart(2, "0")} tháng ${String(date.getMonth() + 1).padStart(2, "0")} năm ${date.getFullYear()}`;
}

function formText(form: ReviewedPlanSummary["form"]): string {
  if (form === "2026") return "mẫu Thông tư 57/2026 (Biểu 2)";
  if (form === "2018") return "mẫu theo các thông tư năm 2018";
  return "không nhận ra bảng kế hoạch";
}

/** The remarks: document-level notices first, then the findings grouped by item, each "– message". */
export function remarkBlocks(plan: Pick<ReviewedPlanSummary, "findings" | "notices" | "complete">): Block[] {
  const blocks: Block[] = [];
  for (const notice of plan.notices) blocks.push(paragraph(`– ${notice.message}`));
  for (const group of groupFindings(plan.findings)) {
    blocks.push(paragraph(`${group.label}:`, { bold: true }));
    for (const finding of group.findings) {
      // Each message already names its item ("Tiêu chí 2.2: chưa ghi …"); under the group heading the rest is enough.
      const text = finding.message.startsWith(`${group.label}: `) ? finding.message.slice(group.label.length + 2) : finding.message;
      blocks.push(paragraph(`– ${text}${finding.severity === "warning" ? " (lưu ý)" : ""}`, { indent: 1 }));
    }
  }
  if (plan.findings.length === 0 && plan.notices.length === 0) {
    blocks.push(paragraph("Kế hoạch ghi đủ thời gian, người phụ trách và kinh phí (nguồn lực) cho mọi mục; không có lưu ý."));
  } else if (plan.complete) {
    blocks.push(paragraph("Các mục đã ghi đủ thông tin bắt buộc; các lưu ý trên cần xem lại."));
  }
  return blocks;
}

export function reviewRecordDocument(plan: ReviewedPlanSummary, letterhead: OfficeLetterhead, date: Date): DocumentSpec {
  const school = plan.school?.trim() || BLANK;
  const schoolType = plan.schoolType && isSchoolType(plan.schoolType) ? schoolTypeInfo[plan.schoolType].label : null;
  const gaps = plan.itemsWithGaps;
  const blocks: Block[] = [
    sideBySide(
      [2, 3],
      {
        align: "center",
        paragraphs: [{ runs: [{ text: letterhead.superior.trim() || BLANK }] }, { runs: [{ text: letterhead.office.trim() || BLANK, bold: true }] }],
      },
      {
        align: "center",
        paragraphs: [
          { runs: [{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true }] },
          { runs: [{ text: "Độc lập - Tự do - Hạnh phúc", bold: true }] },
          { runs: [{ text: dateLine(letterhead.place, date), italic: true }] },
        ],
      },
    ),
    { kind: "paragraph", paragraph: { runs: [{ text: REVIEW_RECORD_TITLE, bold: true }], align: "center", heading: true } },
    paragraph(plan.schoolYear ? `Năm học ${plan.schoolYear.replace("-", " – ")}` : `Năm học ${BLANK}`, { align: "center" }),
    labelled("Đơn vị được kiểm tra", school),
    ...(schoolType ? [labelled("Cấp học", schoolType)] : []),
    labelled("Tệp kế hoạch", plan.name),
    labelled("Mẫu kế hoạch", formText(plan.form)),
    labelled("Kết quả kiểm tra", `${plan.items} mục, ${gaps} mục còn thiếu thông tin — ${plan.complete ? "đầy đủ" : "chưa đầy đủ"}`),
    { kind: "paragraph", paragraph: { runs: [{ text: `${REMARKS_HEADING}:`, bold: true }], heading: true } },
    ...remarkBlocks(plan),
    paragraph(""),
    sideBySide(
      [1, 1],
      {
        align: "center",
        paragraphs: [{ runs: [{ text: "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", bold: true }] }, { runs: [{ text: "(Ký, ghi rõ họ tên)", italic: true }] }],
      },
      {
        align: "center",
        paragraphs: [{ runs: [{ text: "TRƯỞNG ĐOÀN KIỂM TRA", bold: true }] }, { runs: [{ text: "(Ký, ghi rõ họ tên)", italic: true }] }],
      },
    ),
  ];
  return { orientation: "portrait", fontSizePt: 13, title: `${REVIEW_RECORD_TITLE} – ${school}`, blocks };
}
