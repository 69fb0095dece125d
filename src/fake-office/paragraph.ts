import type { InsertLocation, RangeTarget } from "./blocks";
import { itemNotFound } from "./errors";
import { Font } from "./font";
import { propertiesOf, setProperty } from "./formatting";
import { ElementObject } from "./element-proxy";
import { Handle, type ClientObject, type ClientResult, type ScalarReaders } from "./proxy";
import { Range } from "./range";
import { getOoxmlOp, insertOoxmlOp, insertParagraphOp, insertTextOp, selectOp } from "./range-ops";
import { subRange } from "./range-ops";
import { builtInStyleId } from "./styles";
import { Table } from "./table";
import { ancestorsW, closestW, firstW, paragraphText, wAttr } from "./xml";

const PARAGRAPH_INSERT_PARAGRAPH: readonly InsertLocation[] = ["Before", "After"];
const PARAGRAPH_INSERT_OOXML: readonly InsertLocation[] = ["Replace", "Start", "End"];

// w:jc values ↔ Word.Alignment.
const ALIGNMENT_OF_JC: Record<string, string> = {
  left: "Left", start: "Left", center: "Centered", right: "Right", end: "Right", both: "Justified",
  distribute: "Justified", mediumKashida: "Justified", highKashida: "Justified", lowKashida: "Justified",
  thaiDistribute: "Justified",
};
const JC_OF_ALIGNMENT: Record<string, string> = { Left: "left", Centered: "center", Right: "right", Justified: "both" };

export class Paragraph extends ElementObject {
  readonly objectPath = "Paragraph";
  private cachedFont?: Font;
  private cachedParentTable?: Table;

  get text(): string {
    return this.read("text");
  }

  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.write("style", value, () => {
      const styles = this.context.host.document.styleSheet;
      const id = styles.idOfName(value) ?? builtInStyleId(value.replace(/\s+/g, ""));
      if (!id) throw itemNotFound(`${this.objectPath}.style`);
      this.setStyleId(id);
    });
  }

  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  set styleBuiltIn(value: string) {
    this.write("styleBuiltIn", value, () => {
      const id = builtInStyleId(value);
      if (!id || id === "Other") throw itemNotFound(`${this.objectPath}.styleBuiltIn`);
      const styles = this.context.host.document.styleSheet;
      this.setStyleId(styles.idOfName(id) ?? styles.idOfName(id.replace(/(\d)$/, " $1")) ?? id);
    });
  }

  get alignment(): string {
    return this.read("alignment");
  }
  set alignment(value: string) {
    this.write("alignment", value, () => {
      const jc = JC_OF_ALIGNMENT[value];
      if (!jc) throw itemNotFound(`${this.objectPath}.alignment`);
      setProperty(propertiesOf(this.element(), "pPr"), "jc", { val: jc });
      this.context.host.document.markChanged();
    });
  }

  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }

  get isListItem(): boolean {
    return this.read("isListItem");
  }

  get font(): Font {
    this.cachedFont ??= new Font(this.context, this.objectPath, () => [this.element()]);
    return this.cachedFont;
  }

  get parentTableOrNullObject(): Table {
    this.context.ensureOpen(this.objectPath);
    this.cachedParentTable ??= new Table(this.context, new Handle(() => closestW(this.element(), "tbl")), true);
    return this.cachedParentTable;
  }

  insertParagraph(paragraphText: string, insertLocation: InsertLocation | string): Paragraph {
    return insertParagraphOp(this, () => this.asRange(), paragraphText, insertLocation, PARAGRAPH_INSERT_PARAGRAPH);
  }

  insertOoxml(ooxml: string, insertLocation: InsertLocation | string): Range {
    return insertOoxmlOp(this, () => this.asRange(), ooxml, insertLocation, PARAGRAPH_INSERT_OOXML);
  }

  insertText(text: string, insertLocation: InsertLocation | string): Range {
    return insertTextOp(this, () => this.asRange(), text, insertLocation, ["Replace", "Start", "End"]);
  }

  getOoxml(): ClientResult<string> {
    return getOoxmlOp(this, () => this.asRange());
  }

  getRange(rangeLocation?: string): Range {
    this.context.ensureOpen(this.objectPath);
    return new Range(this.context, new Handle(() => subRange(this.asRange(), rangeLocation, `${this.objectPath}.getRange`)));
  }

  select(selectionMode?: string): void {
    selectOp(this, () => this.asRange(), selectionMode);
  }

  protected override scalarReaders(): ScalarReaders {
    const styles = this.context.host.document.styleSheet;
    const styleId = (): string => {
      const pPr = firstW(this.element(), "pPr");
      return wAttr(pPr ? firstW(pPr, "pStyle") : null, "val") ?? styles.defaultParagraphStyleId();
    };
    return {
      text: () => paragraphText(this.element()),
      style: () => styles.displayName(styleId()),
      styleBuiltIn: () => styles.builtIn(styleId()),
      alignment: () => {
        const pPr = firstW(this.element(), "pPr");
        const jc = wAttr(pPr ? firstW(pPr, "jc") : null, "val");
        return jc === null ? "Left" : (ALIGNMENT_OF_JC[jc] ?? "Unknown");
      },
      tableNestingLevel: () => ancestorsW(this.element(), "tbl").length,
      isListItem: () => {
        const pPr = firstW(this.element(), "pPr");
        return pPr !== null && firstW(pPr, "numPr") !== null;
      },
    };
  }

  protected override navigation(name: string): ClientObject | undefined {
    if (name === "font") return this.font;
    if (name === "parentTableOrNullObject") return this.parentTableOrNullObject;
    return undefined;
  }

  private asRange(): RangeTarget {
    const paragraph = this.element();
    return { kind: "blocks", first: paragraph, last: paragraph };
  }

  private setStyleId(id: string): void {
    setProperty(propertiesOf(this.element(), "pPr"), "pStyle", { val: id });
    this.context.host.document.markChanged();
  }
}
