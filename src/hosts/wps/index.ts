export { wpsHost, NO_WORKBOOK } from "./wpsHost";
export { wpsApplication } from "./detect";
export type { EtApplication } from "./et";
export { wpsChangeWatcher } from "./changes";
