/**
 * The flat-OPC package Word's `insertOoxml` takes: a `pkg:package` holding the relationships part and
 * `word/document.xml` with the body content to insert.
 */

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function documentXml(bodyContent: string): string {
  return `<w:document xmlns:w="${W_NS}"><w:body>${bodyContent}</w:body></w:document>`;
}

export function flatOpcPackage(bodyContent: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml">' +
    "<pkg:xmlData>" +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    "</Relationships>" +
    "</pkg:xmlData>" +
    "</pkg:part>" +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    `<pkg:xmlData>${documentXml(bodyContent)}</pkg:xmlData>` +
    "</pkg:part>" +
    "</pkg:package>"
  );
}
