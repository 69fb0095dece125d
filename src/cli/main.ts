import type { CliIo } from "./io";
import { EXIT } from "./io";
import { runCatalog } from "./commands/catalog";
import { runCheck } from "./commands/check";
import { runNewPlan } from "./commands/new-plan";
import { runRead } from "./commands/read";
import { runReport } from "./commands/report";

const USAGE = `caitien ${__APP_VERSION__} — Cải Tiến: kế hoạch cải tiến chất lượng giáo dục (school quality-improvement plans)

Usage:
  caitien <command> [options]

Commands:
  help              Show this help
  version           Print the version

Options:
  -h, --help        Show this help
  -v, --version     Print the version

Exit codes: 0 success, 1 findings (errors in a checked plan), 2 bad usage or unreadable input.
`;

interface Command {
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Commands are added here by the features that need them (catalog, read, check, report, new-plan). */
const COMMANDS: Record<string, Command> = {
  catalog: { summary: "List or search the criteria of a framework (see caitien catalog --help)", run: runCatalog },
  check: { summary: "Check that every plan item has its budget, time and person in charge (see caitien check --help)", run: runCheck },
  read: { summary: "Show how the plan, report and other tables of .docx files are read (see caitien read --help)", run: runRead },
  report: { summary: "Write the progress report of a plan (see caitien report --help)", run: runReport },
  "new-plan": { summary: "Write a new plan document on the 2026 or 2018 form (see caitien new-plan --help)", run: runNewPlan },
};

function usage(): string {
  const extra = Object.entries(COMMANDS)
    .map(([name, command]) => `  ${name.padEnd(18)}${command.summary}`)
    .join("\n");
  return extra ? USAGE.replace("  version           Print the version\n", `  version           Print the version\n${extra}\n`) : USAGE;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "help" || first === "-h" || first === "--help") {
    io.stdout.write(usage());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "version" || first === "-v" || first === "--version") {
    io.stdout.write(`${__APP_VERSION__}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[first];
  if (!command) {
    io.stderr.write(`caitien: unknown command "${first}". Run "caitien --help" for the list of commands.\n`);
    return EXIT.usage;
  }
  return command.run(rest, io);
}
