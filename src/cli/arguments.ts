import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT, type CliIo } from "./io";
import type { Bilingual, Lang } from "./lang";

/** "caitien COMMAND: message" on stderr, followed by the usage when given; returns the usage exit code. */
export function usageError(io: CliIo, command: string, message: string, usage?: string): number {
  io.stderr.write(`caitien ${command}: ${message}\n${usage ? `\n${usage}` : ""}`);
  return EXIT.usage;
}

/** What Node's parser says, as a sentence in the user's language (its own text is English and names internals). */
export function optionErrorMessage(error: unknown, lang: Lang, command: string): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? "";
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? "";
  // "-o, --output <value>" names the option both ways: the long name reads best.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0] ?? quoted;
  const help = `caitien ${command} --help`;
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return lang === "vi" ? `không có tùy chọn ${option} (xem ${help}).` : `unknown option ${option} (see ${help}).`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return lang === "vi"
        ? `lệnh này không nhận "${quoted}"; các giá trị phải đi sau tùy chọn của chúng (xem ${help}).`
        : `unexpected "${quoted}"; values go after their options (see ${help}).`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/.test(text)) {
        return lang === "vi" ? `tùy chọn ${option} không nhận giá trị.` : `option ${option} takes no value.`;
      }
      return lang === "vi" ? `tùy chọn ${option} cần một giá trị.` : `option ${option} needs a value.`;
    default:
      return lang === "vi" ? `không hiểu các tùy chọn (xem ${help}).` : `the options could not be understood (see ${help}).`;
  }
}

/**
 * `parseArgs` as every command uses it: an unknown or malformed option prints a message in the user's language and
 * the usage (exit 2); `--help` prints the usage (exit 0). Returns the parsed arguments, or the exit code the command
 * should return at once.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  io: CliIo,
  command: string,
  usage: Bilingual,
  lang: Lang,
  config: T,
): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return usageError(io, command, optionErrorMessage(error, lang, command), usage[lang]);
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    io.stdout.write(usage[lang]);
    return EXIT.ok;
  }
  return parsed;
}
