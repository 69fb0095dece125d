/**
 * The bases of the proxies that stand for one WordprocessingML element (w:p, w:tbl, w:tr, w:tc) and of their
 * collections: what makes a Paragraph, a Table, a TableRow or a TableCell a proxy is the same; only their
 * properties differ.
 */
import type { Element } from "@xmldom/xmldom";
import type { RequestContext } from "./context";
import { itemNotFound } from "./errors";
import { ClientCollection, ClientObject, Handle } from "./proxy";
import { isInside } from "./xml";

export abstract class ElementObject extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly handle: Handle<Element>,
    nullable = false,
  ) {
    super(context, { nullable });
  }

  /** @internal The element, at sync time; ItemNotFound if it left the document (deleted, or its table replaced). */
  element(): Element {
    const element = this.handle.get(this.objectPath);
    if (!isInside(element, this.context.host.document.body())) throw itemNotFound(this.objectPath);
    return element;
  }

  protected override isNullTarget(): boolean {
    return this.handle.getOrNull(this.objectPath) === null;
  }

  /**
   * @internal For a method called on this object, at sync time: the element, or null when this is a null object
   * and the host lets such calls give null objects (FakeHostOptions.nullObjectCalls); ItemNotFound otherwise.
   */
  elementOrNull(location: string): Element | null {
    if (this.handle.getOrNull(this.objectPath) === null) {
      if (this.context.host.nullObjectCalls === "refuse") throw itemNotFound(location);
      return null;
    }
    return this.element();
  }
}

/** A collection of the elements `members` lists at sync time, e.g. `Body.paragraphs` or `TableRow.cells`. */
export abstract class ElementCollection<TItem extends ClientObject> extends ClientCollection<TItem, Element> {
  readonly objectPath: string;

  /** `name`: the property that holds the collection ("paragraphs", "rows", …), for Office.js's object paths. */
  constructor(
    context: RequestContext,
    ownerPath: string,
    name: string,
    private readonly members: () => Element[],
  ) {
    super(context);
    this.objectPath = `${ownerPath}.${name}`;
  }

  protected targets(): Element[] {
    return this.members();
  }
}
