/** A paragraph as plain data: what the core asks the hosts to write, before it becomes WordprocessingML. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface TextParagraph {
  runs: TextRun[];
  /** Indent level (0 = none); the writer turns each level into a fixed left indent. */
  indent?: number;
}

export function plainText(paragraph: TextParagraph): string {
  return paragraph.runs.map((run) => run.text).join("");
}
