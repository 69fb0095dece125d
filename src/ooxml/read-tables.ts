/**
 * Reads every table of a WordprocessingML main document into a grid of cells, in one streaming pass.
 *
 * A streaming parser (saxes) rather than a DOM: a 3,000-row plan is several megabytes of XML and a DOM costs
 * an order of magnitude more (DESIGN.md). The same code reads word/document.xml from a .docx and the
 * `w:document` of Word's flat-OPC `getOoxml()`.
 *
 * Text is read as Word shows it (final view, tracked changes applied):
 * - runs are joined wherever they were split; proofing marks and bookmarks carry no text;
 * - `w:ins` and `w:moveTo` count, `w:del` and `w:moveFrom` do not;
 * - complex fields show their result (between `separate` and `end`), never their instruction; `w:fldSimple`,
 *   hyperlinks, smart tags, custom XML and content controls are transparent;
 * - `mc:AlternateContent`: the first `mc:Choice` that yields text wins, `mc:Fallback` is read only when no
 *   choice yielded any (so the same content is never read twice);
 * - drawings, VML pictures, text boxes and OLE objects are skipped; a nested table is its own grid;
 * - property-change records (`w:tcPrChange`, …) are skipped so an old gridSpan or vMerge is never read;
 * - `w:br`/`w:cr` → "\n", `w:tab`/`w:ptab` → "\t", `w:noBreakHyphen` → "-", `w:softHyphen` → U+00AD,
 *   `w:sym` → its character unless it is a symbol-font glyph (U+F000–U+F0FF, no Unicode meaning).
 * Paragraph text is normalised to NFC (documents mix NFC and NFD).
 * Not handled: a deleted paragraph mark (which would merge two paragraphs in the final view) keeps them apart,
 * and the legacy horizontal merge `w:hMerge` is not turned into a gridSpan.
 */
import { SaxesParser } from "saxes";
import type { SaxesTagPlain } from "saxes";
import { DocxError } from "./errors";
import { NamespaceScopes, type ExpandedName } from "./namespaces";
import type { Cell, FontRun, Row, TableGrid, VMerge } from "./table-grid";

const W_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * The most grid columns a table can have: Word's own limit is 63, so a hostile gridSpan or gridBefore (1e9 in a
 * 1 KB file) is clamped to the table's grid and to this bound instead of sizing arrays by it.
 */
export const MAX_GRID_COLUMNS = 1000;

/** Subtrees whose text Word does not show in the cell, or that hold superseded properties. */
const SKIPPED = new Set([
  "del",
  "moveFrom",
  "delText",
  "delInstrText",
  "instrText",
  "txbxContent",
  "drawing",
  "pict",
  "object",
  "rt",
  "sdtPr",
  "sdtEndPr",
  "fldData",
  "rPrChange",
  "pPrChange",
  "tblPrChange",
  "tblPrExChange",
  "trPrChange",
  "tcPrChange",
  "sectPrChange",
  "tblGridChange",
  "numberingChange",
]);

const NO_BORDER = new Set(["nil", "none"]);
const OFF_VALUES = new Set(["0", "false", "off"]);
const BORDER_SIDES: Record<string, string> = {
  top: "top",
  left: "left",
  start: "left",
  bottom: "bottom",
  right: "right",
  end: "right",
  insideH: "insideH",
  insideV: "insideV",
};
const STYLES_WITHOUT_BORDERS = new Set(["tablenormal", "normaltable"]);

interface CellBuilder {
  index: number;
  gridCol: number;
  gridSpan: number;
  vMerge: VMerge;
  paragraphs: string[];
  inParagraph: boolean;
  /** Null until the cell names a font, as most cells of a big plan never do. */
  fonts: Set<string> | null;
  fontRuns: { paragraph: number; font: string | null; text: string }[];
  nestedTables: number[] | null;
  /** Open complex fields: true once past `separate` (showing the result); null until a field begins. */
  fields: boolean[] | null;
  hiddenFields: number;
  namespaces: ReadonlyMap<string, string>;
  start: number;
}

interface RowBuilder {
  index: number;
  cells: Cell[];
  isHeader: boolean;
  isDeleted: boolean;
  gridBefore: number;
  /** As read; clamped to the columns left after the row's cells when the row closes. */
  gridAfter: number;
  nextGridCol: number;
  start: number;
}

interface TableBuilder {
  index: number;
  depth: number;
  parentIndex: number | null;
  rows: Row[];
  gridCols: number[];
  style: string | null;
  visibleBorder: boolean;
  tableSidesNone: Set<string>;
  start: number;
  row: RowBuilder | null;
  cell: CellBuilder | null;
}

