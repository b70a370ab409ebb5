/**
 * Why a file cannot be read as a workbook at all: `reason` is one line a PM can act on (the caller
 * prefixes the file name). Thrown inside the reader and returned by `readXlsxBytes` as a value.
 */
export class XlsxError extends Error {
  readonly reason: string;

  constructor(reason: string, cause?: unknown) {
    super(reason, cause === undefined ? undefined : { cause });
    this.name = "XlsxError";
    this.reason = reason;
  }
}

export const DAMAGED =
  "the file is damaged or not a valid .xlsx workbook; open it in Excel and save it again";

/** A damaged-file error whose cause says what exactly was wrong (kept for debugging). */
export function damaged(detail: string): XlsxError {
  return new XlsxError(DAMAGED, new Error(detail));
}
