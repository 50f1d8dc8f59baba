export {
  REQUIRED_API,
  FLAGS_API,
  MESSAGES_API,
  MERGES_API,
  type ExcelRunner,
  type OfficeHostOptions,
  type RunOptions,
} from "./api";
export { officeHost, warmUp, OfficeHost } from "./officeHost";
export { OfficeSession, type SyncReason } from "./session";
export { WRITERS } from "./writers";
export { changeWatcher, CHANGE_EVENTS_API } from "./changes";
