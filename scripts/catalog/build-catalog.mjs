#!/usr/bin/env node
// Builds src/core/catalog/data/*.json from the reference files in reference/.
// Run once when the reference data changes: `node scripts/catalog/build-catalog.mjs`.
// The output is committed; the add-in never reads the reference folder at run time.
//
// Texts (names, indicators, level paragraphs, evidence guidance) are copied unchanged (NFC);
// only the shape changes. The Vietnamese provenance notes below are written by hand from the
// reference's English notes (SOURCES.md, AMENDMENT-22-2024.md, TT57-2026.md) because they are
// shown to principals next to the text.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const referenceDir = path.resolve(repo, "reference");
const outDir = path.resolve(repo, "src/core/catalog/data");

const readReference = (name) => JSON.parse(readFileSync(path.join(referenceDir, name), "utf8"));
const nfc = (s) => s.normalize("NFC");
const urls = (source) => source.split(/;\s*/).map((s) => s.trim()).filter((s) => s.startsWith("http"));

const LABELLED = /^([a-zđ])\)\s+(.*)$/su;

/** One level of a 2018-style criterion: either one paragraph or lettered indicators. */
function toLevel(level, items) {
  const labelled = items.map((item) => LABELLED.exec(item));
  if (labelled.every((m) => m !== null)) {
    return { level, indicators: labelled.map((m) => ({ label: m[1], text: nfc(m[2]) })) };
  }
  if (items.length === 1) return { level, text: nfc(items[0]) };
  throw new Error(`Mixed or multi-paragraph level ${level}: ${JSON.stringify(items).slice(0, 200)}`);
}

function toLevels(levels) {
  return Object.entries(levels)
    .map(([key, items]) => [Number(key), items])
    .filter(([, items]) => items.length > 0)
    .sort(([a], [b]) => a - b)
    .map(([level, items]) => toLevel(level, items));
}

function splitLabel(text) {
  const m = LABELLED.exec(text);
  return m ? { label: m[1], text: nfc(m[2]) } : { text: nfc(text) };
}

const joinNotes = (...parts) => parts.filter(Boolean).join(" ");

// ---------------------------------------------------------------- 2026 (57/2026/TT-BGDĐT)

const BASE_2026_TWO_SOURCES =
  "Văn bản trùng khớp từng chữ ở hai nguồn công khai độc lập (không phải công báo); chưa đối chiếu với bản chính thức.";
const BASE_2026_ONE_SOURCE = "Văn bản lấy từ một nguồn công khai không chính thức duy nhất; chưa đối chiếu với công báo.";

const EVIDENCE_ROW_NAME = /names this row '([^']+)'/u;

const SPECIAL_2026 = {
  "pho-thong": {
    "1.4": {
      confidence: "uncertain",
      note: "Tên tiêu chí có hai cách ghi: nguồn này ghi “Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình”, một nguồn khác ghi “Tự đánh giá, cải tiến chất lượng, công khai và trách nhiệm giải trình”; chưa xác định được cách ghi trong công báo.",
    },
  },
};

