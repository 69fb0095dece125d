import type { RangeTarget } from "./blocks";
import { Body } from "./body";
import type { RequestContext } from "./context";
import { ClientObject, Handle } from "./proxy";
import { Range } from "./range";
import { SettingCollection } from "./settings";

/** Word.Document: `context.document`. */
export class DocumentProxy extends ClientObject {
  readonly objectPath = "Document";
  readonly body: Body;
  private cachedSettings?: SettingCollection;

  constructor(context: RequestContext) {
    super(context);
    this.body = new Body(context);
  }

  /** WordApi 1.4: on an older host its operations fail at sync with ApiNotFound. */
  get settings(): SettingCollection {
    this.cachedSettings ??= new SettingCollection(this.context);
    return this.cachedSettings;
  }

  /**
   * The selection: a collapsed cursor (at the end, or the start, of its paragraph) or a span of paragraphs,
   * possibly over several table cells; with no selection, the end of the first paragraph.
   */
  getSelection(): Range {
    this.context.ensureOpen(this.objectPath);
    const document = this.context.host.document;
    return new Range(
      this.context,
      new Handle<RangeTarget>(() => {
        return document.selectionTarget() ?? { kind: "body", body: document.body() };
      }),
    );
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "body") return this.body;
    if (name === "settings") return this.settings;
    return undefined;
  }
}
