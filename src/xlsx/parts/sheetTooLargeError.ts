/** A sheet passed a cell or grid limit; the sheet is reported as unreadable, the rest of the file is read. */
export class SheetTooLargeError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "SheetTooLargeError";
  }
}