function build2026(file, key, schoolTypes, sourceNote) {
  const ref = readReference(file);
  const twoSources = key === "pho-thong";
  const standards = ref.standards.map((std) => ({
    number: std.number,
    code: String(std.number),
    name: nfc(std.name),
    ...(std.nameVariants
      ? {
          nameVariants: std.nameVariants.map((v) => nfc(v.name)),
          note: `Tên tiêu chuẩn có cách ghi khác: “${nfc(std.nameVariants[0].name)}” (một nguồn khác); chưa xác định được cách ghi trong công báo.`,
        }
      : {}),
    criteria: std.criteria.map((c) => {
      const special = SPECIAL_2026[key]?.[c.code];
      const nameVariants = (c.nameVariants ?? []).map((v) => nfc(v.name));
      const rowName = EVIDENCE_ROW_NAME.exec(c.notes ?? "")?.[1];
      const rowNote = rowName ? `Bảng minh chứng của phụ lục ghi tên hàng này là “${nfc(rowName)}”.` : "";
      if (rowName) nameVariants.push(nfc(rowName));
      if (c.notes && !rowName && !special) throw new Error(`Unhandled 2026 note ${key} ${c.code}: ${c.notes}`);
      return {
        code: c.code,
        standard: std.number,
        name: nfc(c.name),
        mandatory: c.mandatory,
        levels: toLevels(c.levels),
        evidence: {
          group: nfc(c.evidenceGroup),
          guidance: nfc(c.evidenceGuidance),
          quantitativeData: nfc(c.quantitativeData),
        },
        provenance: {
          confidence: special?.confidence ?? (twoSources ? "cross-checked" : "single-source"),
          note: joinNotes(twoSources ? BASE_2026_TWO_SOURCES : BASE_2026_ONE_SOURCE, special?.note, rowNote),
          ...(nameVariants.length ? { nameVariants } : {}),
        },
      };
    }),
  }));
  return {
    id: `2026-${key}`,
    framework: "2026",
    schoolTypes,
    circular: ref.circular,
    circularTitle: nfc(ref.title),
    issued: ref.issued,
    effective: ref.effective,
    appendix: ref.appendix,
    appendixTitle: nfc(ref.appendixTitle),
    levelNumbers: [1, 2],
    sourceNote,
    ...(ref.levelNote ? { levelNote: ref.levelNote.text.map(nfc) } : {}),
    ...(ref.appendixNote ? { appendixNote: nfc(ref.appendixNote) } : {}),
    sources: urls(ref.source),
    standards,
  };
}

// ---------------------------------------------------------------- 2018 texts (17, 18, 19/2018)

const BASE_2018 = "Văn bản lấy từ một bản chép không chính thức (dữ liệu của một ứng dụng tự đánh giá, 2020); chưa đối chiếu với công báo.";

const NAME_15_UNVERIFIED = {
  confidence: "uncertain",
  note: "Tên tiêu chí “Khối lớp và tổ chức lớp học” chỉ có trong bản chép không chính thức; chưa xác nhận được với văn bản gốc.",
};

/** Doubts about the 2018 wording; they hold for the 2018 and the 2018-2024 catalogs alike. */
const TEXT_DOUBTS_2018 = {
  "tieu-hoc": {
    "1.4": { note: "Mức 3 a) có dấu phẩy sau “tổ văn phòng” trong bản chép; giữ nguyên." },
    "1.5": NAME_15_UNVERIFIED,
    "1.6": {
      confidence: "uncertain",
      note: "Nghi có lỗi chép, giữ nguyên chờ đối chiếu: Mức 1 b) “báo cáo tài chính và cơ sở vật chất”, “quy chế chỉ tiêu nội bộ” (văn bản tương ứng của Thông tư 18/2018 và 19/2018: “báo cáo tài chính và tài sản”, “quy chế chi tiêu nội bộ”); Mức 1 c) “để khắc phục các hoạt động giáo dục” (văn bản tương ứng: “để phục vụ”); Mức 2 a) thiếu cụm “hiệu quả”.",
    },
    "1.8": {
      note: "Mức 2 ghi “đánh giá hiệu quả”, còn Thông tư 18/2018 và 19/2018 ghi “đánh giá đạt hiệu quả”; giữ nguyên như bản chép.",
    },
    "2.2": { note: "Đã sửa khoảng trắng ở Mức 2 a) (“40% ;trong” → “40%; trong”)." },
    "3.1": {
      confidence: "uncertain",
      nameVariants: ["Khuôn viên, sân chơi, sân tập"],
      note: "Tên tiêu chí chưa thống nhất: tiêu đề trong bản chép ghi “Khuôn viên, khu sân chơi, sân tập”, mục lục của cùng bản chép ghi “Khuôn viên, sân chơi, sân tập”.",
    },
    "4.2": {
      nameVariants: ["Công tác tham mưu cấp uỷ Đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường"],
      note: "Đã sửa lỗi chính tả ở Mức 3 (“tô chức” → “tổ chức”). Tiêu đề trong bản chép ghi “cấp uỷ Đảng”, mục lục ghi “cấp ủy Đảng” (dùng cách sau); Thông tư 18/2018 và 19/2018 ghi “cấp ủy đảng”.",
    },
  },
  "trung-hoc": {
    "1.1": { note: "Mức 2 ghi “phương hướng chiến lược” (không có dấu phẩy) trong bản chép, khác các chỗ khác; giữ nguyên." },
    "1.5": NAME_15_UNVERIFIED,
    "5.1": { note: "Đã sửa lỗi chính tả ở Mức 1 b) (“năng cao” → “nâng cao”)." },
    "5.5": { note: "Đã sửa lỗi chính tả ở Mức 1 c) (“tuyền thống” → “truyền thống”)." },
    "5.6": {
      note: "Mức 3 a) trong văn bản gốc là danh sách gạch đầu dòng; bản chép gộp thành một dòng (ngăn cách bằng “ - ”), dấu câu cuối mỗi ý chưa kiểm chứng.",
    },
  },
  "mam-non": {
    "1.2": {
      nameVariants: ["Hội đồng trường và các hội đồng khác"],
      note: "Kế hoạch thực tế thường ghi gọn: “Hội đồng trường và các hội đồng khác”.",
    },
    "1.10": {
      note: "Dấu phẩy ở Mức 2 a) khác Mức 1 a) (“phòng chống tai nạn”, “cháy nổ”, “thảm họa thiên tai”); giữ nguyên, cần đối chiếu văn bản gốc.",
    },
    "4.2": { note: "Mức 1, Mức 2 ghi “cấp ủy đảng”, Mức 3 ghi “cấp ủy Đảng” trong bản chép; giữ nguyên." },
    "5.1": { note: "Hai chỉ báo Mức 3 bị gắn nhầm sang Mức 2 trong bản chép; đã xếp lại vào Mức 3 theo tiêu đề “Mức 3”." },
    "5.3": {
      nameVariants: ["Kết quả nuôi dưỡng và chăm sóc, sức khỏe"],
      note: "Một kế hoạch thực tế ghi “Kết quả nuôi dưỡng và chăm sóc, sức khỏe”; tên ở đây theo bản chép.",
    },
  },
};

