/** The command line: node bin/disclosure-tables.js COMMAND … (contract: DESIGN.md). Exit 0 ok, 1 errors found, 2 bad input. */
import { COMMANDS } from "./commands";
import { generalUsage, runProgram } from "./program";

export const USAGE = generalUsage(COMMANDS);

export function main(argv: readonly string[]): Promise<number> {
  return runProgram(argv, COMMANDS);
}
