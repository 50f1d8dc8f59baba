/**
 * Microsoft's Office.js client (@microsoft/office-js dist/excel-web-16.00.js) in a jsdom window, its requests
 * answered by the host bridge over a fresh stand-in: the add-in's Office.js host runs on the real client's
 * proxies, queues and request format. Node only (tests and benchmarks).
 */
import { readFileSync } from "fs";
import { JSDOM } from "jsdom";
import { officeHost, type OfficeHost } from "../../hosts/office";
import { createStandin, type Standin, type StandinExcel, type StandinOptions } from "..";
import { officeGlobal } from "../office";
import { RichApiBridge, type BridgeLimits, type RequestBody, type RequestRecord } from "./bridge";
import type { EventEndPoint } from "./events";

let librarySource: string | undefined;

function library(): string {
  librarySource ??= readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"), "utf8");
  return librarySource;
}

export interface OfficeJsClient extends Standin {
  /** The host adapter over Microsoft's client. */
  host: OfficeHost;
  /** The bridge answering the client (its requests, their sizes). */
  bridge: RichApiBridge;
  /** Every request the client sent, in order. */
  requests: RequestRecord[];
  /** The jsdom window the client lives in (its OfficeExtension, Excel). */
  window: Window & { OfficeExtension: typeof OfficeExtension; Excel: typeof Excel };
}

export type OfficeJsOptions = StandinOptions & BridgeLimits;

interface ExecutorResponse {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: unknown;
}

export function createOfficeJsClient(options: OfficeJsOptions = {}): OfficeJsClient {
  const standin = createStandin(options);
  const bridge = new RichApiBridge(standin, options);
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  const window = dom.window as unknown as OfficeJsClient["window"] & Record<string, unknown>;
  dom.window.eval(library());
  // The client asks Office.context.requirements before queuing an API of a newer requirement set.
  window.Office = officeGlobal(standin.isSetSupported);
  const session = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "standin-bridge", headers: {} }),
    _createRequestExecutorOrNull: () => ({
      executeAsync: async (
        _customData: unknown,
        flags: number,
        message: { Body: RequestBody },
      ): Promise<ExecutorResponse> => ({
        HttpStatusCode: 200,
        ErrorCode: null,
        ErrorMessage: null,
        Headers: {},
        Body: await bridge.execute(message.Body, flags),
      }),
    }),
    getEventRegistration: () => null,
  };
  connectEventMessaging(window, bridge.events);
  const extension = window.OfficeExtension as unknown as { SessionBase: { _overrideSession: unknown } };
  extension.SessionBase._overrideSession = session;
  const excel = window.Excel as unknown as StandinExcel;
  const host = officeHost({ excel, isSetSupported: standin.isSetSupported });
  return { ...standin, Excel: excel, host, bridge, requests: bridge.requests, window };
}

/** The part of Office's own library the client's event messaging goes through (OSF, from office.js). */
interface OfficeMessaging {
  _OfficeAppFactory?: object;
  DDA: {
    DispIdHost: { Facade: new (getDelegateMethods: unknown, parameterMap: unknown) => object };
    WAC: { getDelegateMethods: unknown; Delegate: { ParameterMap: unknown } };
    RichApi: { richApiMessageManager?: object };
  };
}

/**
 * What office.js sets up when an add-in starts in Excel on the web, with the bridge's events as the host's end of
 * the XDM channel: the client's event registrations and the host's messages then travel through Office's own
 * facade, delegates, parameter map and rich API message manager.
 */
function connectEventMessaging(window: Record<string, unknown>, endPoint: EventEndPoint): void {
  const osf = window.OSF as OfficeMessaging;
  const officeExt = window.OfficeExt as { RichApiMessageManager: new () => object };
  const facade = new osf.DDA.DispIdHost.Facade(osf.DDA.WAC.getDelegateMethods, osf.DDA.WAC.Delegate.ParameterMap);
  osf._OfficeAppFactory = {
    getId: () => "standin-addin",
    getHostFacade: () => facade,
    getInitializationHelper: () => ({ _webAppState: { clientEndPoint: endPoint } }),
  };
  osf.DDA.RichApi.richApiMessageManager = new officeExt.RichApiMessageManager();
}
