/**
 * The two Office.js clients the Excel feature tests run on: the stand-in's own proxies, and Microsoft's client
 * library (@microsoft/office-js in jsdom) answered by the host bridge over a stand-in. Both give the same
 * { Excel, view, host, isSetSupported }; only Microsoft's client has `requests` (what it sent, in bytes).
 */
import { createStandinHost, type StandinHost } from "../src/standin/host";
import { createOfficeJsClient, type OfficeJsOptions } from "../src/standin/richApi/officeJs";
import type { RequestRecord, RichApiBridge } from "../src/standin/richApi/bridge";

export interface ClientWorkbook extends StandinHost {
  /** Requests Microsoft's client sent (null on the stand-in's proxies). */
  requests: RequestRecord[] | null;
  /** The host bridge answering Microsoft's client (its limits can be switched on later); null on the stand-in. */
  bridge: RichApiBridge | null;
}

export interface TestClient {
  name: string;
  /** Whether this is Microsoft's client (request counts and sizes are real). */
  real: boolean;
  create(options?: OfficeJsOptions): ClientWorkbook;
}

export const STANDIN_CLIENT: TestClient = {
  name: "stand-in proxies",
  real: false,
  create: (options) => ({ ...createStandinHost(options), requests: null, bridge: null }),
};

export const OFFICE_JS_CLIENT: TestClient = {
  name: "Microsoft's Office.js client",
  real: true,
  create: (options) => createOfficeJsClient(options),
};

export const CLIENTS: TestClient[] = [STANDIN_CLIENT, OFFICE_JS_CLIENT];

/** Requests sent by Microsoft's client during `action` (clean-up after a run left out), with their bytes. */
export async function measured<T>(
  workbook: ClientWorkbook,
  action: () => Promise<T>,
): Promise<{ result: T; requests: number; largest: number }> {
  const from = workbook.requests?.length ?? 0;
  const result = await action();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const sent = (workbook.requests ?? []).slice(from).filter((r) => !r.cleanup);
  return { result, requests: sent.length, largest: sent.reduce((max, r) => Math.max(max, r.bytes), 0) };
}

/**
 * Resolves once `done()` holds: Excel posts its events, so they reach Microsoft's client after the edit (the
 * stand-in's proxies call handlers at once). Fails after 20 s.
 */
export async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 5) {
    if (waited > 20_000) throw new Error("the awaited event never arrived");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
