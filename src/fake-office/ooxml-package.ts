/**
 * The flat-OPC package format (`<pkg:package>`) that Word's `getOoxml()` returns and `insertOoxml()` accepts.
 * Only the main document part is read on insert; relationships (images, hyperlinks), numbering and styles of the
 * inserted package are not merged into the document (a package with a styles part keeps its paragraphs' style
 * references, which then resolve against the document's own styles).
 */
import type { CDATASection, Document, Element, Node, Text } from "@xmldom/xmldom";
import { childElements, isElement, isW, parseXml, serializeXml, wChildren, wDescendants } from "./xml";

export const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const MAIN_PART = "/word/document.xml";
const MAIN_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

export interface ParsedOoxml {
  /** The w:document element (in its own parsed Document). */
  document: Element;
  /** Block-level children of w:body, the trailing w:sectPr dropped. */
  blocks: Element[];
  /** The package has a styles part (word/styles.xml): only then do its paragraphs keep their styles. */
  hasStyles: boolean;
}

const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";

/**
 * Reads a flat-OPC package; throws an Error saying what is wrong. Word's `insertOoxml` takes the Office Open XML
 * coercion format, a flat-OPC `pkg:package` ("Understand when and how to use Office Open XML in your Word add-in",
 * learn.microsoft.com): a bare `w:document` or anything else is refused.
 */
export function parseOoxmlForInsert(ooxml: string): ParsedOoxml {
  if (typeof ooxml !== "string" || ooxml.trim() === "") throw new Error("the OOXML string is empty");
  const root = parseXml(ooxml).documentElement;
  if (!root) throw new Error("missing root element");
  if (!(root.namespaceURI === PKG_NS && root.localName === "package")) {
    throw new Error(`expected a flat-OPC pkg:package, got <${root.tagName}>`);
  }
  const document = mainPartDocument(root);
  const body = isW(document, "document") ? wChildren(document, "body")[0] : undefined;
  if (!body) throw new Error("the main part is not a w:document with a w:body");
  const blocks = childElements(body);
  while (blocks.length > 0 && isW(blocks[blocks.length - 1], "sectPr")) blocks.pop();
  const hasStyles = childElements(root).some(
    (e) =>
      e.namespaceURI === PKG_NS &&
      e.localName === "part" &&
      (e.getAttributeNS(PKG_NS, "name") === "/word/styles.xml" || e.getAttributeNS(PKG_NS, "contentType") === STYLES_CONTENT_TYPE),
  );
  return { document, blocks, hasStyles };
}

function mainPartDocument(pkg: Element): Element {
  const parts = childElements(pkg).filter((e) => e.namespaceURI === PKG_NS && e.localName === "part");
  const main =
    parts.find((p) => p.getAttributeNS(PKG_NS, "name") === MAIN_PART) ??
    parts.find((p) => p.getAttributeNS(PKG_NS, "contentType") === MAIN_CONTENT_TYPE);
  if (!main) throw new Error(`the package has no ${MAIN_PART} part`);
  const xmlData = childElements(main).find((e) => e.namespaceURI === PKG_NS && e.localName === "xmlData");
  const document = xmlData ? childElements(xmlData)[0] : undefined;
  if (!document) throw new Error(`the ${MAIN_PART} part has no pkg:xmlData content`);
  return document;
}

export interface FlatOpcSource {
  /** The target document's w:document element: its namespace declarations are copied so the fragment parses. */
  documentElement: Element;
  blocks: Element[];
  /** Appended at the end of the body, as Word does. */
  sectPr: Element | null;
  /** word/styles.xml of the document, if any, included as Word includes it. */
  stylesXml: string | null;
}

