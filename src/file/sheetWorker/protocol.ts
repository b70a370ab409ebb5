import type { SheetContext, SheetScan } from "../../xlsx/parts/sheetPart";
import { SheetTooLargeError } from "../../xlsx/parts/sheetTooLargeError";
import { XlsxError } from "../../xlsx/xlsxError";
import { XmlSyntaxError } from "../../xlsx/xml/xmlSyntaxError";

/** What the main thread asks the sheet worker: one part of a package to read. */
export interface SheetJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly part: string;
  readonly context: SheetContext;
}

/** How a job failed, as plain data (an Error's class does not cross threads). */
export interface JobFailure {
  /** The reader's own errors by class; `other` is a fault of ours, and the part is read again on the main thread. */
  readonly kind: "sheet-too-large" | "xml" | "xlsx" | "other";
  readonly message: string;
  readonly cause?: string;
}

export type SheetReply =
  { readonly id: number; readonly scan: SheetScan } | { readonly id: number; readonly failure: JobFailure };

/** The reader's error as data for the main thread. */
export function describeFailure(error: unknown): JobFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof SheetTooLargeError) return { kind: "sheet-too-large", message };
  if (error instanceof XmlSyntaxError) return { kind: "xml", message };
  if (error instanceof XlsxError) {
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    return { kind: "xlsx", message: error.reason, ...(cause === undefined ? {} : { cause }) };
  }
  return { kind: "other", message };
}

/** The same error again on the main thread (what `readSheetPart` would have thrown there); null for `other`. */
export function failureError(failure: JobFailure): Error | null {
  switch (failure.kind) {
    case "sheet-too-large":
      return new SheetTooLargeError(failure.message);
    case "xml":
      return new XmlSyntaxError(failure.message);
    case "xlsx":
      return new XlsxError(
        failure.message,
        failure.cause === undefined ? undefined : new Error(failure.cause),
      );
    default:
      return null;
  }
}
