/**
 * Word widths measured with Tinos Bold, a font metric-compatible with Times New Roman (same advance widths; Google's
 * ChromeOS core fonts), read from its font files with fontkit: an independent check of the writer's own estimate
 * (src/ooxml/write/header-fit.ts). Fontsource splits the font into subsets by Unicode range, so each character is
 * measured in the subset that has it.
 */
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";

const require = createRequire(__filename);
const FILES = path.join(path.dirname(require.resolve("@fontsource/tinos/package.json")), "files");
const SUBSETS = ["latin", "vietnamese", "latin-ext"].map((subset) => fontkit.openSync(path.join(FILES, `tinos-${subset}-700-normal.woff`)) as fontkit.Font);

/** Width of `word` in twips at `sizePt`, bold, as Word lays it out without kerning (its default for body text). */
export function tinosBoldWidth(word: string, sizePt: number): number {
  let units = 0;
  for (const ch of word.normalize("NFC")) {
    const codePoint = ch.codePointAt(0)!;
    const font = SUBSETS.find((f) => f.hasGlyphForCodePoint(codePoint));
    if (!font) throw new Error(`Tinos has no glyph for ${JSON.stringify(ch)}`);
    units += (font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm) * 1000;
  }
  return (units / 1000) * sizePt * 20;
}
