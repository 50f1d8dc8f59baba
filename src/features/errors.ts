/** A refusal or failure to show the user as it is: its message is already clear Chinese. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/** The message to show for anything thrown by a feature. */
export function userMessage(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `操作失败：${text}`;
}
