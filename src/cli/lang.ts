/** The CLI speaks Vietnamese unless told `--lang en`; every command and the help accept it anywhere before `--`. */
export type Lang = "vi" | "en";

export const LANGS: readonly Lang[] = ["vi", "en"];

/** Text in both languages; the CLI picks one with `lang`. */
export type Bilingual<T = string> = Record<Lang, T>;

export type LangChoice = { lang: Lang; args: string[] } | { lang: "vi"; args: string[]; error: string };

/**
 * Takes `--lang X` / `--lang=X` out of the arguments, so that everything after it (option errors, --help) is
 * already in the chosen language. A bad value is an error, reported in Vietnamese (the language we then fall back to).
 */
export function takeLang(argv: readonly string[]): LangChoice {
  const args: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      args.push(...argv.slice(i));
      break;
    }
    if (arg === "--lang") {
      lang = argv[i + 1] ?? "";
      i++;
    } else if (arg.startsWith("--lang=")) {
      lang = arg.slice("--lang=".length);
    } else {
      args.push(arg);
    }
  }
  if (lang === undefined) return { lang: "vi", args };
  if (lang === "vi" || lang === "en") return { lang, args };
  return { lang: "vi", args, error: `--lang phải là vi (tiếng Việt) hoặc en (English), không phải "${lang}".` };
}