/** "Mức 2", "Mức 2 a)" for a repeal entry of the reference files. */
const repealedPart = (a) => `Mức ${a.level}${a.item ? ` ${a.item}` : ""} (${a.provision})`;

const LEVEL4_ITEM = /^(\d+)\.\s+(.*)$/su;
function toLevel4(items) {
  return items.map((item) => {
    const m = LEVEL4_ITEM.exec(item);
    if (!m) throw new Error(`Unnumbered Mức 4 item: ${item}`);
    return { number: Number(m[1]), text: nfc(m[2]) };
  });
}

const CIRCULAR_2018 = { "tieu-hoc": "tt17-tieu-hoc", "trung-hoc": "tt18-trung-hoc", "mam-non": "tt19-mam-non" };

function build2018(schoolType) {
  const ref = readReference(`criteria-${CIRCULAR_2018[schoolType]}.json`);
  const doubts = TEXT_DOUBTS_2018[schoolType];
  const standards = ref.standards.map((std) => ({
    number: std.number,
    code: String(std.number),
    name: nfc(std.name),
    criteria: std.criteria.map((c) => {
      const doubt = doubts[c.code];
      if (c.notes && !doubt && !(c.amendments ?? []).length) throw new Error(`Unhandled 2018 note ${schoolType} ${c.code}`);
      const repeals = (c.amendments ?? []).filter((a) => a.action === "bãi bỏ");
      const repealNote = repeals.length
        ? `Từ 25/01/2025, Thông tư 22/2024/TT-BGDĐT bãi bỏ ${repeals.map(repealedPart).join(", ")} theo danh mục bãi bỏ đã công bố (việc gắn khoản với tiêu chí là suy luận).`
        : "";
      return {
        code: c.code,
        standard: std.number,
        name: nfc(c.name),
        levels: toLevels(c.levels),
        provenance: {
          confidence: doubt?.confidence ?? "single-source",
          note: joinNotes(BASE_2018, doubt?.note, repealNote),
          ...(doubt?.nameVariants ? { nameVariants: doubt.nameVariants } : {}),
        },
      };
    }),
  }));
  return {
    id: `2018-${schoolType}`,
    framework: "2018",
    schoolTypes: [schoolType],
    circular: ref.circular,
    circularTitle: nfc(ref.title),
    issued: ref.issued,
    effective: ref.effective,
    levelNumbers: [1, 2, 3, 4],
    sourceNote: joinNotes(
      `Văn bản gốc năm 2018 của Thông tư ${ref.circular}, dùng cho kế hoạch, báo cáo lập trước ngày 25/01/2025.`,
      "Các chỉ báo lấy từ một bản chép không chính thức duy nhất; cấu trúc tiêu chuẩn, tiêu chí đã đối chiếu với văn bản thực tế của các trường, nhưng câu chữ chưa đối chiếu được với công báo.",
      "Từ 25/01/2025 văn bản này được sửa đổi bởi Thông tư 22/2024/TT-BGDĐT; từ năm 2026 được thay thế bởi Thông tư 57/2026/TT-BGDĐT.",
    ),
    sources: urls(ref.source),
    level4: toLevel4(ref.level4),
    standards,
  };
}

