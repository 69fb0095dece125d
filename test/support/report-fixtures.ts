/**
 * Plan documents the report tests build, in one place: the report tests use them one by one, and the text-fidelity
 * test (report-text-fidelity.test.ts) makes the report of every one of them and compares each item's text with its
 * report row. Markup that once lost or doubled text in a report is here on purpose.
 */
import { W_NS, documentXml } from "./docx-builder";
import { makeLargePlanDocumentXml } from "./large-plan";
import { HEADER_2018, HEADER_2026, NUMBERING_2026, across, paragraphXml, planTable, row2018 } from "./plan-fixtures";

/** A bold run the canonical fixture puts in the middle of a paragraph. */
export const BOLD_RUN = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">ĐẬM</w:t></w:r>';

/**
 * A canonical 9-column plan: MỨC 2, standard 1 with criterion 1.4 (split over two rows by a PDF round trip, with a
 * bold word and a line break) and criterion 1.5 merged over two task rows, standard 3 with criterion 3.1 that has
 * only công việc.
 */
export function canonicalPlan2018Xml(): string {
  const table = planTable([
    [...HEADER_2018],
    across("MỨC 2"),
    ["1", { text: "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", span: 8 }],
    row2018("", "Tiêu chí 1.4", { 2: "Đạt Mức 2", 3: { paragraphs: ["Rà soát kế hoạch", "MARK-BOLD giữa dòng"] }, 4: "Hiệu trưởng", 5: "Tháng 10/2024", 6: "Không" }),
    row2018("", "Điểm yếu: còn chậm", { 3: "Bổ sung minh chứng", 4: "Thư ký" }),
    row2018("", { text: "Tiêu chí 1.5: Lớp học", vMerge: "restart" }, { 3: "Việc một", 5: "Tháng 11/2024" }),
    row2018("", { vMerge: "continue" }, { 3: "Việc hai", 5: "Tháng 12/2024" }),
    ["3", { text: "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", span: 8 }],
    row2018("", "Tiêu chí 3.1", { 3: { paragraphs: ["", "Trồng thêm cây xanh", ""] } }),
  ]);
  return documentXml(paragraphXml("KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2024 – 2025") + table).replace(
    '<w:r><w:t xml:space="preserve">MARK-BOLD giữa dòng</w:t></w:r>',
    `${BOLD_RUN}<w:r><w:t xml:space="preserve"> giữa</w:t><w:br/><w:t>dòng</w:t></w:r>`,
  );
}

/** The 8-column variant (Tiêu chuẩn | Tiêu chí | TT | Nội dung kế hoạch | Thời gian dự kiến | …). */
export function eightColumnPlan2018Xml(): string {
  const header = ["Tiêu chuẩn", "Tiêu chí", "TT", "Nội dung kế hoạch", "Thời gian dự kiến", "Nhóm/cá nhân phụ trách", "Kinh phí", "Kết quả so với năm học trước"];
  return documentXml(
    paragraphXml("Năm học 2023-2024") +
      planTable([
        header,
        [{ text: "Tiêu chuẩn 1", vMerge: "restart" }, "1.2", "1", "Việc A", "Đầu năm học", "Hiệu trưởng", "/", ""],
        [{ vMerge: "continue" }, "1.4", "2", "Việc B", "Trong năm học", "Tổ 1", "Tự túc", ""],
        ["Tiêu chuẩn 2", "2.1", "3", "Việc C", "Trong năm học", "Tổ 2", "/", ""],
      ]),
  );
}

/** A one-task 2026 plan (section V) with a two-paragraph hoạt động. */
export function smallPlan2026Xml(): string {
  return documentXml(
    paragraphXml("Kế hoạch cải tiến chất lượng giáo dục năm học 2026 – 2027") +
      planTable([[...HEADER_2026], NUMBERING_2026, ["1", "Nội dung A", "Mục tiêu", { paragraphs: ["Bước 1", "Bước 2"] }, "Chỉ số A", "Tháng 10", "Tổ 1", "Ngân sách", "Biên bản", ""]]),
  );
}

