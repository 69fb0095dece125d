import type { Element } from "@xmldom/xmldom";
import type { RequestContext } from "./context";
import { ElementCollection } from "./element-proxy";
import { Paragraph } from "./paragraph";
import type { Handle } from "./proxy";
import { Table } from "./table";

export class ParagraphCollection extends ElementCollection<Paragraph> {
  constructor(context: RequestContext, ownerPath: string, members: () => Element[]) {
    super(context, ownerPath, "paragraphs", members);
  }

  protected createItem(handle: Handle<Element>, nullable?: boolean): Paragraph {
    return new Paragraph(this.context, handle, nullable);
  }
}

export class TableCollection extends ElementCollection<Table> {
  constructor(context: RequestContext, ownerPath: string, members: () => Element[]) {
    super(context, ownerPath, "tables", members);
  }

  protected createItem(handle: Handle<Element>, nullable?: boolean): Table {
    return new Table(this.context, handle, nullable);
  }
}
