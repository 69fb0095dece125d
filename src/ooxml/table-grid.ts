/**
 * What the OOXML table reader gives the plan model: every table as physical rows of cells, with the text as
 * Word shows it and the grid geometry (gridSpan, vMerge) needed to line cells up under their headers.
 */

export type VMerge = "restart" | "continue" | null;

export interface Cell {
  /** Physical position of the `w:tc` in its row (0-based). */
  readonly index: number;
  /** First grid column the cell covers (w:gridBefore and the gridSpans of the cells before it counted). */
  readonly gridCol: number;
  readonly gridSpan: number;
  readonly vMerge: VMerge;
  /** Text of each paragraph (NFC); line breaks inside a paragraph are "\n", tabs "\t". */
  readonly paragraphs: readonly string[];
  /** The paragraphs joined with "\n". */
  readonly text: string;
  /** w:rFonts ascii/hAnsi names used in the cell (for legacy-encoding detection). */
  readonly fonts: ReadonlySet<string>;
  /**
   * The cell's text as runs of one font: `font` is the run's own w:rFonts (ascii, else hAnsi), null when the run
   * names none (its font then comes from a style). Legacy encodings are judged and decoded run by run.
   */
  readonly fontRuns: readonly FontRun[];
  /** Table indexes of tables nested in this cell (their text is not part of `text`). */
  readonly nestedTables: readonly number[];
  /**
   * The namespace bindings in scope at the cell (prefix → URI, "" for the default namespace): a copy cut from
   * `start`…`end` resolves its prefixes with them, as the reader did.
   */
  readonly namespaces: ReadonlyMap<string, string>;
  /**
   * Character offsets of `<w:tc …>` … `</w:tc>` in the input string (end exclusive): lets the report copy the
   * cell's paragraph XML as it is, formatting included.
   */
  readonly start: number;
  readonly end: number;
}

export interface FontRun {
  /** Index of the paragraph in `Cell.paragraphs`. */
  readonly paragraph: number;
  readonly font: string | null;
  /** NFC text. */
  readonly text: string;
}

export interface Row {
  /** Physical position of the `w:tr` in its table (0-based). */
  readonly index: number;
  readonly cells: readonly Cell[];
  /** w:tblHeader: the row repeats as a header on every page. */
  readonly isHeader: boolean;
  /** A tracked deletion of the whole row (w:trPr/w:del); the row is still in the document until accepted. */
  readonly isDeleted: boolean;
  /** Grid columns skipped before the first cell (w:gridBefore), within the table's grid. */
  readonly gridBefore: number;
  /** Grid columns left empty after the last cell (w:gridAfter), within the table's grid. */
  readonly gridAfter: number;
  /** Character offsets of `<w:tr …>` … `</w:tr>` in the input string (end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface TableGrid {
  /** Position among all tables of the body in document order, nested tables right after their parent's start. */
  readonly index: number;
  /** 0 for a table of the body, 1 for a table inside a cell of a top-level table, … */
  readonly depth: number;
  readonly parentIndex: number | null;
  readonly isTopLevel: boolean;
  readonly rows: readonly Row[];
  /** w:tblGrid column widths in twentieths of a point (0 when missing). */
  readonly gridCols: readonly number[];
  /** w:tblStyle id, e.g. "TableGrid". */
  readonly style: string | null;
  /**
   * False for a layout table: explicit table borders all none/nil (or none given and no table style) and no
   * visible cell border. A named table style without explicit borders counts as bordered, because the style's
   * definition (styles.xml) is not read and Word's bordered "Table Grid" is what schools use.
   */
  readonly hasBorders: boolean;
  /** Character offsets of `<w:tbl>` … `</w:tbl>` in the input string (end exclusive). */
  readonly start: number;
  readonly end: number;
}
