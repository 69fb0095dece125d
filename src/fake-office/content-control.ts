/**
 * Word.ContentControl, as far as the add-in meets one: the selection can sit in a paragraph inside a block-level
 * content control (w:sdt), and `Range.parentContentControlOrNullObject` tells so. Its range covers the whole w:sdt,
 * so inserting "After" it puts blocks after the control rather than inside it.
 */
import type { Element } from "@xmldom/xmldom";
import type { RangeTarget } from "./blocks";
import { ElementObject } from "./element-proxy";
import { Handle, type ScalarReaders } from "./proxy";
import { Range } from "./range";
import { subRange } from "./range-ops";
import { closestW, firstW, wAttr } from "./xml";

/** The w:sdt holding the range's start, if any. */
export function parentControlOf(target: RangeTarget): Element | null {
  const start = target.kind === "body" ? target.body : target.kind === "cursor" ? target.paragraph : target.kind === "span" ? target.from : target.first;
  const parent = start.parentNode as Element | null;
  return parent ? closestW(parent, "sdt") : null;
}

export class ContentControl extends ElementObject {
  readonly objectPath = "ContentControl";

  get tag(): string {
    return this.read("tag");
  }

  get title(): string {
    return this.read("title");
  }

  getRange(rangeLocation?: string): Range {
    this.context.ensureOpen(this.objectPath);
    return new Range(
      this.context,
      new Handle(() => {
        const control = this.element();
        return subRange({ kind: "blocks", first: control, last: control }, rangeLocation, `${this.objectPath}.getRange`);
      }),
    );
  }

  protected override scalarReaders(): ScalarReaders {
    const property = (name: string): string => {
      const sdtPr = firstW(this.element(), "sdtPr");
      return wAttr(sdtPr ? firstW(sdtPr, name) : null, "val") ?? "";
    };
    return { tag: () => property("tag"), title: () => property("alias") };
  }
}