/** Cell markup the copy must read as the reader does, each in the công việc cell of its own criterion row. */
export const HOSTILE_CELLS: Readonly<Record<string, string>> = {
  // Word's text box pattern at run level: a Choice and a Fallback with the same text.
  "alternate-content": '<w:p><w:r><w:t xml:space="preserve">Trước </w:t></w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>HỘP</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>HỘP</w:t></w:r></mc:Fallback></mc:AlternateContent><w:r><w:t xml:space="preserve"> sau</w:t></w:r></w:p>',
  // A Choice with nothing to read: the Fallback's text is the text.
  "alternate-fallback": '<w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing/></w:r></mc:Choice><mc:Fallback><w:r><w:t>Chữ dự phòng</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
  "unknown-namespace": '<w:p><x:wrap xmlns:x="urn:example:unknown" x:id="7"><w:r><w:t>Chữ trong phần tử lạ</w:t></w:r></x:wrap><w:r><w:t xml:space="preserve"> và sau đó</w:t></w:r></w:p>',
  "hidden-field-text": '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>LỆNH ẨN</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Kết quả trường</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
  "symbols-and-ruby": '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Tự</w:t><w:softHyphen/><w:t>học</w:t><w:sym w:font="Times New Roman" w:char="2192"/></w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>chú âm</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>chữ gốc</w:t></w:r></w:rubyBase></w:ruby></w:p>',
  "text-box": '<w:p><w:r><w:t>Ngoài hộp</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>',
  // A paragraph inside a paragraph (through an unknown element): no faithful copy exists, the text must still come.
  "nested-paragraph": '<w:p><w:r><w:t>Đầu</w:t></w:r><x:box xmlns:x="urn:example:unknown"><w:p><w:r><w:t>Đoạn lồng</w:t></w:r></w:p></x:box><w:r><w:t>Cuối</w:t></w:r></w:p>',
};

/** A 2018 plan whose công việc cells hold HOSTILE_CELLS, one criterion each. */
export function hostileCopyPlan2018Xml(): string {
  const names = Object.keys(HOSTILE_CELLS);
  const rows = names.map((name, i) => row2018(String(i + 1), `Tiêu chí 1.${i + 1}`, { 3: `MARK-${name}`, 5: "Tháng 9/2024" }));
  let xml = documentXml(paragraphXml("Năm học 2024-2025") + planTable([[...HEADER_2018], ...rows]));
  for (const name of names) xml = xml.replace(`<w:p><w:r><w:t xml:space="preserve">MARK-${name}</w:t></w:r></w:p>`, HOSTILE_CELLS[name]!);
  return xml;
}

/** The same plan written with WordprocessingML as the default namespace (no prefix at all). */
export function defaultNamespacePlanXml(): string {
  return canonicalPlan2018Xml()
    .replace(/<w:document [^>]*>/, `<document xmlns="${W_NS}" xmlns:w="${W_NS}">`)
    .replace("</w:document>", "</document>")
    .replace(/<(\/?)w:/g, "<$1")
    .replace(/ w:(?=[\w]+=)/g, " ");
}

/** An XML 1.1 document: NEL line ends in the markup and a control character (as a reference) in a cell. */
export function xml11PlanXml(): string {
  return eightColumnPlan2018Xml()
    .replace('<?xml version="1.0"', '<?xml version="1.1"')
    .replace("<w:body>", "<w:body>\u0085")
    .replace(">Việc B<", ">Việc&#x1;B<");
}

/** Every plan fixture, by name: what the fidelity test reports on. */
export function reportPlanFixtures(): { name: string; xml: string }[] {
  return [
    { name: "canonical 2018 plan", xml: canonicalPlan2018Xml() },
    { name: "8-column 2018 plan", xml: eightColumnPlan2018Xml() },
    { name: "small 2026 plan", xml: smallPlan2026Xml() },
    { name: "hostile copy markup", xml: hostileCopyPlan2018Xml() },
    { name: "default namespace", xml: defaultNamespacePlanXml() },
    { name: "XML 1.1", xml: xml11PlanXml() },
    { name: "large plan (300 rows)", xml: makeLargePlanDocumentXml(300) },
  ];
}
