/**
 * Opens a .docx the add-in made (a report) as a new document in a new Word window. Word on the web can open such
 * a document but not fill it from the add-in, so the pane offers this on desktop Word only.
 */

export async function openNewDocument(docx: Uint8Array): Promise<void> {
  const base64 = toBase64(docx);
  await Word.run(async (context) => {
    context.application.createDocument(base64).open();
    await context.sync();
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000; // String.fromCharCode takes its arguments on the stack: keep each call small.
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
