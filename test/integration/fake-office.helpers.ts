import fs from "node:fs";
import path from "node:path";
import { XMLSerializer } from "@xmldom/xmldom";
import type { Element } from "@xmldom/xmldom";
import { createFakeHost, FakeWordDocument, installFakeHost, type FakeHost } from "../../src/fake-office";

export const SAMPLES = path.resolve(__dirname, "../../samples");
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(SAMPLES, name)));
}

export async function loadSample(name: string): Promise<FakeWordDocument> {
  return FakeWordDocument.fromDocx(sampleBytes(name));
}

/** Creates a host on the document and installs it as the globals Office / Word, typed by @types/office-js. */
export function install(
  document: FakeWordDocument,
  options: { supportedWordApi?: string; refuseCommentsAfter?: number; nullObjectCalls?: "propagate" | "refuse" } = {},
): FakeHost {
  const host = createFakeHost({ document, ...options });
  installFakeHost(globalThis, host);
  return host;
}

export function serialize(node: Element): string {
  return new XMLSerializer().serializeToString(node);
}

export function bodyChildren(document: FakeWordDocument): Element[] {
  const result: Element[] = [];
  for (let n = document.body().firstChild; n; n = n.nextSibling) if (n.nodeType === 1) result.push(n as Element);
  return result;
}

/** Independent of the fake's own text logic: the w:t texts of a w:p. */
export function plainText(paragraph: Element): string {
  return Array.from(paragraph.getElementsByTagNameNS(W_NS, "t"))
    .map((t) => t.textContent ?? "")
    .join("");
}

export function paragraphIndexOf(document: FakeWordDocument, text: string): number {
  const index = Array.from(document.xml.getElementsByTagName("w:p")).findIndex((p) => plainText(p) === text);
  if (index < 0) throw new Error(`no paragraph "${text}" in the sample`);
  return index;
}

export function flatOpc(bodyXml: string): string {
  return (
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' +
    "</pkg:xmlData></pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
    `<w:document xmlns:w="${W_NS}"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>` +
    "</pkg:xmlData></pkg:part></pkg:package>"
  );
}

export const TABLE_XML =
  '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
  '<w:tr><w:tc><w:p><w:r><w:t>Nội dung cải tiến</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>a &lt; b &amp; "c"</w:t></w:r></w:p></w:tc></w:tr>' +
  "</w:tbl>";
