import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT, type CliIo } from "./io";

/** "caitien COMMAND: message" on stderr, followed by the usage when given; returns the usage exit code. */
export function usageError(io: CliIo, command: string, message: string, usage?: string): number {
  io.stderr.write(`caitien ${command}: ${message}\n${usage ? `\n${usage}` : ""}`);
  return EXIT.usage;
}

/**
 * `parseArgs` as every command uses it: an unknown or malformed option prints the usage (exit 2) and `--help`
 * prints it (exit 0). Returns the parsed arguments, or the exit code the command should return at once.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  io: CliIo,
  command: string,
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> | number {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return usageError(io, command, (error as Error).message, usage);
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  return parsed;
}
