/**
 * Every paragraph of a WordprocessingML main document as Word shows it, in document order, with where it sits
 * (outside tables, or in which table row). What the school year, school type and school name are read from: the
 * letterhead (usually a borderless table), the title lines and the date line.
 *
 * One streaming pass with saxes (no DOM, runs in Node and the browser). Text rules follow the table reader's:
 * deleted text, field instructions and superseded properties are skipped, field results are read, `w:tab` → "\t",
 * `w:br`/`w:cr` → "\n"; of an `mc:AlternateContent` only the first choice is read (the fallback repeats it). Text
 * boxes are read as their own paragraphs, listed before the paragraph that anchors them: letterheads are sometimes
 * drawn in them. A document that is not
 * well-formed yields the paragraphs read before the error: this reader only looks for hints, the table reader
 * reports malformed XML.
 */
import { SaxesParser } from "saxes";
import type { SaxesTagPlain } from "saxes";

export interface DocumentParagraph {
  /** NFC text as Word shows it; line breaks inside the paragraph are "\n". */
  readonly text: string;
  /** 0 outside tables, 1 in a cell of a body table, 2 in a nested table, … */
  readonly tableDepth: number;
  /** Index of the innermost table (every `w:tbl` in document order, as `TableGrid.index`), null outside tables. */
  readonly table: number | null;
  /** Physical `w:tr` index in that table, null outside tables. */
  readonly row: number | null;
}

const SKIPPED = new Set([
  "del",
  "moveFrom",
  "delText",
  "delInstrText",
  "instrText",
  "fldData",
  "rt",
  "sdtPr",
  "sdtEndPr",
  "rPrChange",
  "pPrChange",
  "tblPrChange",
  "trPrChange",
  "tcPrChange",
  "sectPrChange",
  "Fallback",
]);

/** The local name of a qualified XML name ("w:tbl" → "tbl"). */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

interface OpenTable {
  index: number;
  rows: number;
}

export interface ReadParagraphsOptions {
  /** Read only the first rows of every table (a table's header, a letterhead); the rest is skipped unread. */
  readonly rowsPerTable?: number;
}

export function readDocumentParagraphs(documentXml: string, options: ReadParagraphsOptions = {}): DocumentParagraph[] {
  const rowsPerTable = options.rowsPerTable ?? Infinity;
  const paragraphs: DocumentParagraph[] = [];
  const tables: OpenTable[] = [];
  const open: string[] = [];
  let tableCount = 0;
  let skipping = 0;
  let inText = 0;
  /** Texts of the open paragraphs: a text box's paragraphs open inside the paragraph that anchors it. */
  const buffers: string[][] = [];
  /** Complex fields open: true once past `separate` (showing the result). */
  const fields: boolean[] = [];

  const hiddenByField = (): boolean => fields.some((showing) => !showing);
  const append = (text: string): void => {
    const buffer = buffers[buffers.length - 1];
    if (buffer && !hiddenByField()) buffer.push(text);
  };

  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (node: SaxesTagPlain) => {
    if (skipping > 0) {
      skipping++;
      return;
    }
    const local = localName(node.name);
    if (SKIPPED.has(local)) {
      skipping = 1;
      return;
    }
    open.push(local);
    switch (local) {
      case "tbl":
        tables.push({ index: tableCount++, rows: 0 });
        return;
      case "tr": {
        const table = tables[tables.length - 1];
        if (table && ++table.rows > rowsPerTable) {
          open.pop();
          skipping = 1;
        }
        return;
      }
      case "p":
        buffers.push([]);
        return;
      case "t":
        inText++;
        return;
      case "tab":
      case "ptab":
        if (open[open.length - 2] === "r") append("\t");
        return;
      case "br":
      case "cr":
        if (open[open.length - 2] === "r") append("\n");
        return;
      case "fldChar": {
        const type = node.attributes["w:fldCharType"] ?? node.attributes["fldCharType"];
        if (type === "begin") fields.push(false);
        else if (type === "separate" && fields.length > 0) fields[fields.length - 1] = true;
        else if (type === "end") fields.pop();
        return;
      }
    }
  });
  parser.on("closetag", () => {
    if (skipping > 0) {
      skipping--;
      return;
    }
    const local = open.pop();
    if (local === "t") inText = Math.max(0, inText - 1);
    else if (local === "tbl") tables.pop();
    else if (local === "p") {
      const table = tables[tables.length - 1];
      paragraphs.push({
        text: (buffers.pop() ?? []).join("").normalize("NFC"),
        tableDepth: tables.length,
        table: table ? table.index : null,
        row: table ? table.rows - 1 : null,
      });
      if (buffers.length === 0) fields.length = 0;
    }
  });
  const onText = (text: string): void => {
    if (inText > 0 && skipping === 0) append(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  try {
    parser.write(documentXml);
    if (!failed) parser.close();
  } catch {
    // Malformed XML: keep what was read (see the module comment).
  }
  return paragraphs;
}
