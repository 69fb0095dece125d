/**
 * The batch as a real .xlsx workbook: two sheets, header row frozen, columns sized. The workbook writer
 * (excel-builder-vanilla) is imported here only, and this module only through a dynamic import: it loads when the
 * user exports, never with the page.
 */
import JSZip from "jszip";
import { createWorkbook } from "excel-builder-vanilla";
import type { Sheet } from "./sheets";

export async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const workbook = createWorkbook();
  const header = workbook.getStyleSheet().createFormat({ font: { bold: true } });
  for (const sheet of sheets) {
    const worksheet = workbook.createWorksheet({ name: sheet.name });
    worksheet.setColumns(sheet.columns.map((c) => ({ width: c.width })));
    worksheet.setData([sheet.columns.map((c) => ({ value: c.header, metadata: { style: header.id } })), ...sheet.rows]);
    // Worksheet.freezePane (deprecated) leaves the pane's split unset and the export throws; the sheet view and its
    // pane each take the split themselves.
    worksheet.sheetView.freezePane(0, 1, "A2");
    worksheet.sheetView.pane?.freezePane(0, 1, "A2");
    workbook.addWorksheet(worksheet);
  }
  // The library's own createExcelFile zips with fflate's asynchronous API, which starts workers from blob: URLs that
  // the pages' Content-Security-Policy does not allow; its parts are plain XML text (no pictures here), so the
  // project's zip library packs them.
  const zip = new JSZip();
  for (const [name, content] of Object.entries(await workbook.generateFiles())) zip.file(name.replace(/^\//, ""), content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
