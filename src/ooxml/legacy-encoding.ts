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

export function legacyEncodingOfFont(font: string): LegacyEncoding | null {
  const name = font.trim().toLowerCase();
  if (name.startsWith(".vn")) return "TCVN3";
  if (name.startsWith("vni-") || name.startsWith("vni ")) return "VNI";
  return null;
}

/**
 * The legacy encoding the text is written in, judged from the fonts it uses and from the text itself. Text that
 * contains letters only Unicode can encode (ư, ơ, ă, đ, ạ…ỹ) is never legacy, whatever its font says (documents
 * converted with Unikey sometimes keep the old font name). Without a legacy font, the text itself must show several
 * words that only a legacy encoding writes and that decode to Vietnamese syllables: German, French or English text
 * with « » § ® µ ä ö ü is not Vietnamese in disguise.
 */
export function detectLegacyEncoding(fonts: Iterable<string>, text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  for (const font of fonts) {
    const encoding = legacyEncodingOfFont(font);
    if (encoding) return encoding;
  }
  return encodingOfText(text);
}

/** Words of legacy-only text that decode to Vietnamese syllables needed before text in an ordinary font counts. */
export const LEGACY_EVIDENCE_WORDS = 2;

/** The legacy encoding text in an ordinary (or unknown) font shows on its own, or null. */
export function encodingOfText(text: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const { tcvn3, vni } = legacyEvidence(text);
  if (tcvn3 < LEGACY_EVIDENCE_WORDS && vni < LEGACY_EVIDENCE_WORDS) return null;
  return tcvn3 >= vni ? "TCVN3" : "VNI";
}

/** Latin-1 letters that Unicode Vietnamese writes too: a word made of them and ASCII is never evidence. */
const VIETNAMESE_LATIN1 = new Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ");

/**
 * Characters VNI uses and Unicode Vietnamese never does: the tone and vowel marks written after a base letter
 * ("ø" huyền, "û" hỏi, "ï" nặng, "å", "ä", "æ", "ë", "î") and the letters "ö" (ư) and "ñ" (đ).
 */
const VNI_ONLY = new Set("äåæëîïñöøûÄÅÆËÎÏÑÖØÛ");
/** VNI letters that stand for a base letter (the rest are marks on the letter before them). */
const VNI_BASE: Record<string, string> = { ö: "u", Ö: "u", ñ: "d", Ñ: "d", ô: "o", Ô: "o" };

const WORD = /[^\s\d.,;:!?()[\]{}"'“”‘’/\\|+=*&%$#@^~`<>–—-]+/gu;

/**
 * How many distinct words of the text only a legacy encoding writes and decode, in that encoding, to a Vietnamese syllable.
 * "Tiªu" (TCVN3 "Tiêu") counts; "Müller", "«Bonjour»", "§" and "®" do not.
 */
export function legacyEvidence(text: string): { tcvn3: number; vni: number } {
  const tcvn3 = new Set<string>();
  const vni = new Set<string>();
  // Distinct words: "5 µm … 10 µm" is one word ("µm" reads as the syllable "àm") however often it appears.
  for (const [word] of text.matchAll(WORD)) {
    // A lone sign ("§", "µ", "ä") is no word; legacy Vietnamese words mix marks with ASCII letters.
    if (word.length < 2 || !/[A-Za-z]/.test(word)) continue;
    let tcvn3Only = false;
    let vniOnly = false;
    let previous = "";
    for (const ch of word) {
      const code = ch.charCodeAt(0);
      // TCVN3 writes toned lowercase letters at Latin-1's capital positions: "chÝ" (chí), "tiÕn" (tiến).
      const capitalInside = VIETNAMESE_LATIN1.has(ch) && ch !== ch.toLowerCase() && previous !== previous.toUpperCase();
      previous = ch;
      if (code < 0x80 || (VIETNAMESE_LATIN1.has(ch) && !capitalInside)) continue;
      if (TCVN3_TO_UNICODE[code] !== undefined) tcvn3Only = true;
      if (VNI_ONLY.has(ch)) vniOnly = true;
    }
    if (tcvn3Only && isVietnameseSyllable(decodeTcvn3(word))) tcvn3.add(word);
    if (vniOnly && isVietnameseSyllable(vniSkeleton(word))) vni.add(word);
  }
  return { tcvn3: tcvn3.size, vni: vni.size };
}

/** A VNI word reduced to its base letters: marks dropped, "ö" → u, "ñ" → d, Latin-1 vowels to their base. */
function vniSkeleton(word: string): string {
  let out = "";
  for (const ch of word) {
    if (VNI_BASE[ch]) out += VNI_BASE[ch];
    else if (VNI_ONLY.has(ch)) continue;
    else out += ch;
  }
  return out;
}

const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?";
const NUCLEUS =
  "(?:uye|uya|uyu|ieu|yeu|oai|oay|oeo|uay|uoi|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|uo|ui|uu|uy|ye|a|e|i|o|u|y)";
const CODA = "(?:ch|ng|nh|c|m|n|p|t)?";
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);

/** Whether a word has the shape of one Vietnamese syllable (onset, vowel nucleus, final), tones and marks ignored. */
export function isVietnameseSyllable(word: string): boolean {
  const base = word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
  return SYLLABLE.test(base);
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
