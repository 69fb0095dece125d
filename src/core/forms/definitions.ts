import type { FormDef } from "./types";

/**
 * The five table forms. Headers and variants come from reference/plan-templates.md (2018-era school
 * practice) and TT57-2026.md §7 (Biểu 2 of Thông tư 57/2026, as published by two independent implementations).
 */

const tt = { key: "tt", header: "TT", variants: ["STT", "Số TT", "Số thứ tự"], width: 1, written: true, label: "số thứ tự" } as const;
const ghiChu = { key: "ghiChu", header: "Ghi chú", variants: [], width: 1.8, written: true, label: "ghi chú" } as const;

export const PLAN_2018: FormDef = {
  id: "plan-2018",
  kind: "plan",
  generation: "2018",
  title: "Bảng kế hoạch cải tiến chất lượng (mẫu 9 cột, theo các thông tư năm 2018)",
  source:
    "Mẫu bảng các trường dùng theo hướng dẫn năm 2018 (Công văn 5932, 5942/BGDĐT-QLCL); Bộ không ban hành mẫu bảng chính thức, đây là mẫu phổ biến nhất trong các kế hoạch thực tế.",
  columns: [
    tt,
    { key: "tieuChuan", header: "Tiêu chuẩn", variants: [], width: 2.5, label: "tiêu chuẩn" },
    {
      key: "tieuChi",
      header: "Tiêu chuẩn, tiêu chí",
      variants: ["Tiêu chuẩn/tiêu chí", "Tiêu chuẩn - tiêu chí", "Tiêu chí", "Tiêu chí cần cải tiến", "Tên tiêu chí"],
      width: 4,
      signature: true,
      written: true,
      label: "tiêu chuẩn, tiêu chí",
    },
    {
      key: "ketQuaCanDat",
      header: "Kết quả cần đạt (so với hiện trạng)",
      variants: ["Kết quả cần đạt", "Mục tiêu cần đạt", "Kết quả dự kiến", "Kết quả cần đạt được"],
      width: 3.4,
      requirable: true,
      written: true,
      label: "kết quả cần đạt",
    },
    {
      key: "congViec",
      header: "Công việc/giải pháp cần thực hiện",
      variants: [
        "Công việc, giải pháp cần thực hiện",
        "Công việc cần thực hiện",
        "Giải pháp cần thực hiện",
        "Biện pháp cần thực hiện",
        "Nội dung kế hoạch",
        "Nội dung công việc",
        "Công việc",
        "Giải pháp",
        "Biện pháp",
      ],
      width: 5.2,
      requirable: true,
      signature: true,
      written: true,
      label: "công việc/giải pháp",
    },
    {
      key: "phuTrach",
      header: "Chủ trì và phối hợp thực hiện",
      variants: [
        "Chủ trì, phối hợp thực hiện",
        "Chủ trì, phối hợp",
        "Người chủ trì",
        "Nhóm/cá nhân phụ trách",
        "Người phụ trách",
        "Phụ trách",
        "Người thực hiện",
        "Người chịu trách nhiệm",
        "Đơn vị/cá nhân phụ trách",
      ],
      width: 3,
      required: true,
      written: true,
      label: "người chủ trì, phối hợp thực hiện",
    },
    {
      key: "thoiGian",
      header: "Thời gian thực hiện và hoàn thành",
      variants: ["Thời gian thực hiện", "Thời gian hoàn thành", "Thời gian dự kiến", "Thời gian"],
      width: 2.6,
      required: true,
      written: true,
      label: "thời gian thực hiện",
    },
    {
      key: "kinhPhi",
      header: "Dự kiến kinh phí",
      variants: ["Kinh phí dự kiến", "Kinh phí thực hiện", "Nguồn kinh phí", "Kinh phí", "Nguồn lực"],
      width: 2.5,
      required: true,
      written: true,
      label: "dự kiến kinh phí",
    },
    {
      key: "dieuKienHoTro",
      header: "Điều kiện hỗ trợ khác",
      variants: ["Điều kiện hỗ trợ", "Hỗ trợ khác"],
      width: 3,
      written: true,
      label: "điều kiện hỗ trợ khác",
    },
    { key: "ketQuaNamTruoc", header: "Kết quả so với năm học trước", variants: [], width: 2.5, label: "kết quả so với năm học trước" },
    ghiChu,
  ],
};

