import type { CliIo } from "./io";
import { EXIT } from "./io";
import { takeLang, type Bilingual, type Lang } from "./lang";
import { runCatalog } from "./commands/catalog";
import { runCheck } from "./commands/check";
import { runNewPlan } from "./commands/new-plan";
import { runRead } from "./commands/read";
import { runReport } from "./commands/report";

interface Command {
  summary: Bilingual;
  run(args: string[], io: CliIo, lang: Lang): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  catalog: {
    summary: { vi: "Tra cứu tiêu chí của một bộ tiêu chuẩn", en: "List or search the criteria of a framework" },
    run: runCatalog,
  },
  "new-plan": {
    summary: { vi: "Viết một kế hoạch mới theo mẫu 2026 hoặc 2018", en: "Write a new plan document on the 2026 or 2018 form" },
    run: runNewPlan,
  },
  read: {
    summary: { vi: "Cho biết Cải Tiến đọc các bảng của tệp .docx thế nào", en: "Show how the tables of .docx files are read" },
    run: runRead,
  },
  check: {
    summary: {
      vi: "Kiểm tra mỗi nội dung kế hoạch đã ghi đủ kinh phí, thời gian, người phụ trách",
      en: "Check that every plan item has its budget, time and person in charge",
    },
    run: runCheck,
  },
  report: { summary: { vi: "Lập báo cáo thực hiện từ một kế hoạch", en: "Write the progress report of a plan" }, run: runReport },
};

const TEXT = {
  vi: {
    title: "Cải Tiến: kế hoạch cải tiến chất lượng giáo dục",
    usage: "Cách dùng",
    synopsis: "caitien <lệnh> [tùy chọn]",
    commands: "Lệnh",
    help: "Hiện hướng dẫn này",
    version: "In số phiên bản",
    options: "Tùy chọn",
    lang: "Ngôn ngữ thông báo: vi tiếng Việt (mặc định), en tiếng Anh",
    more: "Mỗi lệnh có hướng dẫn riêng: caitien <lệnh> --help.",
    exit: "Mã thoát: 0 thành công, 1 kế hoạch được kiểm tra có lỗi, 2 sai cú pháp lệnh hoặc có tệp không đọc được.",
    unknown: (name: string) => `không có lệnh "${name}". Gõ "caitien --help" để xem các lệnh.`,
  },
  en: {
    title: "Cải Tiến: school quality-improvement plans (kế hoạch cải tiến chất lượng giáo dục)",
    usage: "Usage",
    synopsis: "caitien <command> [options]",
    commands: "Commands",
    help: "Show this help",
    version: "Print the version",
    options: "Options",
    lang: "Language of the messages: vi Vietnamese (default), en English",
    more: "Each command has its own help: caitien <command> --help.",
    exit: "Exit codes: 0 success, 1 findings (errors in a checked plan), 2 bad usage or unreadable input.",
    unknown: (name: string) => `unknown command "${name}". Run "caitien --help" for the list of commands.`,
  },
} as const;

export function usage(lang: Lang): string {
  const t = TEXT[lang];
  const line = (name: string, text: string) => `  ${name.padEnd(18)}${text}`;
  return [
    `caitien ${__APP_VERSION__} — ${t.title}`,
    "",
    `${t.usage}:`,
    `  ${t.synopsis}`,
    "",
    `${t.commands}:`,
    ...Object.entries(COMMANDS).map(([name, command]) => line(name, command.summary[lang])),
    line("help", t.help),
    line("version", t.version),
    "",
    `${t.options}:`,
    line("-h, --help", t.help),
    line("-v, --version", t.version),
    line("--lang vi|en", t.lang),
    "",
    t.more,
    t.exit,
    "",
  ].join("\n");
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const choice = takeLang(argv);
  if ("error" in choice) {
    io.stderr.write(`caitien: ${choice.error}\n`);
    return EXIT.usage;
  }
  const { lang, args } = choice;
  const [first, ...rest] = args;
  if (first === undefined || first === "help" || first === "-h" || first === "--help") {
    io.stdout.write(usage(lang));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "version" || first === "-v" || first === "--version") {
    io.stdout.write(`${__APP_VERSION__}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    io.stderr.write(`caitien: ${TEXT[lang].unknown(first)}\n`);
    return EXIT.usage;
  }
  return command.run(rest, io, lang);
}
