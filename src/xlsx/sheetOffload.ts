import type { SheetContext, SheetScan } from "./parts/sheetPart";

/**
 * A platform's way to read one large worksheet part on another thread while the calling thread
 * reads the rest of the workbook (the CLI: a worker thread; the portable reader has none). The
 * largest worksheet part of at least `minPartBytes` (inflated, as the zip directory says) is
 * offered to it.
 */
export interface SheetOffload {
  readonly minPartBytes: number;
  /**
   * Reads `part` of the package `bytes` as `readSheetPart` would, under `context.limits`, and
   * rejects with the errors it throws; gives null when it cannot run (the worker did not start or
   * stopped), and the caller then reads the part itself.
   */
  read(bytes: Uint8Array, part: string, context: SheetContext): Promise<SheetScan | null>;
}
