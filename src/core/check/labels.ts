/**
 * How findings name items and fields. Vietnamese field labels come from the forms data (one place to correct a
 * wording); English ones are for logs and the CLI's --lang en, so they live here.
 */
import type { FormDef } from "../forms";
import type { Item } from "../plan";

/** "Tiêu chí 2.2", "Nhiệm vụ 3", "Cuối học kỳ I", or "Hàng 8" for a row with no id. */
export function subject(item: Item, lang: "vi" | "en"): string {
  const first = (item.rows[0] ?? 0) + 1;
  switch (item.type) {
    case "criterion":
      return lang === "vi" ? `Tiêu chí ${item.criterion}` : `Criterion ${item.criterion}`;
    case "task":
      return lang === "vi" ? `Nhiệm vụ ${item.item}` : `Task ${item.item}`;
    case "issue":
      if (item.criterion !== undefined) return lang === "vi" ? `Tiêu chí ${item.criterion}` : `Criterion ${item.criterion}`;
      if (item.item !== undefined) return lang === "vi" ? `Vấn đề ${item.item}` : `Issue ${item.item}`;
      return lang === "vi" ? `Hàng ${first}` : `Row ${first}`;
    case "review":
      return lang === "vi" ? item.point : `Review “${item.point}”`;
  }
}

const ENGLISH_LABELS: Record<string, string> = {
  tt: "number",
  tieuChuan: "standard",
  tieuChi: "criterion",
  ketQuaCanDat: "expected result",
  congViec: "tasks/solutions",
  phuTrach: "person in charge",
  thoiGian: "time frame",
  kinhPhi: "estimated budget",
  dieuKienHoTro: "other support",
  ketQuaNamTruoc: "result compared with last year",
  ghiChu: "notes",
  ndDauNam: "plan content (start of year)",
  ndDieuChinh: "plan content (adjusted)",
  daXong: "work completed",
  dangTrienKhai: "work in progress or late",
  chuaTrienKhai: "work not started",
  noiDung: "improvement content",
  mucTieu: "improvement goal",
  hoatDong: "activities/solutions",
  chiSo: "result indicator",
  nguonLuc: "resources",
  minhChung: "expected evidence",
  mucDo: "degree of completion",
  hienTrang: "current state",
  hanChe: "weakness",
  nguyenNhan: "cause",
  thoiDiem: "review point",
  noiDungTheoDoi: "what is monitored",
  ketQua: "result",
  dieuChinh: "adjustment",
  nguoiDanhGia: "reviewer",
};

export function fieldLabel(form: FormDef | undefined, key: string, lang: "vi" | "en"): string {
  if (lang === "en") return ENGLISH_LABELS[key] ?? key;
  return form?.columns.find((c) => c.key === key)?.label ?? key;
}
