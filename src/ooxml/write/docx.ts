/**
 * A document spec → a minimal, valid `.docx` (what the CLI writes): the main document with its section (A4,
 * margins per Nghị định 30), a style sheet whose Normal style is Times New Roman 13 pt (or 12) in Vietnamese,
 * and the package properties.
 */
import JSZip from "jszip";
import type { DocumentSpec } from "../../core/tables/spec";
import { blocksXml } from "./blocks";
import { W_NS } from "./flat-opc";
import { sectionPropertiesXml } from "./page";
import { FONT_NAME, fontPropertiesXml } from "./styled-text";
import { escapeXml } from "./xml-text";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES =
  XML_DECLARATION +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  "</Types>";

const PACKAGE_RELS =
  XML_DECLARATION +
  `<Relationships xmlns="${REL_NS}">` +
  `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${OFFICE_REL}/extended-properties" Target="docProps/app.xml"/>` +
  "</Relationships>";

const DOCUMENT_RELS =
  XML_DECLARATION +
  `<Relationships xmlns="${REL_NS}">` +
  `<Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/>` +
  "</Relationships>";

function stylesXml(fontSizePt: number): string {
  const { fonts, size } = fontPropertiesXml(fontSizePt);
  return (
    XML_DECLARATION +
    `<w:styles xmlns:w="${W_NS}">` +
    "<w:docDefaults>" +
    `<w:rPrDefault><w:rPr>${fonts}${size}<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    "</w:docDefaults>" +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    `<w:rPr><w:rFonts w:ascii="${FONT_NAME}" w:hAnsi="${FONT_NAME}" w:cs="${FONT_NAME}"/>${size}<w:lang w:val="vi-VN"/></w:rPr></w:style>` +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    "</w:styles>"
  );
}

function corePropertiesXml(title: string | undefined, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${escapeXml(title)}</dc:title>` : "") +
    "<dc:language>vi-VN</dc:language>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

const APP_PROPERTIES =
  XML_DECLARATION +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  "<Application>Cải Tiến</Application>" +
  "</Properties>";

/** The `word/document.xml` of a document spec. */
export function documentPartXml(spec: DocumentSpec): string {
  return (
    XML_DECLARATION +
    `<w:document xmlns:w="${W_NS}"><w:body>` +
    blocksXml(spec.blocks, spec) +
    sectionPropertiesXml(spec.orientation) +
    "</w:body></w:document>"
  );
}

export async function documentToDocx(spec: DocumentSpec, options: { created?: Date } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  // [Content_Types].xml first, as Word and most readers expect it at the start of the archive.
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", PACKAGE_RELS);
  zip.file("word/document.xml", documentPartXml(spec));
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS);
  zip.file("word/styles.xml", stylesXml(spec.fontSizePt));
  zip.file("docProps/core.xml", corePropertiesXml(spec.title, options.created ?? new Date()));
  zip.file("docProps/app.xml", APP_PROPERTIES);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
