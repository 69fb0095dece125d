import type { Element } from "@xmldom/xmldom";
import type { RequestContext } from "./context";
import { Paragraph } from "./paragraph";
import { ClientCollection, Handle } from "./proxy";
import { Table } from "./table";

export class ParagraphCollection extends ClientCollection<Paragraph, Element> {
  readonly objectPath: string;

  constructor(
    context: RequestContext,
    ownerPath: string,
    private readonly members: () => Element[],
  ) {
    super(context);
    this.objectPath = `${ownerPath}.paragraphs`;
  }

  protected targets(): Element[] {
    return this.members();
  }

  protected createItem(handle: Handle<Element>, nullable?: boolean): Paragraph {
    return new Paragraph(this.context, handle, nullable);
  }
}

export class TableCollection extends ClientCollection<Table, Element> {
  readonly objectPath: string;

  constructor(
    context: RequestContext,
    ownerPath: string,
    private readonly members: () => Element[],
  ) {
    super(context);
    this.objectPath = `${ownerPath}.tables`;
  }

  protected targets(): Element[] {
    return this.members();
  }

  protected createItem(handle: Handle<Element>, nullable?: boolean): Table {
    return new Table(this.context, handle, nullable);
  }
}