export const REPORT_2018: FormDef = {
  id: "report-2018",
  kind: "report",
  generation: "2018",
  title: "Bảng báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng (theo các thông tư năm 2018)",
  source: "Mẫu báo cáo các trường dùng theo hướng dẫn của Sở/Phòng GD&ĐT (không phải mẫu của Bộ).",
  columns: [
    tt,
    { key: "tieuChi", header: "Tiêu chuẩn, tiêu chí", variants: ["Tiêu chuẩn/tiêu chí", "Tiêu chí"], width: 3.6, signature: true, written: true, label: "tiêu chuẩn, tiêu chí" },
    {
      key: "ndDauNam",
      header: "Xây dựng đầu năm",
      variants: [
        "ND Kế hoạch cải tiến chất lượng được XD đầu năm",
        "ND kế hoạch xây dựng đầu năm",
        "Kế hoạch xây dựng đầu năm",
        "Được XD đầu năm",
        "XD đầu năm",
      ],
      width: 4.6,
      written: true,
      label: "nội dung kế hoạch xây dựng đầu năm",
    },
    {
      key: "ndDieuChinh",
      header: "Đã được điều chỉnh",
      variants: ["ND Kế hoạch cải tiến chất lượng giáo dục đã được điều chỉnh", "ND kế hoạch đã điều chỉnh", "Đã điều chỉnh"],
      width: 3,
      written: true,
      label: "nội dung kế hoạch đã điều chỉnh",
    },
    {
      key: "daXong",
      header: "Đã triển khai xong theo đúng KH (nêu rõ chất lượng, hiệu quả công việc)",
      variants: [
        "Những công việc đã triển khai xong theo đúng KH (nêu rõ chất lượng, hiệu quả công việc)",
        "Những công việc đã triển khai xong theo đúng KH",
        "Những công việc đã triển khai xong",
        "Đã triển khai xong",
        "Đã hoàn thành",
      ],
      width: 3.6,
      signature: true,
      written: true,
      label: "công việc đã triển khai xong",
    },
    {
      key: "dangTrienKhai",
      header: "Đang triển khai theo KH, hoặc chậm so với KH (lý do chậm tiến độ), đánh giá sơ bộ",
      variants: [
        "Những công việc đang triển khai theo KH, hoặc chậm so với KH (lý do chậm tiến độ), đánh giá sơ bộ về những ND đã triển khai",
        "Những công việc đang triển khai/chậm so với KH",
        "Những công việc đang triển khai",
        "Đang triển khai",
      ],
      width: 3.6,
      written: true,
      label: "công việc đang triển khai hoặc chậm",
    },
    {
      key: "chuaTrienKhai",
      header: "Chưa triển khai (nêu rõ lý do)",
      variants: ["Những công việc chưa triển khai (nêu rõ lý do)", "Những công việc chưa triển khai", "Chưa triển khai"],
      width: 3,
      written: true,
      label: "công việc chưa triển khai",
    },
    ghiChu,
  ],
  headerGroups: [
    {
      header: "ND kế hoạch cải tiến chất lượng giáo dục năm học …",
      keys: ["ndDauNam", "ndDieuChinh"],
      variants: ["ND Kế hoạch cải tiến chất lượng giáo dục năm học", "Nội dung kế hoạch cải tiến chất lượng", "ND kế hoạch"],
    },
    { header: "Kết quả thực hiện", keys: ["daXong", "dangTrienKhai", "chuaTrienKhai"], variants: ["Kết quả"] },
  ],
};

export const ISSUES_2026: FormDef = {
  id: "issues-2026",
  kind: "issues",
  generation: "2026",
  title: "IV. Tóm tắt các vấn đề trọng tâm cần cải tiến (Biểu 2, Thông tư 57/2026)",
  source: "Biểu 2 Phụ lục V Thông tư 57/2026/TT-BGDĐT theo hai bản triển khai công khai; chưa đối chiếu với công báo.",
  columns: [
    tt,
    { key: "tieuChuan", header: "Tiêu chuẩn", variants: [], width: 3.5, written: true, label: "tiêu chuẩn" },
    {
      key: "tieuChi",
      header: "Tiêu chí liên quan (nếu có)",
      variants: ["Tiêu chí liên quan", "Tiêu chí (nếu có)", "Tiêu chí"],
      width: 4,
      written: true,
      label: "tiêu chí liên quan",
    },
    { key: "hienTrang", header: "Đánh giá hiện trạng", variants: ["Hiện trạng"], width: 5, signature: true, written: true, label: "đánh giá hiện trạng" },
    { key: "hanChe", header: "Điểm hạn chế", variants: ["Hạn chế"], width: 4.5, signature: true, written: true, label: "điểm hạn chế" },
    { key: "nguyenNhan", header: "Nguyên nhân của hạn chế", variants: ["Nguyên nhân"], width: 4.5, written: true, label: "nguyên nhân của hạn chế" },
  ],
};

