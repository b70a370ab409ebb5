/**
 * The adapter-neutral shape of a workbook as read from a file (ExcelJS) or from Excel (Office.js).
 * It mirrors what Office.js returns for a used range (`values` + `numberFormat`), so both adapters
 * produce the same thing and one normaliser in the core turns it into typed data.
 *
 * Conventions every adapter follows:
 * - Dates are serial numbers in the workbook's date system (`date1904` says which), with the cell's
 *   number format, exactly as Office.js gives them.
 * - Excel error values are their text (`"#N/A"`, `"#REF!"`), as Office.js gives them.
 * - A formula cell holds its cached (computed) value; a formula with no cached value is `null` in
 *   `values` and its address is listed in `uncalculated`.
 * - Only the top-left cell of a merged range holds the value; `merges` lists the ranges.
 */
export type RawScalar = string | number | boolean | null;

export interface CellRange {
  /** 1-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface RawListObject extends CellRange {
  readonly name: string;
  /** False when the table was created without a header row. */
  readonly hasHeader: boolean;
  /**
   * Rows at the bottom of the range that are the table's totals row (0 or 1): Office.js
   * `Table.showTotals`, OOXML `totalsRowCount`. A totals row is never data.
   */
  readonly totalsRowCount: number;
}

export interface RawSheet {
  readonly name: string;
  /** 1-based sheet row and column of `values[0][0]` (the used range need not start at A1). */
  readonly top: number;
  readonly left: number;
  /** Row-major grid of the used range; rows may be shorter than the widest row. */
  readonly values: readonly (readonly RawScalar[])[];
  /** Number formats, same shape as `values`; absent or shorter means "General". */
  readonly formats?: readonly (readonly (string | null)[])[];
  /** A1 addresses (no sheet name) of formula cells that carry no computed value. */
  readonly uncalculated?: readonly string[];
  readonly listObjects?: readonly RawListObject[];
  readonly merges?: readonly CellRange[];
  /**
   * Why the sheet could not be read (its part is damaged or over a size limit), in words for a PM;
   * the grid is then empty. The rest of the workbook is read as usual.
   */
  readonly unreadable?: string;
}

export interface RawWorkbook {
  /** File name (or workbook name in Excel) used in every finding. */
  readonly file: string;
  readonly date1904: boolean;
  readonly sheets: readonly RawSheet[];
}
