/**
 * Errors with the shape of Office.js's `OfficeExtension.Error`: callers branch on `code`, and tests assert it,
 * so the codes and the wording follow what Word returns.
 */

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    // Office.js names its errors this way; some code logs or matches on it.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function invalidObjectPath(objectPath: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.invalidObjectPath,
    `The object path '${objectPath}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  );
}

export function invalidArgument(location: string, detail?: string): FakeOfficeError {
  const message = "The argument is invalid or missing or has an incorrect format.";
  return new FakeOfficeError(ErrorCodes.invalidArgument, detail ? `${message} ${detail}` : message, location);
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.", location);
}

export function generalException(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.generalException,
    `There was an internal error while processing the request. ${detail}`,
    location,
  );
}

export function apiNotFound(location: string, requirement: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.apiNotFound,
    `The API you are trying to use could not be found. It may be available in a newer version of Word (${requirement}).`,
    location,
  );
}

export function notImplemented(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.notImplemented, `The fake Word host does not implement this: ${detail}`, location);
}

/** Word on the web's refusal of an action it does not allow there (OfficeDev/office-js#6746's wording). */
export function notAllowed(location: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.notAllowed,
    "The action isn’t supported in Word Online. Check the OfficeExtension.Error.debugInfo for more information.",
    location,
  );
}
