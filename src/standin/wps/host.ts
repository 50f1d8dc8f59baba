/** A WorkbookHost over a fresh WPS stand-in (the WPS host on the stand-in's Application): for tests. */
import { wpsHost } from "../../hosts/wps";
import type { EtApplication } from "../../hosts/wps";
import type { WorkbookHost } from "../../hosts/types";
import { createWpsStandin, type WpsStandin, type WpsStandinOptions } from ".";

export interface WpsStandinHost extends WpsStandin {
  host: WorkbookHost;
}

export function createWpsStandinHost(options: WpsStandinOptions = {}): WpsStandinHost {
  const standin = createWpsStandin(options);
  return Object.assign(standin, { host: wpsHost(standin.Application as EtApplication) });
}
