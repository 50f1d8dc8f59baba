export {
  officeHost,
  warmUp,
  REQUIRED_API,
  FLAGS_API,
  MESSAGES_API,
  MERGES_API,
  type OfficeHostOptions,
} from "./officeHost";