// ---------------------------------------------------------------- 2018 as amended by 22/2024

const NO_CHANGE_KNOWN =
  "Chưa thấy nguồn nào nêu Thông tư 22/2024/TT-BGDĐT sửa tiêu chí này; giữ văn bản năm 2018 (chưa khẳng định là không đổi, vì chưa đọc được toàn văn Thông tư 22/2024).";
const APP_CLAIM = "Một nhóm ứng dụng quản lý hồ sơ trường học (nguồn không chính thức, chưa kiểm chứng) cho rằng Thông tư 22/2024/TT-BGDĐT";
const REWRITTEN_STANDARD_3 = `${APP_CLAIM} viết lại Tiêu chuẩn 3 thành 3 tiêu chí mới; nếu đúng, tiêu chí năm 2018 này không còn áp dụng và văn bản dưới đây chỉ để tham khảo.`;

/** Vietnamese wording of the reported (unverified) amendments, by school type and criterion. */
const REPORTED_2024 = {
  "tieu-hoc": {
    "1.2": {
      nameVariants: ["Hội đồng trường và các hội đồng khác"],
      note: `${APP_CLAIM} đổi tên tiêu chí thành “Hội đồng trường và các hội đồng khác”; vẫn giữ tên năm 2018.`,
    },
    "5.5": { note: `${APP_CLAIM} sửa đổi Mức 1 của tiêu chí này; nội dung mới chưa rõ, vẫn giữ văn bản năm 2018.` },
  },
  "trung-hoc": {},
  "mam-non": {
    "1.5": {
      nameVariants: ["Tuyển sinh, tổ chức nhóm trẻ và lớp mẫu giáo"],
      note: `${APP_CLAIM} viết lại tiêu chí này (khoản 5 Điều 7), có thể với tên “Tuyển sinh, tổ chức nhóm trẻ và lớp mẫu giáo”; nội dung mới chưa rõ, vẫn giữ văn bản năm 2018.`,
    },
    "1.10": { note: `${APP_CLAIM} sửa đổi Mức 1 a); nội dung mới chưa rõ, vẫn giữ văn bản năm 2018.` },
    "2.1": { note: `${APP_CLAIM} sửa đổi Mức 1 c); nội dung mới chưa rõ, vẫn giữ văn bản năm 2018.` },
    "2.2": { note: `${APP_CLAIM} còn sửa đổi Mức 1 b); nội dung mới chưa rõ, vẫn giữ văn bản năm 2018.` },
    "5.1": { note: `${APP_CLAIM} sửa đổi điểm a), b) của Mức 1 và Mức 2; nội dung mới chưa rõ, vẫn giữ văn bản năm 2018.` },
    "5.2": { note: `${APP_CLAIM} sửa đổi Mức 2; nội dung mới chưa rõ, vẫn giữ văn bản năm 2018.` },
    "5.4": { note: `${APP_CLAIM} sửa đổi Mức 2 c); nội dung mới chưa rõ, vẫn giữ văn bản năm 2018.` },
  },
};

