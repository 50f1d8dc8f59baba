/** The commands, as data: each in a file of its own (its options, usage and what it runs). */
import { checkCommand } from "./check";
import { compareCommand } from "./compare";
import { newYearCommand } from "./newYear";
import type { CommandSpec } from "./program";
import { rollupCommand } from "./rollup";
import { templateCommand } from "./template";

export const COMMANDS: readonly CommandSpec[] = [
  templateCommand,
  checkCommand,
  newYearCommand,
  rollupCommand,
  compareCommand,
];
