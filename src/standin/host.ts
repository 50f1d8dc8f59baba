/** A WorkbookHost over a fresh stand-in (Office.js adapter on the stand-in's Excel): for tests and benchmarks. */
import { officeHost } from "../hosts/office";
import type { WorkbookHost } from "../hosts/types";
import { createStandin, type Standin, type StandinOptions } from ".";

export interface StandinHost extends Standin {
  host: WorkbookHost;
}

export function createStandinHost(options: StandinOptions = {}): StandinHost {
  const standin = createStandin(options);
  const host = officeHost({ excel: standin.Excel, isSetSupported: standin.isSetSupported });
  return { ...standin, host };
}