function statusNote2024(schoolType, c) {
  const repeals = (c.amendments ?? []).filter((a) => a.action === "bãi bỏ");
  const reported = REPORTED_2024[schoolType][c.code];
  const parts = repeals.map(repealedPart).join(", ");
  switch (c.status2024) {
    case "no-change-known":
      return { note: NO_CHANGE_KNOWN };
    case "partly-repealed": {
      const itemOnly = repeals.every((a) => a.item);
      const wholeLevels = repeals.filter((a) => !a.item).map((a) => `Mức ${a.level}`);
      return {
        note: joinNotes(
          `Thông tư 22/2024/TT-BGDĐT bãi bỏ ${parts} theo danh mục bãi bỏ đã công bố trên cổng pháp luật (việc gắn khoản với tiêu chí là suy luận); nội dung bị bãi bỏ đã được bỏ khỏi văn bản dưới đây.`,
          wholeLevels.length ? `Tiêu chí không còn ${wholeLevels.join(", ")}.` : "",
          itemOnly ? "Các điểm còn lại giữ ký hiệu chữ cái như năm 2018; văn bản chính thức có thể đã đánh lại." : "",
        ),
      };
    }
    case "probably-partly-repealed":
      return {
        confidence: "uncertain",
        note: joinNotes(
          `Có thể Thông tư 22/2024/TT-BGDĐT đã bãi bỏ ${parts} (tỷ lệ giáo viên trên chuẩn trình độ đào tạo), như đã xác nhận với trường tiểu học; danh mục bãi bỏ đối với mầm non chưa đọc được. Các nội dung này đã được bỏ khỏi văn bản dưới đây.`,
          reported?.note,
        ),
        nameVariants: reported?.nameVariants,
      };
    case "level1-repealed-status-unclear":
      return {
        confidence: "uncertain",
        note: `Thông tư 22/2024/TT-BGDĐT bãi bỏ ${parts} theo danh mục bãi bỏ đã công bố. Chưa rõ Mức 2, Mức 3 còn hiệu lực hay tiêu chí đã bị bỏ hoặc gộp vào tiêu chí khác.`,
      };
    case "reported-amended-unverified":
      if (!reported) throw new Error(`No Vietnamese wording for ${schoolType} ${c.code}`);
      return { confidence: "uncertain", note: reported.note, nameVariants: reported.nameVariants };
    case "reported-rewritten-unverified":
      return { confidence: "uncertain", note: REWRITTEN_STANDARD_3 };
    default:
      throw new Error(`Unknown status2024 ${c.status2024}`);
  }
}

const STANDARD_3_2024_NOTE = (names) =>
  `${APP_CLAIM} viết lại tiêu chuẩn này thành 3 tiêu chí: ${names.map((n) => `“${n}”`).join("; ")}. Chưa kiểm chứng, nên danh mục vẫn giữ 6 tiêu chí năm 2018.`;

const STANDARD_3_2024_BY_ANALOGY =
  "Không có nguồn nào nêu thay đổi của tiêu chuẩn này; tuy nhiên có thông tin (chưa kiểm chứng) rằng Thông tư 22/2024/TT-BGDĐT viết lại Tiêu chuẩn 3 của Thông tư 17/2018 và 19/2018, nên tiêu chuẩn này cũng có thể đã thay đổi.";

const SOURCE_NOTE_2024 = {
  "tieu-hoc":
    "Các nội dung bị bãi bỏ theo danh mục đã công bố (1.5 Mức 2; 2.2 Mức 2 a), Mức 3 a)) đã được bỏ.",
  "trung-hoc":
    "Các nội dung bị bãi bỏ theo danh mục đã công bố (1.5 Mức 2, Mức 3; 2.2 Mức 2 a); Mức 1 của 5.3, 5.4, 5.5) đã được bỏ.",
  "mam-non":
    "Danh mục bãi bỏ đối với mầm non chưa đọc được; chỉ bỏ 2.2 Mức 2 a), Mức 3 a) theo suy đoán (giống quy định đã xác nhận với tiểu học). Độ tin cậy thấp.",
};