export const PLAN_2026: FormDef = {
  id: "plan-2026",
  kind: "plan",
  generation: "2026",
  title: "V. Kế hoạch cải tiến chất lượng (Biểu 2, Thông tư 57/2026)",
  source: "Biểu 2 Phụ lục V Thông tư 57/2026/TT-BGDĐT theo hai bản triển khai công khai; chưa đối chiếu với công báo.",
  numberingRow: true,
  columns: [
    tt,
    { key: "noiDung", header: "Nội dung cải tiến", variants: ["Nội dung", "Vấn đề cần cải tiến"], width: 3.2, signature: true, written: true, label: "nội dung cải tiến" },
    { key: "mucTieu", header: "Mục tiêu cải tiến", variants: ["Mục tiêu"], width: 3, requirable: true, written: true, label: "mục tiêu cải tiến" },
    {
      key: "hoatDong",
      header: "Hoạt động/giải pháp",
      variants: ["Hoạt động, giải pháp", "Hoạt động", "Giải pháp"],
      width: 3.6,
      requirable: true,
      signature: true,
      written: true,
      label: "hoạt động/giải pháp",
    },
    {
      key: "chiSo",
      header: "Chỉ số đánh giá kết quả",
      variants: ["Chỉ số đánh giá", "Chỉ số"],
      width: 2.8,
      requirable: true,
      written: true,
      label: "chỉ số đánh giá kết quả",
    },
    { key: "thoiGian", header: "Thời gian thực hiện", variants: ["Thời gian"], width: 2.2, required: true, written: true, label: "thời gian thực hiện" },
    {
      key: "phuTrach",
      header: "Đơn vị/cá nhân phụ trách",
      variants: ["Đơn vị, cá nhân phụ trách", "Người phụ trách", "Phụ trách"],
      width: 2.5,
      required: true,
      written: true,
      label: "đơn vị/cá nhân phụ trách",
    },
    {
      key: "nguonLuc",
      header: "Nguồn lực bảo đảm",
      variants: ["Nguồn lực, kinh phí", "Nguồn lực", "Kinh phí"],
      width: 2.3,
      required: true,
      written: true,
      label: "nguồn lực bảo đảm",
    },
    {
      key: "minhChung",
      header: "Thông tin, dữ liệu hoặc minh chứng dự kiến",
      variants: ["Minh chứng dự kiến", "Minh chứng"],
      width: 2.8,
      written: true,
      label: "thông tin, dữ liệu hoặc minh chứng dự kiến",
    },
    // Filled during the year (review points), so never required in a plan.
    { key: "mucDo", header: "Mức độ thực hiện", variants: ["Mức độ"], width: 1.9, written: true, label: "mức độ thực hiện" },
  ],
};

export const MONITORING_2026: FormDef = {
  id: "monitoring-2026",
  kind: "monitoring",
  generation: "2026",
  title: "VI. Theo dõi và đánh giá thực hiện (Biểu 2, Thông tư 57/2026)",
  source:
    "Biểu 2 Phụ lục V Thông tư 57/2026/TT-BGDĐT theo hai bản triển khai công khai; Bộ chưa ban hành mẫu báo cáo riêng, kết quả ghi vào bảng này và cột (10).",
  fixedRows: ["Cuối học kỳ I", "Cuối năm học"],
  columns: [
    { key: "tt", header: "TT", variants: ["STT"], width: 1, label: "số thứ tự" },
    { key: "thoiDiem", header: "Thời điểm", variants: ["Thời điểm đánh giá"], width: 3, signature: true, written: true, label: "thời điểm" },
    { key: "noiDungTheoDoi", header: "Nội dung theo dõi", variants: ["Nội dung"], width: 6, written: true, label: "nội dung theo dõi" },
    { key: "ketQua", header: "Kết quả thực hiện", variants: ["Kết quả"], width: 6, written: true, label: "kết quả thực hiện" },
    { key: "dieuChinh", header: "Điều chỉnh (nếu có)", variants: ["Điều chỉnh"], width: 4, written: true, label: "điều chỉnh" },
    { key: "nguoiDanhGia", header: "Người đánh giá", variants: [], width: 3, signature: true, written: true, label: "người đánh giá" },
  ],
};

export const FORMS: readonly FormDef[] = [PLAN_2026, ISSUES_2026, MONITORING_2026, PLAN_2018, REPORT_2018];
