/**
 * Writing paragraph and run properties in the order the WordprocessingML schema requires (Word refuses some
 * out-of-order property elements as "unreadable content").
 */
import type { Element } from "@xmldom/xmldom";
import { childElements, createW, firstW, isW, W_NS } from "./xml";

const PPR_ORDER = [
  "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
  "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
  "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
  "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
  "rPr", "sectPr", "pPrChange",
];

const RPR_ORDER = [
  "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss",
  "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
  "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
  "specVanish", "oMath",
];

/** The w:pPr / w:rPr of an element, created as its first child if missing. */
export function propertiesOf(owner: Element, localName: "pPr" | "rPr"): Element {
  const existing = firstW(owner, localName);
  if (existing) return existing;
  if (owner.namespaceURI === W_NS && owner.localName === "pPr") {
    // The paragraph mark's w:rPr sits near the end of w:pPr, not first.
    setProperty(owner, localName);
    return firstW(owner, localName) as Element;
  }
  const props = createW(owner.ownerDocument, localName);
  owner.insertBefore(props, owner.firstChild);
  return props;
}

/** Sets (replacing) the property element `localName` with the given w: attributes, at its schema position. */
export function setProperty(props: Element, localName: string, attributes: Record<string, string> = {}): void {
  const order = isW(props, "pPr") ? PPR_ORDER : RPR_ORDER;
  for (const old of childElements(props).filter((e) => isW(e, localName))) props.removeChild(old);
  const el = createW(props.ownerDocument, localName, attributes);
  const rank = order.indexOf(localName);
  const next = childElements(props).find((e) => e.namespaceURI === W_NS && order.indexOf(e.localName ?? "") > rank);
  props.insertBefore(el, next ?? null);
}

/** Runs whose formatting `font` reports and changes: the paragraph's runs, deleted revisions left out. */
export function runsOf(paragraph: Element): Element[] {
  const runs: Element[] = [];
  const visit = (el: Element): void => {
    for (const child of childElements(el)) {
      if (isW(child, "r")) runs.push(child);
      else if (!isW(child, "del") && !isW(child, "pPr") && !isW(child, "p")) visit(child);
    }
  };
  visit(paragraph);
  return runs;
}

export interface FontChange {
  bold?: boolean;
  italic?: boolean;
  name?: string;
  size?: number;
  color?: string;
}

/** Applies a font change to every run of the paragraphs and to their paragraph marks, as Word does. */
export function applyFont(paragraphs: Element[], change: FontChange): void {
  for (const paragraph of paragraphs) {
    const targets = [...runsOf(paragraph).map((r) => propertiesOf(r, "rPr")), propertiesOf(propertiesOf(paragraph, "pPr"), "rPr")];
    for (const rPr of targets) {
      if (change.bold !== undefined) toggle(rPr, ["b", "bCs"], change.bold);
      if (change.italic !== undefined) toggle(rPr, ["i", "iCs"], change.italic);
      if (change.name !== undefined) setProperty(rPr, "rFonts", { ascii: change.name, hAnsi: change.name, cs: change.name });
      if (change.size !== undefined) {
        const halfPoints = String(Math.round(change.size * 2));
        setProperty(rPr, "sz", { val: halfPoints });
        setProperty(rPr, "szCs", { val: halfPoints });
      }
      if (change.color !== undefined) setProperty(rPr, "color", { val: change.color.replace(/^#/, "").toUpperCase() });
    }
  }
}

function toggle(rPr: Element, names: string[], on: boolean): void {
  for (const name of names) setProperty(rPr, name, on ? {} : { val: "0" });
}
