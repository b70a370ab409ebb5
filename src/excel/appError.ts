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
  /** Excel's own code and text (for support), kept out of the message a PMO reads. */
  readonly detail: string | null;

  constructor(code: AppErrorCode, message: string, cause?: unknown, detail: string | null = null) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.cause = cause;
    this.detail = detail;
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

/** What went wrong and what to do next, in one or two sentences a PMO analyst can act on. */
const HINTS: Readonly<Record<AppErrorCode, string>> = {
  "sync-failed":
    "Excel could not complete the request. Try again; if it keeps failing, save and reopen the workbook.",
  "not-supported":
    "This version of Excel lacks a feature PMO Pulse needs. Update Excel or use Excel on the web.",
  "payload-too-large":
    "The data is too large for one request to Excel. Remove unused rows and columns from the trackers, then try again.",
  "item-not-found":
    "A sheet or cell PMO Pulse expected is no longer there (renamed or deleted?). Check the workbook again, then retry.",
  "invalid-argument": "Excel rejected a value PMO Pulse sent. Check the workbook again, then retry.",
  "access-denied":
    "The workbook or a sheet is protected or read-only. Unprotect it (Review > Unprotect) or save an editable copy, then try again.",
  conflict: "A sheet with the same name already exists. Rename or delete that sheet, then try again.",
  "cell-editing": "A cell is being edited. Finish editing the cell (press Enter or Esc), then try again.",
  busy: "Excel is busy or offline. Wait a moment, then try again.",
  "rollback-failed": "The update failed and PMO Pulse could not fully undo it.",
  "invalid-settings": "The settings stored in this workbook are not valid. Save them again under Settings.",
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
  const detail = error instanceof Error && error.message ? `${raw ?? "error"}: ${error.message}` : null;
  return new AppError(code, `${action} failed. ${HINTS[code]}`, error, detail);
}
