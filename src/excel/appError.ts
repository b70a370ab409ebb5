/**
 * The one error type the Office.js adapter throws. It maps OfficeExtension.Error codes (and any
 * other failure) to a small `code` union the task pane can act on, with a message a PMO analyst
 * understands and the original error as `cause`.
 */
export type AppErrorCode =
  | "sync-failed"
  | "not-supported"
  | "payload-too-large"
  | "item-not-found"
  | "invalid-argument"
  | "access-denied"
  | "conflict"
  | "cell-editing"
  | "busy"
  | "rollback-failed"
  | "invalid-settings";

export class AppError extends Error {
  readonly code: AppErrorCode;
  override readonly cause: unknown;

  constructor(code: AppErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.cause = cause;
  }
}

const OFFICE_CODES: Readonly<Record<string, AppErrorCode>> = {
  ApiNotFound: "not-supported",
  ApiNotAvailable: "not-supported",
  NotImplemented: "not-supported",
  UnsupportedOperation: "not-supported",
  UnsupportedFeature: "not-supported",
  RequestPayloadSizeLimitExceeded: "payload-too-large",
  ResponsePayloadSizeLimitExceeded: "payload-too-large",
  ItemNotFound: "item-not-found",
  InvalidArgument: "invalid-argument",
  InvalidReference: "invalid-argument",
  AccessDenied: "access-denied",
  ItemAlreadyExists: "conflict",
  Conflict: "conflict",
  InsertDeleteConflict: "conflict",
  InvalidOperationInCellEditMode: "cell-editing",
  ActivityLimitReached: "busy",
  ServiceNotAvailable: "busy",
  RequestAborted: "busy",
};

const HINTS: Readonly<Record<AppErrorCode, string>> = {
  "sync-failed": "Excel could not complete the request.",
  "not-supported": "This version of Excel does not support a feature PMO Pulse needs.",
  "payload-too-large": "The data is too large for one request to Excel.",
  "item-not-found": "A sheet, table or setting PMO Pulse expected is missing.",
  "invalid-argument": "Excel rejected a value PMO Pulse sent.",
  "access-denied": "The workbook or a sheet is protected or read-only.",
  conflict: "A sheet or table with the same name already exists.",
  "cell-editing": "A cell is being edited: press Enter or Esc in Excel, then try again.",
  busy: "Excel is busy or offline: try again in a moment.",
  "rollback-failed": "The update failed and PMO Pulse could not fully undo it.",
  "invalid-settings": "The settings stored in this workbook are not valid.",
};

function officeCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** Wraps any failure of `action` (e.g. "Reading the workbook") as an AppError; AppErrors pass through. */
export function toAppError(error: unknown, action: string): AppError {
  if (error instanceof AppError) return error;
  const raw = officeCode(error);
  const code = (raw !== undefined ? OFFICE_CODES[raw] : undefined) ?? "sync-failed";
  const detail = error instanceof Error && error.message ? ` (${raw ?? "error"}: ${error.message})` : "";
  return new AppError(code, `${action} failed. ${HINTS[code]}${detail}`, error);
}
