/**
 * Style names and effective run formatting, read from word/styles.xml, so `Paragraph.style` reports a style
 * name (as Word does, not the style id) and `font` reports what the text looks like.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { firstW, wAttr, wDescendants } from "./xml";

const BUILT_IN_STYLE_NAMES = [
  "Normal", "Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6", "Heading7", "Heading8", "Heading9",
  "Toc1", "Toc2", "Toc3", "Toc4", "Toc5", "Toc6", "Toc7", "Toc8", "Toc9", "FootnoteText", "Header", "Footer", "Caption",
  "FootnoteReference", "EndnoteReference", "EndnoteText", "Title", "Subtitle", "Hyperlink", "Strong", "Emphasis",
  "NoSpacing", "ListParagraph", "Quote", "IntenseQuote", "SubtleEmphasis", "IntenseEmphasis", "SubtleReference",
  "IntenseReference", "BookTitle", "Bibliography", "TocHeading", "TableGrid",
];

// Word's own defaults when neither the run, its paragraph style nor w:docDefaults say anything.
const FALLBACK_FONT = { name: "Times New Roman", size: 10 };

export interface RunFormat {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  name: string;
  size: number;
  color: string;
}

export class StyleSheet {
  private readonly byId = new Map<string, Element>();

  constructor(private readonly styles: Document | null) {
    if (!styles) return;
    for (const style of wDescendants(styles, "style")) {
      const id = wAttr(style, "styleId");
      if (id) this.byId.set(id, style);
    }
  }

  defaultParagraphStyleId(): string {
    for (const [id, style] of this.byId) {
      if (wAttr(style, "type") === "paragraph" && ["1", "true", "on"].includes(wAttr(style, "default") ?? "")) return id;
    }
    return "Normal";
  }

  /** The name Word shows for a style id: built-in names capitalised ("heading 1" → "Heading 1"). */
  displayName(styleId: string): string {
    const style = this.byId.get(styleId);
    const name = wAttr(style ? firstW(style, "name") : null, "val") ?? styleId;
    return builtInOf(name) === "Other" ? name : name.charAt(0).toUpperCase() + name.slice(1);
  }

  builtIn(styleId: string): string {
    return builtInOf(this.displayName(styleId));
  }

  /** Finds a paragraph style by name (as Word's `style` setter takes) or by id, case-insensitively. */
  idOfName(name: string): string | null {
    const wanted = name.trim().toLowerCase();
    for (const [id, style] of this.byId) {
      const styleName = wAttr(firstW(style, "name"), "val") ?? "";
      if (styleName.toLowerCase() === wanted || id.toLowerCase() === wanted) return id;
    }
    return null;
  }

  /** Formatting of a run: direct w:rPr, then the paragraph style chain, then w:docDefaults. */
  runFormat(run: Element | null, paragraphStyleId: string): RunFormat {
    const layers: Element[] = [];
    const direct = run ? firstW(run, "rPr") : null;
    if (direct) layers.push(direct);
    const seen = new Set<string>();
    for (let id: string | null = paragraphStyleId; id && !seen.has(id); ) {
      seen.add(id);
      const style = this.byId.get(id);
      if (!style) break;
      const rPr = firstW(style, "rPr");
      if (rPr) layers.push(rPr);
      id = wAttr(firstW(style, "basedOn"), "val");
    }
    const defaults = this.styles ? wDescendants(this.styles, "rPrDefault")[0] : undefined;
    const defaultRPr = defaults ? firstW(defaults, "rPr") : null;
    if (defaultRPr) layers.push(defaultRPr);

    const find = (name: string): Element | null => {
      for (const layer of layers) {
        const el = firstW(layer, name);
        if (el) return el;
      }
      return null;
    };
    const size = Number(wAttr(find("sz"), "val"));
    const fonts = layers.map((l) => firstW(l, "rFonts")).find((f) => f && wAttr(f, "ascii"));
    const underline = wAttr(find("u"), "val");
    return {
      bold: isOn(find("b")),
      italic: isOn(find("i")),
      underline: underline !== null && underline !== "none",
      name: wAttr(fonts ?? null, "ascii") ?? FALLBACK_FONT.name,
      size: Number.isFinite(size) && size > 0 ? size / 2 : FALLBACK_FONT.size,
      color: colorOf(find("color")),
    };
  }
}

function builtInOf(name: string): string {
  const compact = name.replace(/\s+/g, "").toLowerCase();
  return BUILT_IN_STYLE_NAMES.find((b) => b.toLowerCase() === compact) ?? "Other";
}

/** A toggle property (w:b, w:i): present means on unless w:val says false. */
function isOn(el: Element | null): boolean {
  if (!el) return false;
  const val = wAttr(el, "val");
  return val === null || !["0", "false", "off"].includes(val);
}

function colorOf(el: Element | null): string {
  const val = wAttr(el, "val");
  if (!val || val === "auto") return "#000000";
  return /^[0-9a-f]{6}$/i.test(val) ? `#${val.toUpperCase()}` : val;
}

/** Word.BuiltInStyleName → a style id and name to write when the document has no such style yet. */
export function builtInStyleId(builtIn: string): string | null {
  return BUILT_IN_STYLE_NAMES.find((b) => b.toLowerCase() === builtIn.toLowerCase()) ?? null;
}
