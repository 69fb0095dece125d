/**
 * Reads one `w:p` into what the preview draws: alignment, indents, spacing and a flat list of pieces (text with
 * its formatting and tracked-change state, tabs, line breaks). Pure, like table-layout.
 */
import { childElements, childPath, firstChild, intAttr, isOn, wVal, type XmlElement } from "./xml-nodes";

export type Revision = "none" | "inserted" | "deleted";

export interface TextPiece {
  kind: "text";
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  /** Font size in half-points (`w:sz`), or null for the document default. */
  halfPoints: number | null;
  revision: Revision;
}

export type Piece = TextPiece | { kind: "tab"; revision: Revision } | { kind: "break"; revision: Revision };

export interface ParagraphModel {
  align: "left" | "center" | "right" | "justify" | null;
  /** `Heading1`…`Heading9`, `Title`: drawn bigger even when the runs carry no size. */
  headingLevel: number | null;
  /** Twips. */
  indentLeft: number;
  /** Twips; negative for a hanging indent. */
  firstLine: number;
  spacingBefore: number;
  spacingAfter: number;
  pieces: Piece[];
}

interface RunContext {
  revision: Revision;
}

export function paragraphModel(p: XmlElement): ParagraphModel {
  const pPr = firstChild(p, "w:pPr");
  const ind = firstChild(pPr, "w:ind");
  const spacing = firstChild(pPr, "w:spacing");
  const firstLine = intAttr(ind, "w:firstLine");
  const hanging = intAttr(ind, "w:hanging");
  const pieces: Piece[] = [];
  collectPieces(p, { revision: "none" }, pieces);
  return {
    align: alignment(wVal(firstChild(pPr, "w:jc"))),
    headingLevel: headingLevel(wVal(firstChild(pPr, "w:pStyle"))),
    indentLeft: intAttr(ind, "w:left") ?? intAttr(ind, "w:start") ?? 0,
    firstLine: hanging !== null ? -hanging : (firstLine ?? 0),
    spacingBefore: intAttr(spacing, "w:before") ?? 0,
    spacingAfter: intAttr(spacing, "w:after") ?? 0,
    pieces,
  };
}

/** The visible text of a paragraph model (deleted text left out): handy for tests and accessible names. */
export function visibleText(model: ParagraphModel): string {
  return model.pieces
    .filter((piece) => piece.revision !== "deleted")
    .map((piece) => (piece.kind === "text" ? piece.text : piece.kind === "tab" ? "\t" : "\n"))
    .join("");
}

const SKIPPED = new Set(["w:pPr", "w:rPr", "w:bookmarkStart", "w:bookmarkEnd", "w:proofErr", "w:commentRangeStart", "w:commentRangeEnd", "w:instrText", "w:fldChar"]);

function collectPieces(parent: XmlElement, context: RunContext, out: Piece[]): void {
  for (const child of childElements(parent)) {
    const name = child.nodeName;
    if (SKIPPED.has(name)) continue;
    if (name === "w:r") collectRun(child, context, out);
    else if (name === "w:ins" || name === "w:moveTo") collectPieces(child, { revision: "inserted" }, out);
    else if (name === "w:del" || name === "w:moveFrom") collectPieces(child, { revision: "deleted" }, out);
    // Hyperlinks, smart tags, content controls, simple fields, …: their runs are ordinary text.
    else if (name === "w:sdt") {
      const content = firstChild(child, "w:sdtContent");
      if (content) collectPieces(content, context, out);
    } else collectPieces(child, context, out);
  }
}

function collectRun(run: XmlElement, context: RunContext, out: Piece[]): void {
  const rPr = firstChild(run, "w:rPr");
  const underline = wVal(firstChild(rPr, "w:u"));
  const format = {
    bold: isOn(firstChild(rPr, "w:b")),
    italic: isOn(firstChild(rPr, "w:i")),
    underline: firstChild(rPr, "w:u") !== null && underline !== "none",
    strike: isOn(firstChild(rPr, "w:strike")) || isOn(firstChild(rPr, "w:dstrike")),
    halfPoints: intAttr(firstChild(rPr, "w:sz"), "w:val"),
  };
  if (isOn(firstChild(rPr, "w:vanish"))) return;
  const revision = context.revision;
  for (const child of childElements(run)) {
    switch (child.nodeName) {
      case "w:t":
      case "w:delText": {
        const text = child.textContent ?? "";
        if (text) appendText(out, { kind: "text", text, ...format, revision });
        break;
      }
      case "w:tab":
      case "w:ptab":
        out.push({ kind: "tab", revision });
        break;
      case "w:br":
      case "w:cr":
        out.push({ kind: "break", revision });
        break;
      case "w:noBreakHyphen":
        appendText(out, { kind: "text", text: "\u2011", ...format, revision });
        break;
      case "w:softHyphen":
        appendText(out, { kind: "text", text: "\u00ad", ...format, revision });
        break;
      default:
        break;
    }
  }
}

/** Word splits text into many runs with identical formatting; merging them keeps the rendered DOM small. */
function appendText(out: Piece[], piece: TextPiece): void {
  const last = out[out.length - 1];
  if (
    last?.kind === "text" &&
    last.bold === piece.bold &&
    last.italic === piece.italic &&
    last.underline === piece.underline &&
    last.strike === piece.strike &&
    last.halfPoints === piece.halfPoints &&
    last.revision === piece.revision
  ) {
    last.text += piece.text;
  } else {
    out.push(piece);
  }
}

function alignment(value: string | null): ParagraphModel["align"] {
  switch (value) {
    case "left":
    case "start":
      return "left";
    case "center":
      return "center";
    case "right":
    case "end":
      return "right";
    case "both":
    case "distribute":
      return "justify";
    default:
      return null;
  }
}

function headingLevel(style: string | null): number | null {
  if (!style) return null;
  if (/^title$/i.test(style)) return 1;
  const match = /^heading\s*([1-9])$/i.exec(style);
  return match?.[1] ? Number(match[1]) : null;
}

/** The page of the body's last section: the one Word shows for a single-section document. */
export interface PageSetup {
  /** Twips. */
  width: number;
  height: number;
  landscape: boolean;
  margins: { top: number; right: number; bottom: number; left: number };
}

const A4_PORTRAIT: PageSetup = {
  width: 11906,
  height: 16838,
  landscape: false,
  margins: { top: 1440, right: 1440, bottom: 1440, left: 1440 },
};

export function pageSetup(body: XmlElement): PageSetup {
  const sectPr = childElements(body).filter((el) => el.nodeName === "w:sectPr").pop() ?? null;
  const pgSz = firstChild(sectPr, "w:pgSz");
  const pgMar = childPath(sectPr, "w:pgMar");
  let width = intAttr(pgSz, "w:w") ?? A4_PORTRAIT.width;
  let height = intAttr(pgSz, "w:h") ?? A4_PORTRAIT.height;
  const landscape = pgSz?.getAttribute("w:orient") === "landscape" || width > height;
  // Some producers write orient="landscape" with portrait dimensions; Word shows the wide page.
  if (landscape && width < height) [width, height] = [height, width];
  const margin = (name: string, fallback: number) => Math.max(0, Math.abs(intAttr(pgMar, name) ?? fallback));
  return {
    width,
    height,
    landscape,
    margins: {
      top: margin("w:top", 1440),
      right: margin("w:right", 1440),
      bottom: margin("w:bottom", 1440),
      left: margin("w:left", 1440),
    },
  };
}