function build2018As2024(schoolType) {
  const ref = readReference(`criteria-${CIRCULAR_2018[schoolType]}-2024.json`);
  const doubts = TEXT_DOUBTS_2018[schoolType];
  const standards = ref.standards.map((std) => ({
    number: std.number,
    code: String(std.number),
    name: nfc(std.name),
    ...(std.reported2024Restructure?.criteria
      ? { note: STANDARD_3_2024_NOTE(std.reported2024Restructure.criteria.map((r) => nfc(r.nameAsReported))) }
      : std.reported2024Restructure
        ? { note: STANDARD_3_2024_BY_ANALOGY }
        : {}),
    criteria: std.criteria.map((c) => {
      const doubt = doubts[c.code];
      const status = statusNote2024(schoolType, c);
      const nameVariants = [...(doubt?.nameVariants ?? []), ...(status.nameVariants ?? [])];
      const confidence = status.confidence ?? doubt?.confidence ?? "single-source";
      const repealed = (c.removedIndicators2024 ?? []).map((r) => ({
        level: Number(r.level),
        ...splitLabel(r.text),
        provision: r.provision,
      }));
      return {
        code: c.code,
        standard: std.number,
        name: nfc(c.name),
        levels: toLevels(c.levels),
        provenance: {
          confidence,
          note: joinNotes(BASE_2018, doubt?.note, status.note),
          ...(nameVariants.length ? { nameVariants: [...new Set(nameVariants)] } : {}),
          amendmentStatus: c.status2024,
          ...(repealed.length ? { repealed } : {}),
        },
      };
    }),
  }));
  return {
    id: `2018-2024-${schoolType}`,
    framework: "2018-2024",
    schoolTypes: [schoolType],
    circular: ref.circular,
    circularTitle: nfc(ref.title),
    issued: ref.issued,
    effective: "2025-01-25",
    amendedBy: { circular: "22/2024/TT-BGDĐT", issued: "2024-12-10", effective: "2025-01-25" },
    levelNumbers: [1, 2, 3, 4],
    sourceNote: joinNotes(
      `Thông tư ${ref.circular} sửa đổi bởi Thông tư 22/2024/TT-BGDĐT (hiệu lực 25/01/2025), áp dụng đến khi Thông tư 57/2026/TT-BGDĐT có hiệu lực.`,
      "Đây là bản dựng lại một phần: chưa đọc được toàn văn Thông tư 22/2024, nên các điều khoản được sửa đổi, bổ sung vẫn giữ văn bản năm 2018.",
      SOURCE_NOTE_2024[schoolType],
      "Các chỉ báo lấy từ một bản chép không chính thức, chưa đối chiếu với công báo.",
    ),
    sources: urls(ref.source),
    level4: toLevel4(ref.level4),
    standards,
  };
}

// ---------------------------------------------------------------- write

const catalogs = [
  build2026(
    "criteria-tt57-2026-mam-non.json",
    "mam-non",
    ["mam-non"],
    "Phụ lục I Thông tư 57/2026/TT-BGDĐT (cơ sở giáo dục mầm non). Văn bản lấy từ một nguồn công khai không chính thức duy nhất, chưa đối chiếu với công báo. Ngày hiệu lực 07/7/2026 theo các nguồn (trùng ngày ban hành), chưa kiểm chứng.",
  ),
  build2026(
    "criteria-tt57-2026-pho-thong.json",
    "pho-thong",
    ["tieu-hoc", "trung-hoc"],
    "Phụ lục II Thông tư 57/2026/TT-BGDĐT, dùng chung cho trường tiểu học, THCS, THPT và trường phổ thông có nhiều cấp học. Văn bản lấy từ hai nguồn công khai độc lập, trùng khớp từng chữ; chưa đối chiếu với công báo. Ngày hiệu lực 07/7/2026 theo các nguồn (trùng ngày ban hành), chưa kiểm chứng.",
  ),
  build2026(
    "criteria-tt57-2026-gdtx.json",
    "gdtx",
    ["gdtx"],
    "Phụ lục III Thông tư 57/2026/TT-BGDĐT (cơ sở giáo dục thường xuyên). Văn bản lấy từ một nguồn công khai không chính thức duy nhất, chưa đối chiếu với công báo. Ngày hiệu lực 07/7/2026 theo các nguồn (trùng ngày ban hành), chưa kiểm chứng.",
  ),
  ...["mam-non", "tieu-hoc", "trung-hoc"].map(build2018As2024),
  ...["mam-non", "tieu-hoc", "trung-hoc"].map(build2018),
];

mkdirSync(outDir, { recursive: true });
for (const catalog of catalogs) {
  const text = JSON.stringify(catalog, null, 2).normalize("NFC") + "\n";
  writeFileSync(path.join(outDir, `${catalog.id}.json`), text, "utf8");
  const criteria = catalog.standards.reduce((n, s) => n + s.criteria.length, 0);
  console.log(`${catalog.id}.json: ${catalog.standards.map((s) => s.criteria.length).join("/")} = ${criteria} criteria`);
}
