import type { Element } from "@xmldom/xmldom";
import type { RequestContext } from "./context";
import type { FakeWordDocument } from "./fake-document";
import { applyFont, runsOf, type FontChange } from "./formatting";
import { ClientObject, type ScalarReaders } from "./proxy";
import type { RunFormat } from "./styles";
import { firstW, wAttr } from "./xml";

/** Word.Font of a paragraph, range or body: a value when all its text agrees, null when mixed (as Word). */
export class Font extends ClientObject {
  readonly objectPath: string;

  constructor(
    context: RequestContext,
    ownerPath: string,
    private readonly paragraphs: () => Element[],
  ) {
    super(context);
    this.objectPath = `${ownerPath}.font`;
  }

  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.change("bold", value, { bold: value });
  }

  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.change("italic", value, { italic: value });
  }

  get name(): string | null {
    return this.read("name");
  }
  set name(value: string) {
    this.change("name", value, { name: value });
  }

  get size(): number | null {
    return this.read("size");
  }
  set size(value: number) {
    this.change("size", value, { size: value });
  }

  get color(): string | null {
    return this.read("color");
  }
  set color(value: string) {
    this.change("color", value, { color: value });
  }

  protected override scalarReaders(): ScalarReaders {
    const formats = (): RunFormat[] => runFormats(this.context.host.document, this.paragraphs());
    const agreed = <K extends keyof RunFormat>(key: K) => (): RunFormat[K] | null => {
      const values = new Set(formats().map((f) => f[key]));
      return values.size === 1 ? ([...values][0] as RunFormat[K]) : null;
    };
    return {
      bold: agreed("bold"),
      italic: agreed("italic"),
      name: agreed("name"),
      size: agreed("size"),
      color: agreed("color"),
    };
  }

  private change(name: string, value: unknown, change: FontChange): void {
    this.write(name, value, () => {
      applyFont(this.paragraphs(), change);
      this.context.host.document.markChanged();
    });
  }
}

/** The format of every run; an empty paragraph contributes the format of its paragraph mark. */
export function runFormats(document: FakeWordDocument, paragraphs: Element[]): RunFormat[] {
  const styles = document.styleSheet;
  return paragraphs.flatMap((paragraph) => {
    const pPr = firstW(paragraph, "pPr");
    const styleId = wAttr(pPr ? firstW(pPr, "pStyle") : null, "val") ?? styles.defaultParagraphStyleId();
    const runs = runsOf(paragraph);
    return runs.length > 0 ? runs.map((r) => styles.runFormat(r, styleId)) : [styles.runFormat(pPr, styleId)];
  });
}