/** Builds the flat-OPC string Word's `getOoxml()` returns for the given blocks. */
export function buildFlatOpc(source: FlatOpcSource): string {
  // Serialized block by block rather than copied into a new DOM: xmldom's node copies are slow on big tables.
  const root = source.documentElement;
  const declared = new Set(namespaceDeclarations(root).map(([name, uri]) => ` ${name}="${escapeAttribute(uri)}"`));
  const rootStart = serializeXml(emptyCopy(root)).replace(/\/>$/, ">");
  const bodyXml = [...source.blocks, ...(source.sectPr ? [source.sectPr] : [])]
    .map((block) => withoutRedundantDeclarations(serializeXml(block), declared))
    .join("");
  const prefix = root.prefix ? `${root.prefix}:` : "";
  const documentXml = `${rootStart}<${prefix}body>${bodyXml}</${prefix}body></${root.tagName}>`;

  const parts = [
    part(
      "/_rels/.rels",
      "application/vnd.openxmlformats-package.relationships+xml",
      relationships([["rId1", "officeDocument", "word/document.xml"]]),
      512,
    ),
  ];
  const styles = source.stylesXml ? stripDeclaration(source.stylesXml) : null;
  if (styles) {
    parts.push(
      part(
        "/word/_rels/document.xml.rels",
        "application/vnd.openxmlformats-package.relationships+xml",
        relationships([["rId1", "styles", "styles.xml"]]),
        256,
      ),
    );
  }
  parts.push(part(MAIN_PART, MAIN_CONTENT_TYPE, documentXml));
  if (styles) {
    parts.push(part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", styles));
  }
  return (
    '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n' +
    `<pkg:package xmlns:pkg="${PKG_NS}">${parts.join("")}</pkg:package>`
  );
}

function emptyCopy(element: Element): Element {
  const owner = element.ownerDocument as Document;
  const copy = owner.createElementNS(element.namespaceURI, element.tagName);
  for (const attr of Array.from(element.attributes)) copy.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
  return copy;
}

/** The serializer declares the block's namespaces on its start tag; those the root already declares are dropped. */
function withoutRedundantDeclarations(xml: string, declared: Set<string>): string {
  const end = xml.indexOf(">");
  if (end < 0) return xml;
  let startTag = xml.slice(0, end);
  for (const declaration of declared) startTag = startTag.replace(declaration, "");
  return startTag + xml.slice(end);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function part(name: string, contentType: string, xml: string, padding?: number): string {
  const pad = padding === undefined ? "" : ` pkg:padding="${padding}"`;
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"${pad}><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

function relationships(rels: Array<[string, string, string]>): string {
  const items = rels
    .map(
      ([id, type, target]) =>
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`,
    )
    .join("");
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

function stripDeclaration(xml: string): string {
  return xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, "");
}

/** Namespace declarations (xmlns:prefix → uri) on an element, used to carry inserted content's prefixes over. */
export function namespaceDeclarations(el: Element): Array<[string, string]> {
  if (!isElement(el)) return [];
  return Array.from(el.attributes)
    .filter((a) => a.name.startsWith("xmlns:"))
    .map((a) => [a.name, a.value]);
}

/**
 * Copies the blocks of a parsed package into the target document. Namespace prefixes declared on the source
 * w:document and unknown to the target root are declared on the target root, so saved XML stays tidy.
 */
export function importBlocks(target: Document, parsed: ParsedOoxml): Element[] {
  const root = target.documentElement;
  if (root) {
    for (const [name, uri] of namespaceDeclarations(parsed.document)) {
      if (!root.hasAttribute(name)) root.setAttributeNS(XMLNS_NS, name, uri);
    }
  }
  const blocks = parsed.blocks.map((block) => copyInto(target, block) as Element);
  // Same page: a style applies only when the package carries "part of the styles.xml part" and its
  // relationship; without one, Word ignores the paragraphs' style references.
  if (!parsed.hasStyles) {
    for (const block of blocks) {
      const paragraphs = isW(block, "p") ? [block, ...wDescendants(block, "p")] : wDescendants(block, "p");
      for (const paragraph of paragraphs) {
        const pPr = childElements(paragraph).find((e) => isW(e, "pPr"));
        for (const style of pPr ? childElements(pPr).filter((e) => isW(e, "pStyle")) : []) pPr!.removeChild(style);
      }
    }
  }
  return blocks;
}

/** A deep copy owned by `doc`, through the public DOM API (about 3× faster than xmldom's importNode). */
function copyInto(doc: Document, node: Node): Node {
  switch (node.nodeType) {
    case ELEMENT_NODE: {
      const source = node as Element;
      const el = doc.createElementNS(source.namespaceURI, source.tagName);
      const attributes = source.attributes;
      for (let i = 0; i < attributes.length; i++) {
        const attr = attributes.item(i);
        if (attr) el.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
      }
      for (let child = source.firstChild; child; child = child.nextSibling) el.appendChild(copyInto(doc, child));
      return el;
    }
    case TEXT_NODE:
      return doc.createTextNode((node as Text).data);
    case CDATA_SECTION_NODE:
      return doc.createCDATASection((node as CDATASection).data);
    default:
      return doc.importNode(node, true);
  }
}
