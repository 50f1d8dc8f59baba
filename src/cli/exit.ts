/** The command line's exit statuses (DESIGN.md) and the refusals that end a command with status 2. */
export const EXIT = {
  /** No errors found; the output was written. */
  ok: 0,
  /** Errors found in the reports. */
  findings: 1,
  /** An input could not be read, an output could not be written, or the arguments are wrong. */
  unusable: 2,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** A refusal with a message already in plain Chinese: printed on stderr, exit 2. */
export class CliError extends Error {
  constructor(
    message: string,
    /** Print the command's usage after the message (wrong arguments). */
    readonly showUsage = false,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Wrong arguments: the message, then the command's usage. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, true);
    this.name = "UsageError";
  }
}
