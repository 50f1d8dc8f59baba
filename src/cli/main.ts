/** The command line: node bin/disclosure-tables.js COMMAND … (contract: DESIGN.md). Exit 0 ok, 1 errors found, 2 bad input. */
import { COMMANDS } from "./commands";

export const USAGE = `用法：
  disclosure-tables template --year 2024 --unit 胡集乡 -o out.xlsx
  disclosure-tables check FILE... [--json] [--previous LAST_YEAR_FILE]
  disclosure-tables new-year FILE -o NEXT.xlsx
  disclosure-tables check FILE|FOLDER... [--report 结果.xlsx|结果.html]
  disclosure-tables check SUMMARY --parts PART|FOLDER...
  disclosure-tables rollup FILE|FOLDER... -o SUMMARY.xlsx --unit 某县 [--year 2024] [--force]
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`未知命令“${name}”。\n${USAGE}`);
    return 2;
  }
  return command(rest);
}
