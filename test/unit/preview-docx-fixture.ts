// Shared by the preview-* unit tests: reads word/document.xml of a sample, or parses a body written inline.
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import type { XmlDocument, XmlElement } from "../../src/preview/xml-nodes";

export const SAMPLES = path.resolve(__dirname, "../../samples");

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function parseXml(xml: string): XmlDocument {
  return new DOMParser().parseFromString(xml, "text/xml") as unknown as XmlDocument;
}

export async function sampleDocument(name: string): Promise<XmlDocument> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(SAMPLES, name)));
  const main = zip.file("word/document.xml");
  if (!main) throw new Error(`${name} has no word/document.xml`);
  return parseXml(await main.async("string"));
}

export function bodyDocument(bodyXml: string): XmlDocument {
  return parseXml(`<w:document xmlns:w="${W_NS}"><w:body>${bodyXml}</w:body></w:document>`);
}

export function body(doc: XmlDocument): XmlElement {
  const found = doc.getElementsByTagName("w:body").item(0);
  if (!found) throw new Error("no w:body");
  return found;
}

/** Top-level tables (`w:body/w:tbl`) in document order. */
export function topLevelTables(doc: XmlDocument): XmlElement[] {
  const result: XmlElement[] = [];
  const children = body(doc).childNodes;
  for (let i = 0; i < children.length; i++) {
    const node = children.item(i);
    if (node && node.nodeName === "w:tbl") result.push(node as XmlElement);
  }
  return result;
}

export function allParagraphs(doc: XmlDocument): XmlElement[] {
  const list = doc.getElementsByTagName("w:p");
  return Array.from({ length: list.length }, (_, i) => list.item(i) as XmlElement);
}
