/**
 * Vietnamese text typed in the pre-Unicode 8-bit encodings that many school documents still carry.
 *
 * In a .docx such text is stored as Latin-1 characters and only looks right on screen because of the font:
 * TCVN3 (ABC) with the ".VnTime", ".VnArial", … fonts ("Tiªu chÝ" is "Tiêu chí"), VNI with "VNI-Times", …
 * ("Tieâu chí"). Matching headers or criterion codes on such text fails silently, so the reader reports it.
 */

export type LegacyEncoding = "TCVN3" | "VNI";

/**
 * Letters that real Unicode Vietnamese has and neither legacy encoding can produce (ă â is excluded: â/ê/ô are
 * plain Latin-1 and appear in legacy text). Their presence means the text is already Unicode.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** TCVN3 code points that are not letters of Unicode Vietnamese, next to an ASCII letter. */
const TCVN3_MARKS = /[A-Za-z][\u00a1-\u00ae\u00b5-\u00b9]|[\u00a1-\u00ae\u00b5-\u00b9][A-Za-z]/g;

/** VNI writes ư as "ö", tones as "ø", "û", "ï", … and đ as "ñ": Latin-1 letters Vietnamese never uses, inside words. */
const VNI_MARKS = /[A-Za-z\u00c0-\u00ff][\u00e4\u00e5\u00ef\u00f6\u00f8\u00fb\u00c4\u00c5\u00cf\u00d6\u00d8\u00db]|[\u00d1\u00f1][A-Za-z]/g;

export function legacyEncodingOfFont(font: string): LegacyEncoding | null {
  const name = font.trim().toLowerCase();
  if (name.startsWith(".vn")) return "TCVN3";
  if (name.startsWith("vni-") || name.startsWith("vni ")) return "VNI";
  return null;
}

/**
 * The legacy encoding the text is written in, judged from the fonts it uses and from the text itself.
 * Text that contains letters only Unicode can encode (ư, ơ, ă, đ, ạ…ỹ) is never legacy, whatever its font
 * says (documents converted with Unikey sometimes keep the old font name).
 */
export function detectLegacyEncoding(fonts: Iterable<string>, text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  for (const font of fonts) {
    const encoding = legacyEncodingOfFont(font);
    if (encoding) return encoding;
  }
  const tcvn3 = countMatches(text, TCVN3_MARKS);
  const vni = countMatches(text, VNI_MARKS);
  if (tcvn3 === 0 && vni === 0) return null;
  return tcvn3 >= vni ? "TCVN3" : "VNI";
}

/** TCVN3 (ABC) code → Unicode, lowercase positions. The uppercase-only fonts (".VnTimeH") use the same codes. */
const TCVN3_TO_UNICODE: Record<number, string> = {
  0xa1: "Ă", 0xa2: "Â", 0xa3: "Ê", 0xa4: "Ô", 0xa5: "Ơ", 0xa6: "Ư", 0xa7: "Đ",
  0xa8: "ă", 0xa9: "â", 0xaa: "ê", 0xab: "ô", 0xac: "ơ", 0xad: "ư", 0xae: "đ",
  0xb5: "à", 0xb6: "ả", 0xb7: "ã", 0xb8: "á", 0xb9: "ạ",
  0xbb: "ằ", 0xbc: "ẳ", 0xbd: "ẵ", 0xbe: "ắ", 0xc6: "ặ",
  0xc7: "ầ", 0xc8: "ẩ", 0xc9: "ẫ", 0xca: "ấ", 0xcb: "ậ",
  0xcc: "è", 0xce: "ẻ", 0xcf: "ẽ", 0xd0: "é", 0xd1: "ẹ",
  0xd2: "ề", 0xd3: "ể", 0xd4: "ễ", 0xd5: "ế", 0xd6: "ệ",
  0xd7: "ì", 0xd8: "ỉ", 0xdc: "ĩ", 0xdd: "í", 0xde: "ị",
  0xdf: "ò", 0xe1: "ỏ", 0xe2: "õ", 0xe3: "ó", 0xe4: "ọ",
  0xe5: "ồ", 0xe6: "ổ", 0xe7: "ỗ", 0xe8: "ố", 0xe9: "ộ",
  0xea: "ờ", 0xeb: "ở", 0xec: "ỡ", 0xed: "ớ", 0xee: "ợ",
  0xef: "ù", 0xf1: "ủ", 0xf2: "ũ", 0xf3: "ú", 0xf4: "ụ",
  0xf5: "ừ", 0xf6: "ử", 0xf7: "ữ", 0xf8: "ứ", 0xf9: "ự",
  0xfa: "ỳ", 0xfb: "ỷ", 0xfc: "ỹ", 0xfd: "ý", 0xfe: "ỵ",
};

/**
 * Decodes TCVN3 text (as Word stores it: one Latin-1 character per byte) to Unicode NFC.
 * `uppercaseFont`: the text is in a ".Vn…H" font, whose glyphs are all capitals, so the letters are uppercased.
 */
export function decodeTcvn3(text: string, options: { uppercaseFont?: boolean } = {}): string {
  let out = "";
  for (const ch of text) {
    out += TCVN3_TO_UNICODE[ch.charCodeAt(0)] ?? ch;
  }
  return (options.uppercaseFont ? out.toUpperCase() : out).normalize("NFC");
}

/** ".VnTimeH", ".VnArialH", …: TCVN3 fonts that draw every letter as a capital. */
export function isUppercaseTcvn3Font(font: string): boolean {
  return /^\.vn.*h$/i.test(font.trim());
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}
