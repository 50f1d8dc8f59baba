/** Command table: each command in a file of its own, returning its exit status. */
import { template } from "./template";

export type Command = (args: string[]) => Promise<number>;

export const COMMANDS: Record<string, Command> = { template };