interface AlternateContent {
  /** Value of the content counter when the mc:AlternateContent opened. */
  mark: number;
}

export function readTables(documentXml: string): TableGrid[] {
  // Namespace-aware: elements are known by namespace URI and local name, whatever prefix (or default
  // namespace) the document binds, including prefixes bound on inner elements. The bindings are tracked here
  // rather than by saxes's xmlns mode, which costs as much again as the parsing (see namespaces.ts).
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const namespaces = new NamespaceScopes(parser, kindOf);
  const tables: TableGrid[] = [];
  const open: TableBuilder[] = [];
  const names: string[] = [];
  const alternates: AlternateContent[] = [];
  let tableCount = 0;
  let skipping = 0;
  let inText = 0;
  let inRun = 0;
  /** The open run's own font (w:rPr/w:rFonts), null when it names none. */
  let runFont: string | null = null;
  /** Grows whenever text or a table is read: tells whether an mc:Choice yielded anything. */
  let contentCounter = 0;

  /** A WordprocessingML attribute (`w:val`), or the same name without a namespace (which Word also accepts). */
  const attr = (node: SaxesTagPlain, local: string): string | undefined => {
    for (const key in node.attributes) {
      const name = namespaces.attribute(key);
      if (name.local === local && (name.uri === "" || W_NAMESPACES.has(name.uri))) return node.attributes[key];
    }
    return undefined;
  };

  const tagStart = (): number => documentXml.lastIndexOf("<", parser.position - 1);

  const currentCell = (): CellBuilder | null => open[open.length - 1]?.cell ?? null;

  const appendText = (text: string): void => {
    const cell = currentCell();
    if (!cell || !cell.inParagraph || cell.hiddenFields > 0 || text === "") return;
    const last = cell.paragraphs.length - 1;
    cell.paragraphs[last] += text;
    const run = cell.fontRuns[cell.fontRuns.length - 1];
    if (run && run.paragraph === last && run.font === runFont) run.text += text;
    else cell.fontRuns.push({ paragraph: last, font: runFont, text });
    contentCounter++;
  };

  const onOpen = (node: SaxesTagPlain): void => {
    namespaces.open(node.attributes);
    // Names inside skipped subtrees are expanded too, so an unbound prefix is an error wherever it is.
    const local = namespaces.element(node.name);
    if (skipping > 0) {
      skipping++;
      return;
    }
    const parent = names[names.length - 1] ?? "";
    const grandparent = names[names.length - 2] ?? "";

    if (local === "mc:AlternateContent") alternates.push({ mark: contentCounter });
    else if (local === "mc:Choice" || local === "mc:Fallback") {
      const alternate = alternates[alternates.length - 1];
      if (alternate && contentCounter !== alternate.mark) {
        skipping = 1;
        return;
      }
    }
    const table = open[open.length - 1];
    if (local === "del" && parent === "trPr" && table?.row) table.row.isDeleted = true;
    if (SKIPPED.has(local)) {
      skipping = 1;
      return;
    }
    names.push(local);

    switch (local) {
      case "tbl": {
        const index = tableCount++;
        const parentCell = table?.cell;
        if (parentCell) (parentCell.nestedTables ??= []).push(index);
        open.push({
          index,
          depth: open.length,
          parentIndex: table ? table.index : null,
          rows: [],
          gridCols: [],
          style: null,
          visibleBorder: false,
          tableSidesNone: new Set(),
          start: tagStart(),
          row: null,
          cell: null,
        });
        contentCounter++;
        return;
      }
      case "tr":
        if (table) {
          table.row = {
            index: table.rows.length,
            cells: [],
            isHeader: false,
            isDeleted: false,
            gridBefore: 0,
            gridAfter: 0,
            nextGridCol: 0,
            start: tagStart(),
          };
          table.cell = null;
        }
        return;
      case "tc":
        if (table?.row) {
          table.cell = {
            index: table.row.cells.length,
            gridCol: table.row.nextGridCol,
            gridSpan: 1,
            vMerge: null,
            paragraphs: [],
            inParagraph: false,
            fonts: null,
            fontRuns: [],
            nestedTables: null,
            fields: null,
            hiddenFields: 0,
            namespaces: namespaces.bindings(),
            start: tagStart(),
          };
        }
        return;
      case "p": {
        const cell = table?.cell;
        if (cell) {
          cell.paragraphs.push("");
          cell.inParagraph = true;
        }
        return;
      }
      case "r":
        inRun++;
        runFont = null;
        return;
      case "t":
        if (inRun > 0) inText++;
        return;
      case "tab":
      case "ptab":
        if (inRun > 0) appendText("\t");
        return;
      case "br":
      case "cr":
        if (inRun > 0) appendText("\n");
        return;
      case "noBreakHyphen":
        if (inRun > 0) appendText("-");
        return;
      case "softHyphen":
        if (inRun > 0) appendText("\u00ad");
        return;
      case "sym":
        if (inRun > 0) appendText(symbolText(attr(node, "char"), attr(node, "font")));
        return;
      case "fldChar":
        onFieldChar(attr(node, "fldCharType"));
        return;
      case "rFonts": {
        const cell = currentCell();
        if (cell) {
          const ascii = attr(node, "ascii");
          const hAnsi = attr(node, "hAnsi");
          if (ascii) (cell.fonts ??= new Set()).add(ascii);
          if (hAnsi) (cell.fonts ??= new Set()).add(hAnsi);
          if (parent === "rPr" && grandparent === "r") runFont = ascii ?? hAnsi ?? null;
        }
        return;
      }
      case "tblStyle":
        if (table && parent === "tblPr") {
          const style = attr(node, "val") ?? "";
          table.style = style && !STYLES_WITHOUT_BORDERS.has(style.toLowerCase()) ? style : null;
        }
        return;
      case "gridCol":
        if (table && parent === "tblGrid") table.gridCols.push(toInt(attr(node, "w"), 0));
        return;
      case "tblHeader":
        if (table?.row && parent === "trPr") table.row.isHeader = isOn(attr(node, "val"));
        return;
      case "gridBefore":
        if (table?.row && parent === "trPr" && table.row.cells.length === 0) {
          const before = clamp(toInt(attr(node, "val"), 0), 0, gridLimit(table) - 1);
          table.row.gridBefore = before;
          table.row.nextGridCol = before;
        }
        return;
      case "gridAfter":
        if (table?.row && parent === "trPr" && table.row.cells.length === 0) {
          table.row.gridAfter = clamp(toInt(attr(node, "val"), 0), 0, gridLimit(table) - 1);
        }
        return;
      case "gridSpan":
        if (table?.cell && parent === "tcPr") {
          table.cell.gridSpan = clamp(toInt(attr(node, "val"), 1), 1, Math.max(1, gridLimit(table) - table.cell.gridCol));
        }
        return;
      case "vMerge":
        if (table?.cell && parent === "tcPr") {
          table.cell.vMerge = attr(node, "val") === "restart" ? "restart" : "continue";
        }
        return;
      default:
        if (table && (parent === "tblBorders" || parent === "tcBorders")) {
          onBorder(table, local, attr(node, "val"), grandparent === "tblPr" && parent === "tblBorders");
        }
    }
  };

  const onBorder = (table: TableBuilder, side: string, value: string | undefined, isTableLevel: boolean): void => {
    const normalisedSide = BORDER_SIDES[side];
    if (!normalisedSide || value === undefined) return;
    if (!NO_BORDER.has(value)) table.visibleBorder = true;
    else if (isTableLevel) table.tableSidesNone.add(normalisedSide);
  };

  const onFieldChar = (type: string | undefined): void => {
    const cell = currentCell();
    if (!cell) return;
    if (type === "begin") {
      (cell.fields ??= []).push(false);
      cell.hiddenFields++;
    } else if (type === "separate") {
      const last = (cell.fields?.length ?? 0) - 1;
      if (cell.fields && last >= 0 && cell.fields[last] === false) {
        cell.fields[last] = true;
        cell.hiddenFields--;
      }
    } else if (type === "end") {
      const wasShowingResult = cell.fields?.pop();
      if (wasShowingResult === false) cell.hiddenFields--;
    }
  };

  const onClose = (): void => {
    namespaces.close();
    if (skipping > 0) {
      skipping--;
      return;
    }
    const local = names.pop() ?? "";
    if (local === "mc:AlternateContent") {
      alternates.pop();
      return;
    }
    const table = open[open.length - 1];
    switch (local) {
      case "t":
        if (inText > 0) inText--;
        return;
      case "r":
        if (inRun > 0) inRun--;
        return;
      case "p":
        if (table?.cell) table.cell.inParagraph = false;
        return;
      case "tc":
        if (table?.row && table.cell) {
          table.row.cells.push(finishCell(table.cell, parser.position));
          table.row.nextGridCol += table.cell.gridSpan;
          table.cell = null;
        }
        return;
      case "tr":
        if (table?.row) {
          const { index, cells, isHeader, isDeleted, gridBefore, start } = table.row;
          // The columns skipped after the last cell cannot reach past the grid either.
          const gridAfter = clamp(table.row.gridAfter, 0, Math.max(0, gridLimit(table) - table.row.nextGridCol));
          table.rows.push({ index, cells, isHeader, isDeleted, gridBefore, gridAfter, start, end: parser.position });
          table.row = null;
        }
        return;
      case "tbl":
        if (table) {
          open.pop();
          tables[table.index] = finishTable(table, parser.position);
        }
        return;
    }
  };

  parser.on("opentag", onOpen);
  parser.on("closetag", onClose);
  parser.on("text", (text) => {
    if (inText > 0 && skipping === 0) appendText(text);
  });
  parser.on("cdata", (text) => {
    if (inText > 0 && skipping === 0) appendText(text);
  });
  parser.on("error", (error) => {
    throw new DocxError("bad-xml", error.message);
  });
  parser.write(documentXml).close();
  return tables;
}

