/** What the Office.js host needs from its environment: the Excel namespace and the requirement-set test. */

/** Requirement sets: names, *OrNullObject and used ranges need 1.4; flags 1.6; messages 1.10; reading merges 1.13. */
export const REQUIRED_API = "1.4";
export const FLAGS_API = "1.6";
export const MESSAGES_API = "1.10";
export const MERGES_API = "1.13";

/** Options of Excel.run the host passes (Office.js: Excel.RunOptions). */
export interface RunOptions {
  /** Wait until the user leaves cell-edit mode instead of failing the batch (ExcelApi 1.11). */
  delayForCellEdit?: boolean;
}

/** The part of the Excel namespace the host calls. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * Every run of the host waits while the user is still typing in a cell, instead of failing (a 校验 pressed
 * mid-edit completes once the edit is entered). Office.js ignores it where the DelayForCellEdit set is missing.
 */
export const RUN_OPTIONS: RunOptions = { delayForCellEdit: true };

export interface OfficeHostOptions {
  /** The Excel namespace (default: the global Excel). */
  excel?: ExcelRunner;
  /** Requirement-set test (default: Office.context.requirements.isSetSupported). */
  isSetSupported?: (name: string, version: string) => boolean;
}

/** Which ExcelApi requirement sets this Excel supports. */
export class ApiSupport {
  constructor(private readonly options: OfficeHostOptions) {}

  has(version: string): boolean {
    if (this.options.isSetSupported) return this.options.isSetSupported("ExcelApi", version);
    const office = (globalThis as unknown as { Office?: typeof Office }).Office;
    return Boolean(office?.context?.requirements?.isSetSupported("ExcelApi", version));
  }

  get flags(): boolean {
    return this.has(FLAGS_API);
  }

  get messages(): boolean {
    return this.has(MESSAGES_API);
  }

  get merges(): boolean {
    return this.has(MERGES_API);
  }
}
