/**
 * The adapter-neutral shape of a workbook as read from a file (our .xlsx reader) or from Excel
 * (Office.js). It mirrors what Office.js returns for a used range (`values` + `numberFormat`), so both adapters
 * produce the same thing and one normaliser in the core turns it into typed data.
 *
 * Conventions every adapter follows:
 * - Dates are serial numbers in the workbook's date system (`date1904` says which), with the cell's
 *   number format, exactly as Office.js gives them.
 * - Excel error values are their text (`"#N/A"`, `"#REF!"`), as Office.js gives them.
 * - A formula cell holds its cached (computed) value; a formula with no cached value is `null` in
 *   the grid and its address is listed in `uncalculated`.
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

/**
 * A sheet's used range, cell by cell. Each adapter stores it its own way (the file reader in typed
 * columns, which hold 200,000 rows without an object per row; Office.js as the row arrays
 * `range.values` gives), and the core reads it only through these methods.
 */
export interface RawGrid {
  /** Rows of the used range: grid row 0 is the sheet's row `top`. */
  readonly height: number;
  /** One past the last cell the adapter gave in grid row `r`: 0 for an empty row or one outside. */
  width(r: number): number;
  /** The value at grid row `r`, grid column `c` (0 is the sheet's column `left`); null when empty. */
  value(r: number, c: number): RawScalar;
  /** That cell's number format; null means "General". */
  format(r: number, c: number): string | null;
  /**
   * Writes grid row `r`'s cells into `out[0 .. width)` and returns its width (what a loop over
   * every row reads: one call per row instead of one per cell). `out` past the width is left as is.
   */
  copyRow(r: number, out: RawScalar[]): number;
}

export interface RawSheet {
  readonly name: string;
  /** 1-based sheet row and column of the grid's first cell (the used range need not start at A1). */
  readonly top: number;
  readonly left: number;
  /** The used range's values and number formats; rows may be shorter than the widest row. */
  readonly cells: RawGrid;
  /** A1 addresses (no sheet name) of formula cells that carry no computed value. */
  readonly uncalculated?: readonly string[];
  readonly listObjects?: readonly RawListObject[];
  readonly merges?: readonly CellRange[];
  /**
   * Why the sheet could not be read (its part is damaged or over a size limit), in words for a PM;
   * the grid is then empty. The rest of the workbook is read as usual.
   */
  readonly unreadable?: string;
  /**
   * Solid fill colours of cells that hold no value (1-based sheet row and column, `RRGGBB`): a
   * RAG given by colour alone. Adapters may give them for every such cell or only for the columns
   * the core asks about (`colourColumns`); absent when unknown.
   */
  readonly fills?: readonly CellFill[];
}

/** A valueless cell's solid fill colour. */
export interface CellFill {
  readonly row: number;
  readonly col: number;
  /** Six hex digits, upper case. */
  readonly rgb: string;
}

export interface RawWorkbook {
  /** File name (or workbook name in Excel) used in every finding. */
  readonly file: string;
  readonly date1904: boolean;
  readonly sheets: readonly RawSheet[];
}
