/**
 * Small WordprocessingML helpers over @xmldom/xmldom, shared by the fake document and the proxies.
 * Lookups are namespace-aware, so a foreign prefix for the main namespace still works.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document, Element, Node } from "@xmldom/xmldom";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const ELEMENT_NODE = 1;

/** Parses XML, throwing an Error whose message says what is wrong (xmldom otherwise recovers silently). */
export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  });
  const doc = parser.parseFromString(text, "text/xml");
  if (!doc.documentElement) throw new Error("missing root element");
  return doc;
}

export function serializeXml(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

export function isElement(node: Node | null | undefined): node is Element {
  return node !== null && node !== undefined && node.nodeType === ELEMENT_NODE;
}

export function isW(node: Node | null | undefined, localName: string): node is Element {
  return isElement(node) && node.namespaceURI === W_NS && node.localName === localName;
}

export function childElements(parent: Element): Element[] {
  const result: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (isElement(n)) result.push(n);
  return result;
}

export function wChildren(parent: Element, localName: string): Element[] {
  return childElements(parent).filter((e) => isW(e, localName));
}

export function firstW(parent: Element, localName: string): Element | null {
  return wChildren(parent, localName)[0] ?? null;
}

/** Descendants named w:<localName> in document order (xmldom's live list copied to an array). */
export function wDescendants(root: Element | Document, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W_NS, localName));
}

export function closestW(start: Element, localName: string): Element | null {
  for (let n: Node | null = start; n; n = n.parentNode) if (isW(n, localName)) return n;
  return null;
}

/** Strict ancestors named w:<localName>, nearest first. */
export function ancestorsW(start: Element, localName: string): Element[] {
  const result: Element[] = [];
  for (let n: Node | null = start.parentNode; n; n = n.parentNode) if (isW(n, localName)) result.push(n);
  return result;
}

export function isInside(node: Node, ancestor: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

export function wAttr(el: Element | null, localName: string): string | null {
  if (!el) return null;
  return el.getAttributeNS(W_NS, localName) ?? null;
}

export function createW(doc: Document | null, localName: string, attributes: Record<string, string> = {}): Element {
  if (!doc) throw new Error(`cannot create w:${localName} outside a document`);
  const el = doc.createElementNS(W_NS, `w:${localName}`);
  for (const [name, value] of Object.entries(attributes)) el.setAttributeNS(W_NS, `w:${name}`, value);
  return el;
}

// Subtrees whose content is not the paragraph's own visible text: properties (w:tabs/w:tab are tab stops),
// deleted revisions, nested paragraphs of text boxes, and the duplicate fallback of alternate content.
const SKIPPED_FOR_TEXT = new Set(["pPr", "rPr", "del", "p", "txbxContent", "instrText", "delText"]);

/** The text Word's `Paragraph.text` reports: w:t, w:tab → "\t", w:br/w:cr → "\n"; deleted revisions left out. */
export function paragraphText(paragraph: Element): string {
  let text = "";
  const visit = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (!isElement(n)) continue;
      if (n.namespaceURI === MC_NS && n.localName === "Fallback") continue;
      if (n.namespaceURI === W_NS) {
        const name = n.localName ?? "";
        if (SKIPPED_FOR_TEXT.has(name)) continue;
        if (name === "t") {
          text += n.textContent ?? "";
          continue;
        }
        if (name === "tab" || name === "ptab") {
          text += "\t";
          continue;
        }
        if (name === "br" || name === "cr") {
          text += "\n";
          continue;
        }
        if (name === "noBreakHyphen") {
          text += "-";
          continue;
        }
      }
      visit(n);
    }
  };
  visit(paragraph);
  return text;
}
