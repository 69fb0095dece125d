/**
 * The few DOM features the preview reads from WordprocessingML, typed structurally so that both an
 * @xmldom/xmldom document (the fake host's, and the unit tests') and a browser XML document fit.
 * Elements are matched by qualified name ("w:p"), as the fake host indexes paragraphs that way.
 */

export interface XmlNodeList<T> {
  readonly length: number;
  item(index: number): T | null;
}

export interface XmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: XmlNodeList<XmlNode>;
  readonly textContent: string | null;
}

export interface XmlElement extends XmlNode {
  readonly ownerDocument: XmlDocument | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(qualifiedName: string): XmlNodeList<XmlElement>;
}

export interface XmlDocument {
  readonly documentElement: XmlElement | null;
  getElementsByTagName(qualifiedName: string): XmlNodeList<XmlElement>;
}

const ELEMENT_NODE = 1;

export function isElement(node: XmlNode | null | undefined): node is XmlElement {
  return node?.nodeType === ELEMENT_NODE;
}

export function childElements(parent: XmlNode): XmlElement[] {
  const result: XmlElement[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes.item(i);
    if (isElement(node)) result.push(node);
  }
  return result;
}

export function firstChild(parent: XmlNode | null | undefined, name: string): XmlElement | null {
  if (!parent) return null;
  return childElements(parent).find((el) => el.nodeName === name) ?? null;
}

/** Follows a path of direct children, e.g. `childPath(tc, "w:tcPr", "w:vMerge")`. */
export function childPath(parent: XmlNode | null | undefined, ...names: string[]): XmlElement | null {
  let current: XmlElement | null = null;
  let scope: XmlNode | null | undefined = parent;
  for (const name of names) {
    current = firstChild(scope, name);
    if (!current) return null;
    scope = current;
  }
  return current;
}

export function wVal(el: XmlElement | null | undefined): string | null {
  return el ? el.getAttribute("w:val") : null;
}

export function intAttr(el: XmlElement | null | undefined, name: string): number | null {
  const raw = el?.getAttribute(name);
  if (raw == null || raw === "") return null;
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : null;
}

/** OOXML on/off properties (`<w:b/>`, `<w:b w:val="0"/>`): present and not switched off. */
export function isOn(el: XmlElement | null | undefined): boolean {
  if (!el) return false;
  const val = wVal(el);
  return val === null || !["0", "false", "off", "none"].includes(val.toLowerCase());
}

/** Index of every `w:p` among all of them in document order: the fake host's selection numbering. */
export function paragraphIndexMap(doc: { getElementsByTagName(name: string): XmlNodeList<XmlElement> }): Map<XmlElement, number> {
  const map = new Map<XmlElement, number>();
  const all = doc.getElementsByTagName("w:p");
  for (let i = 0; i < all.length; i++) {
    const p = all.item(i);
    if (p) map.set(p, i);
  }
  return map;
}
