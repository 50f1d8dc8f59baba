/** Errors as Office.js raises them (OfficeExtension.Error): a code, a message, debugInfo. */
export const ErrorCodes = {
  propertyNotLoaded: "PropertyNotLoaded",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  accessDenied: "AccessDenied",
  notImplemented: "NotImplemented",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidObjectPath: "InvalidObjectPath",
} as const;

export type StandinErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export class StandinError extends Error {
  readonly code: StandinErrorCode;
  readonly debugInfo: { code: StandinErrorCode; message: string; errorLocation?: string };

  constructor(code: StandinErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function notLoaded(property: string, type: string): StandinError {
  return new StandinError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
