/** A small argument parser: flags with values, boolean flags, and positional arguments. */
export interface ParsedArgs {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

export class ArgError extends Error {}

/**
 * `valued` lists options that take a value (e.g. "--year", "-o"); `booleans` those that don't.
 * Unknown options are refused with a Chinese message.
 */
export function parseArgs(
  args: readonly string[],
  valued: readonly string[],
  booleans: readonly string[] = [],
): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === "") throw new ArgError(`选项 ${name} 需要一个值`);
      parsed.values.set(name, value);
    } else if (booleans.includes(name)) {
      parsed.flags.add(name);
    } else if (arg.startsWith("-") && arg.length > 1) {
      throw new ArgError(`未知选项“${arg}”`);
    } else {
      parsed.positional.push(arg);
    }
  }
  return parsed;
}
