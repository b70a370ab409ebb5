/**
 * Errors shaped like OfficeExtension.Error: Excel rejects a batch at `context.sync()` with an
 * error whose `code` names the cause (`ItemNotFound`, `InvalidArgument`, ...).
 */
export type FakeErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "GeneralException"
  | "AccessDenied"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "PropertyNotLoaded";

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: {
    readonly code: FakeErrorCode;
    readonly message: string;
    readonly errorLocation?: string;
  };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function officeError(code: FakeErrorCode, message: string, errorLocation?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, errorLocation);
}
