import type { RawScalar } from "../model/raw";

/**
 * A description of a tracker workbook as plain data: the example generator produces it, the file
 * writer (`src/file/writeTrackerXlsx.ts`) renders it, and tests read planted cells from it.
 *
 * @example
 * { sheets: [{ name: "Projects", header: ["Project ID", "Start Date", "% Complete"],
 *              rows: [["PRJ-0001", { date: "2026-01-05" }, { percent: 0.45 }]] }] }
 */

/** A real date cell (not text), given as ISO `YYYY-MM-DD`. */
export interface DateCell {
  readonly date: string;
}

/** A number shown as a percentage: `{ percent: 0.45 }` is stored as 0.45 and shown as `45%`. */
export interface PercentCell {
  readonly percent: number;
}

/** An Excel error value stored as an error (not as text), e.g. a broken lookup's `#N/A`. */
export interface ErrorCell {
  readonly error: ExcelErrorText;
}

export type ExcelErrorText = "#N/A" | "#REF!" | "#DIV/0!" | "#VALUE!" | "#NAME?" | "#NUM!" | "#NULL!";

/** Plain values (text, numbers, booleans, blank) are written exactly as given; text is never a formula. */
export type SpecCell = RawScalar | DateCell | PercentCell | ErrorCell;

export interface SheetSpec {
  readonly name: string;
  /** Rows above the header (a title block); the header is on row `titleRows.length + 1`. */
  readonly titleRows?: readonly (readonly RawScalar[])[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly SpecCell[])[];
  /** Number format per 0-based column index; overrides the defaults (`yyyy-mm-dd` for dates, `0%`). */
  readonly columnFormats?: Readonly<Record<number, string>>;
}

export interface TrackerSheets {
  readonly sheets: readonly SheetSpec[];
}

export function isDateCell(cell: SpecCell): cell is DateCell {
  return typeof cell === "object" && cell !== null && "date" in cell;
}

export function isPercentCell(cell: SpecCell): cell is PercentCell {
  return typeof cell === "object" && cell !== null && "percent" in cell;
}

export function isErrorCell(cell: SpecCell): cell is ErrorCell {
  return typeof cell === "object" && cell !== null && "error" in cell;
}

/** 1-based worksheet row of data row `rowIndex` (0-based index into `rows`). */
export function sheetRowOfDataRow(sheet: SheetSpec, rowIndex: number): number {
  return (sheet.titleRows?.length ?? 0) + 2 + rowIndex;
}
