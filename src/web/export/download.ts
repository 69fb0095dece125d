/** Hands bytes made in the page to the browser as a download: nothing is uploaded anywhere. */
export const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
  zip: "application/zip",
} as const;

export function saveBytes(bytes: Uint8Array, fileName: string, type: string): void {
  // A copy: Blob needs an ArrayBuffer-backed view, and the caller's bytes stay untouched.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "THCS Tân Phú / kế hoạch.docx" → "thcs-tan-phu-ke-hoach": a file name any system accepts. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\.(docx|doc|zip)$/i, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 60).replace(/-+$/, "") || "tai-lieu";
}
