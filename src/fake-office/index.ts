/**
 * A fake Office.js / Word host backed by a real .docx, for jest tests and the browser preview.
 *
 * Model choices (see the named modules for details):
 * - fake-document.ts: the selection is a collapsed cursor at the end of one paragraph, indexed among all w:p of
 *   the body in document order (table-cell paragraphs included).
 * - blocks.ts: ranges cover whole blocks; where insertParagraph / insertOoxml put content at the cursor.
 * - context.ts / proxy.ts: queued operations, load/sync, PropertyNotLoaded, InvalidObjectPath, batch failure.
 * - ooxml-package.ts: the flat-OPC format of getOoxml / insertOoxml.
 */
export { FakeWordDocument, type BlockSelection } from "./fake-document";
export { createFakeHost, installFakeHost, type FakeHost, type FakeHostOptions } from "./fake-office";
export { FakeOfficeError, ErrorCodes } from "./errors";
export { parseOoxmlForInsert, buildFlatOpc } from "./ooxml-package";
