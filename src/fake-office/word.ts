/** The `Word` global of the fake host: `Word.run` and the enums the add-in reads. */
import { RequestContext, type HostState } from "./context";
import { ErrorCodes } from "./errors";

const BUILT_IN_STYLE_NAMES = [
  "Other", "Normal", "Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6", "Heading7", "Heading8",
  "Heading9", "Toc1", "Toc2", "Toc3", "Toc4", "Toc5", "Toc6", "Toc7", "Toc8", "Toc9", "FootnoteText", "Header", "Footer",
  "Caption", "FootnoteReference", "EndnoteReference", "EndnoteText", "Title", "Subtitle", "Hyperlink", "Strong",
  "Emphasis", "NoSpacing", "ListParagraph", "Quote", "IntenseQuote", "SubtleEmphasis", "IntenseEmphasis",
  "SubtleReference", "IntenseReference", "BookTitle", "Bibliography", "TocHeading", "TableGrid",
];

/** `{ before: "Before", ... }`: Office.js enums are objects of lower-camel keys to string values. */
function stringEnum(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => [v.charAt(0).toLowerCase() + v.slice(1), v]));
}

export interface FakeWordNamespace {
  run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
  RequestContext: typeof RequestContext;
  InsertLocation: Record<string, string>;
  Alignment: Record<string, string>;
  BuiltInStyleName: Record<string, string>;
  SelectionMode: Record<string, string>;
  RangeLocation: Record<string, string>;
  ErrorCodes: Record<string, string>;
}

export function createWordNamespace(host: HostState): FakeWordNamespace {
  return {
    /**
     * A fresh context per call. When the batch settles, pending operations are flushed with one last sync (as
     * Office.js does) and every proxy of the context stops working.
     */
    async run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
      if (typeof batch !== "function") {
        throw new TypeError("The fake Word host supports Word.run(batch) only (not Word.run(object, batch)).");
      }
      const context = new RequestContext(host);
      try {
        const result = await batch(context);
        if (context.hasPending()) await context.sync();
        return result;
      } finally {
        context.close();
      }
    },
    RequestContext,
    InsertLocation: stringEnum(["Before", "After", "Start", "End", "Replace"]),
    Alignment: stringEnum(["Mixed", "Unknown", "Left", "Centered", "Right", "Justified"]),
    BuiltInStyleName: stringEnum(BUILT_IN_STYLE_NAMES),
    SelectionMode: stringEnum(["Select", "Start", "End"]),
    RangeLocation: stringEnum(["Whole", "Start", "End", "Before", "After", "Content"]),
    ErrorCodes: { ...ErrorCodes },
  };
}