/** Element kinds: the local name for WordprocessingML elements, "mc:…" for markup compatibility, "" else. */
function kindOf(name: ExpandedName): string {
  return W_NAMESPACES.has(name.uri) ? name.local : name.uri === MC_NAMESPACE ? `mc:${name.local}` : "";
}

/** The table's grid width as its w:tblGrid declares it, within MAX_GRID_COLUMNS. */
function gridLimit(table: TableBuilder): number {
  return table.gridCols.length > 0 ? Math.min(table.gridCols.length, MAX_GRID_COLUMNS) : MAX_GRID_COLUMNS;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

const NO_FONTS: ReadonlySet<string> = new Set();
const NO_TABLES: readonly number[] = Object.freeze([]);

/**
 * The cell as the model reads it. The builder's arrays become the cell's, normalised in place, and a paragraph of
 * one run shares its string with that run: a 30,000-row plan has 270,000 cells, and every object and copy counts.
 */
function finishCell(cell: CellBuilder, end: number): Cell {
  const { paragraphs, fontRuns } = cell;
  for (let i = 0; i < paragraphs.length; i++) paragraphs[i] = paragraphs[i]!.normalize("NFC");
  for (let i = 0; i < fontRuns.length; i++) {
    const run = fontRuns[i]!;
    // Every character of a paragraph is in one of its runs, in order: a run alone in its paragraph is its text.
    const alone = fontRuns[i - 1]?.paragraph !== run.paragraph && fontRuns[i + 1]?.paragraph !== run.paragraph;
    run.text = alone ? paragraphs[run.paragraph]! : run.text.normalize("NFC");
  }
  return {
    index: cell.index,
    gridCol: cell.gridCol,
    gridSpan: cell.gridSpan,
    vMerge: cell.vMerge,
    paragraphs,
    text: paragraphs.length === 1 ? paragraphs[0]! : paragraphs.join("\n"),
    fonts: cell.fonts ?? NO_FONTS,
    fontRuns: fontRuns as FontRun[],
    nestedTables: cell.nestedTables ?? NO_TABLES,
    namespaces: cell.namespaces,
    start: cell.start,
    end,
  };
}

function finishTable(table: TableBuilder, end: number): TableGrid {
  const allTableSidesNone = table.tableSidesNone.size === 6;
  return {
    index: table.index,
    depth: table.depth,
    parentIndex: table.parentIndex,
    isTopLevel: table.depth === 0,
    rows: table.rows,
    gridCols: table.gridCols,
    style: table.style,
    hasBorders: table.visibleBorder || (table.style !== null && !allTableSidesNone),
    start: table.start,
    end,
  };
}

/** Fonts whose codes are glyph positions, not Unicode characters ("F0FC" or "00FC" in Wingdings is a check mark). */
const SYMBOL_FONT = /^(?:symbol|wingdings.*|webdings|marlett|mt extra)$/i;

/**
 * The character of a `w:sym`, or "" when it has no Unicode meaning: a symbol-font glyph (U+F000–U+F0FF, or any
 * code in a symbol font), a control character, a lone surrogate or a noncharacter. None of them may reach the text.
 */
export function symbolText(hex: string | undefined, font: string | undefined): string {
  if (!hex || !/^[0-9a-f]{1,6}$/i.test(hex)) return "";
  const code = Number.parseInt(hex, 16);
  if ((code >= 0xf000 && code <= 0xf0ff) || (font !== undefined && SYMBOL_FONT.test(font.trim()))) return "";
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || (code & 0xfffe) === 0xfffe || (code >= 0xfdd0 && code <= 0xfdef)) return "";
  const char = String.fromCodePoint(code);
  return /\p{Cc}/u.test(char) ? "" : char;
}

function isOn(value: string | undefined): boolean {
  return value === undefined || !OFF_VALUES.has(value.toLowerCase());
}

function toInt(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}
