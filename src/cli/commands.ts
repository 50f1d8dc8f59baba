/** Command table: each command in a file of its own, returning its exit status. */
import { checkCommand } from "./check";
import { newYearCommand } from "./newYear";
import { rollupCommand } from "./rollup";
import { template } from "./template";

export type Command = (args: string[]) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
  template,
  check: checkCommand,
  "new-year": newYearCommand,
  rollup: rollupCommand,
};
