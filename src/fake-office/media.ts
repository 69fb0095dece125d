/**
 * Pictures travel with getOoxml(): Word returns a range's OOXML as a flat-OPC package in which every picture the
 * range shows is a part of its own, its bytes base64-encoded in `pkg:binaryData` ("Create better add-ins for Word
 * with Office Open XML", learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml:
 * an image's part "contains the binary data for the image, encoded as base64"). So a body with 10 MB of photos
 * answers getOoxml() with some 13 MB; the fake does the same so tests see what fetching a whole body costs.
 */
import type JSZip from "jszip";
import type { Element } from "@xmldom/xmldom";
import { parseXml } from "./xml";

const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const IMAGE_REL = /\/image$/;

export interface MediaPart {
  /** Part name as Word writes it in the package, e.g. "/word/media/image1.png". */
  readonly name: string;
  readonly contentType: string;
  readonly base64: string;
}

const CONTENT_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  bmp: "image/bmp",
  emf: "image/x-emf",
  wmf: "image/x-wmf",
  tif: "image/tiff",
  tiff: "image/tiff",
};

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The main part's image relationships (id → part), with their bytes, read once when the document opens. */
export async function loadMedia(zip: JSZip, mainPartPath: string): Promise<Map<string, MediaPart>> {
  const slash = mainPartPath.lastIndexOf("/");
  const folder = mainPartPath.slice(0, slash + 1);
  const rels = zip.file(`${folder}_rels/${mainPartPath.slice(slash + 1)}.rels`);
  const media = new Map<string, MediaPart>();
  if (!rels) return media;
  const xml = parseXml(await rels.async("string"));
  for (const rel of Array.from(xml.getElementsByTagName("Relationship"))) {
    const id = rel.getAttribute("Id");
    const type = rel.getAttribute("Type");
    const target = rel.getAttribute("Target");
    if (!id || !type || !target || !IMAGE_REL.test(type) || rel.getAttribute("TargetMode") === "External") continue;
    const path = target.startsWith("/") ? target.slice(1) : folder + target;
    const file = zip.file(path);
    if (!file) continue;
    const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    media.set(id, {
      name: `/${path}`,
      contentType: CONTENT_TYPES[extension] ?? "application/octet-stream",
      base64: toBase64(await file.async("uint8array")),
    });
  }
  return media;
}

/** The ids of the pictures the blocks show (DrawingML a:blip r:embed, VML v:imagedata r:id). */
function pictureIds(blocks: readonly Element[]): Set<string> {
  const ids = new Set<string>();
  for (const block of blocks) {
    for (const blip of Array.from(block.getElementsByTagNameNS("*", "blip"))) {
      const id = blip.getAttributeNS(R_NS, "embed");
      if (id) ids.add(id);
    }
    for (const image of Array.from(block.getElementsByTagNameNS("*", "imagedata"))) {
      const id = image.getAttributeNS(R_NS, "id");
      if (id) ids.add(id);
    }
  }
  return ids;
}

/** `pkg:part` elements carrying the pictures the blocks show, to add to the package getOoxml() returns. */
export function pictureParts(blocks: readonly Element[], media: ReadonlyMap<string, MediaPart>): string {
  let parts = "";
  for (const id of pictureIds(blocks)) {
    const part = media.get(id);
    if (!part) continue;
    parts +=
      `<pkg:part pkg:name="${part.name}" pkg:contentType="${part.contentType}" pkg:compression="store">` +
      `<pkg:binaryData>${part.base64}</pkg:binaryData></pkg:part>`;
  }
  return parts;
}
