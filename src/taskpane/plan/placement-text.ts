import type { BlocksPlacement } from "../../word";

/** Where inserted blocks went, in a sentence for the pane ("đã chèn … sau bảng có con trỏ"). */
export function placementText(placement: BlocksPlacement | null, what = "Kế hoạch"): string {
  if (!placement) return "";
  const where =
    placement.after === "table"
      ? "ngay sau bảng có con trỏ (con trỏ đang ở trong một bảng, ví dụ bảng tiêu đề “UBND… / TRƯỜNG…”, nên không chèn vào trong ô)"
      : placement.after === "control"
        ? "ngay sau vùng nhập liệu (content control) có con trỏ"
        : "sau đoạn có con trỏ";
  const page = placement.ownLandscapeSection
    ? ` ${what} nằm trong một phần (section) khổ A4 ngang riêng; các trang còn lại giữ nguyên khổ giấy.`
    : ` Bảng rộng vừa lề trang ${placement.orientation === "landscape" ? "ngang" : "dọc"} tại chỗ chèn.`;
  return `${where}.${page}`;
}
