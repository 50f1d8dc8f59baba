/**
 * Parsing every command with commander: the commands are data (commands.ts), this file turns them into one
 * program with --help for each and --version, and turns commander's refusals into plain Chinese with exit 2.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { Command, CommanderError, Option, type OptionValues } from "commander";
import { UserError } from "../features/errors";
import { CliError, EXIT } from "./exit";

export interface OptionSpec {
  /** commander's flags, e.g. "-o, --output <file>", "--json", "--parts <paths...>". */
  flags: string;
  description: string;
  /** Not shown in --help (an option the command line is rewritten into by `prepare`). */
  hidden?: boolean;
}

export interface CommandSpec {
  name: string;
  /** commander's argument syntax, e.g. "[files...]". */
  arguments: string;
  summary: string;
  /** The usage lines (each beginning with the command's name), shown after a wrong argument and in --help. */
  usage: readonly string[];
  options: OptionSpec[];
  /** Rewrites the arguments before parsing (check: every argument after --parts is a part). */
  prepare?(args: readonly string[]): string[];
  run(args: string[], options: OptionValues): Promise<number>;
}

function version(): string {
  for (const dir of [path.join(__dirname, "..", ".."), process.cwd()]) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "disclosure-tables" && pkg.version) return pkg.version;
    } catch {
      // next candidate
    }
  }
  return "unknown";
}

const TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
  "Global Options:": "通用选项：",
};

/** A value option given as `--year=` (empty) is refused like a missing value. */
function nonEmpty(flags: string): (value: string, previous: unknown) => unknown {
  const name = flags.match(/--[\w-]+/)?.[0] ?? flags;
  const variadic = flags.includes("...");
  return (value, previous) => {
    if (value === "") throw new CliError(`选项 ${name} 需要一个值`, true);
    return variadic ? [...((previous as string[] | undefined) ?? []), value] : value;
  };
}

/** commander's English refusals, in Chinese. */
function chinese(error: CommanderError): string {
  const quoted = error.message.match(/'([^']*)'/)?.[1] ?? "";
  switch (error.code) {
    case "commander.unknownOption":
      return `未知选项“${quoted}”`;
    case "commander.optionMissingArgument":
      return `选项 ${quoted.match(/--[\w-]+/)?.[0] ?? quoted.replace(/\s*<.*$/, "")} 需要一个值`;
    case "commander.unknownCommand":
      return `未知命令“${quoted}”`;
    case "commander.excessArguments":
      return "多余的参数";
    case "commander.missingArgument":
      return `缺少参数 ${quoted}`;
    default:
      return error.message.replace(/^error:\s*/, "");
  }
}

export function generalUsage(specs: readonly CommandSpec[]): string {
  return `用法：\n${specs.flatMap((s) => s.usage.map((line) => `  disclosure-tables ${line}`)).join("\n")}\n`;
}

/** One command's usage, as printed after a wrong argument. */
export function commandUsage(spec: CommandSpec): string {
  return `用法：${spec.usage.join("\n      ")}\n`;
}

function build(specs: readonly CommandSpec[], outcome: { status: number }): Command {
  const program = new Command("disclosure-tables")
    .description("政务公开年报表格助手：插入、校验、结转、汇总政府信息公开工作年度报告的统计表格")
    .version(version(), "-V, --version", "显示版本号")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [command]", "显示某个命令的帮助")
    .configureHelp({ styleTitle: (title) => TITLES[title] ?? title })
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
  for (const spec of specs) {
    const command = program
      .command(spec.name)
      .summary(spec.summary)
      .description(spec.summary)
      .addHelpText("after", `\n完整用法：\n${spec.usage.map((line) => `  disclosure-tables ${line}`).join("\n")}\n`)
      .argument(spec.arguments)
      .helpOption("-h, --help", "显示帮助")
      .configureHelp({ styleTitle: (title) => TITLES[title] ?? title })
      .exitOverride()
      .configureOutput({ writeErr: () => undefined });
    for (const declared of spec.options) {
      const option = new Option(declared.flags, declared.description);
      if (declared.flags.includes("<")) option.argParser(nonEmpty(declared.flags));
      if (declared.hidden) option.hideHelp();
      command.addOption(option);
    }
    command.action(async (args: string[] | undefined, options: OptionValues) => {
      outcome.status = await spec.run(args ?? [], options);
    });
  }
  return program;
}

/** Runs one command line; returns the exit status. Every refusal is printed here, in one place. */
export async function runProgram(argv: readonly string[], specs: readonly CommandSpec[]): Promise<number> {
  const [name] = argv;
  const spec = specs.find((s) => s.name === name);
  if (name === undefined) {
    process.stdout.write(generalUsage(specs));
    return EXIT.unusable;
  }
  const outcome = { status: EXIT.ok as number };
  const args = spec?.prepare ? [name, ...spec.prepare(argv.slice(1))] : [...argv];
  try {
    await build(specs, outcome).parseAsync(args, { from: "user" });
    return outcome.status;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)) return EXIT.ok;
      process.stderr.write(`${chinese(error)}\n${spec ? commandUsage(spec) : generalUsage(specs)}`);
      return EXIT.unusable;
    }
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n${error.showUsage && spec ? commandUsage(spec) : ""}`);
      return EXIT.unusable;
    }
    if (error instanceof UserError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT.unusable;
    }
    throw error;
  }
}
