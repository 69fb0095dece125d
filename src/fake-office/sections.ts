/**
 * Sections of the fake document, as Word lays them out: a section ends with a paragraph whose w:pPr holds a
 * w:sectPr (a section break), and the last section with the body's own w:sectPr. Page size, orientation and
 * margins of a block are those of the section it lies in.
 *
 * Word's rules the fake relies on ("Understand when and how to use Office Open XML in your Word add-in",
 * learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml):
 * - inserted OOXML "will take on the active section properties in the destination document": the package's own
 *   trailing w:sectPr is dropped (ooxml-package.ts);
 * - unless the content "includes a section break (… more than one w:sectPr tag)": a paragraph of the package
 *   holding a w:sectPr is kept, so it ends a section of its own and splits the destination section.
 * `getOoxml()` returns a one-section package: its body ends with the w:sectPr of the section holding the range's
 * end, so an add-in can read the page setup where it is about to insert.
 */
import type { Element, Node } from "@xmldom/xmldom";
import { childElements, firstW, isW } from "./xml";

/** The child of `body` that holds `node` (itself when it is one). */
export function topLevelBlock(body: Element, node: Node): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.parentNode === body) return n as Element;
  return null;
}

/** The w:sectPr a paragraph carries as a section break, if any. */
export function sectionBreakOf(block: Element): Element | null {
  if (!isW(block, "p")) return null;
  const pPr = firstW(block, "pPr");
  return pPr ? firstW(pPr, "sectPr") : null;
}

/** The w:sectPr of the section holding `node` (the body's own for the last section); null when there is none. */
export function sectionPropertiesOf(body: Element, node: Node): Element | null {
  const block = topLevelBlock(body, node);
  const blocks = childElements(body);
  const start = block ? blocks.indexOf(block) : 0;
  for (const candidate of blocks.slice(Math.max(0, start))) {
    if (isW(candidate, "sectPr")) return candidate;
    const inner = sectionBreakOf(candidate);
    if (inner) return inner;
  }
  return null;
}
