/**
 * The one error the .xlsx reader throws: the file could not be opened as a workbook. `message` is a
 * single line a PM can act on, e.g. "budget.xlsx: not an .xlsx workbook (it looks like an old .xls
 * file); save it as .xlsx". The underlying error, if any, is kept in `cause` for debugging only.
 */
export class WorkbookReadError extends Error {
  readonly file: string;
  /** The message without the file name, e.g. "the file is empty (0 bytes)". */
  readonly reason: string;

  constructor(file: string, reason: string, cause?: unknown) {
    super(`${file}: ${reason}`, cause === undefined ? undefined : { cause });
    this.name = "WorkbookReadError";
    this.file = file;
    this.reason = reason;
  }
}
