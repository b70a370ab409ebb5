/** Where a table sits on a sheet: what `findHeader` finds and the readings after it refine. */

export interface BoundColumn {
  /** 0-based grid column of `RawSheet.cells`. */
  readonly index: number;
  /** The header as written. */
  readonly header: string;
}

/** Where a table sits on a sheet and which sheet column holds which template column. */
export interface HeaderMatch {
  /** 0-based index into `values` of the header row. */
  readonly headerIndex: number;
  /** Data rows are `values[dataStart]` … `values[dataEnd - 1]`. */
  readonly dataStart: number;
  readonly dataEnd: number;
  /** Cells `colStart` … `colEnd - 1` of each row belong to the table (an Excel table limits them). */
  readonly colStart: number;
  readonly colEnd: number;
  readonly columns: ReadonlyMap<string, BoundColumn>;
  readonly unknown: readonly BoundColumn[];
  readonly matched: number;
  readonly requiredMatched: number;
  /** True when the row matches enough columns to be read as the table (≥ 2 and ≥ half the required). */
  readonly qualifies: boolean;
  /** Name of the Excel table the header came from, if any. */
  readonly listObject: string | null;
  /** A later table stacked under this one with its columns elsewhere: the data ends above it. */
  readonly stacked?: StackedBlock;
}

/**
 * A sheet of stacked tables: one programme's block (title, header, rows, subtotal), then the next
 * programme's under its own header. Where the blocks share one column order, the later headers are
 * repeated header rows (`header-repeated`) and every block is read. Where a later block puts its
 * columns elsewhere (`Sponsor` added, Budget and Actual Cost swapped), its rows cannot be read under
 * the first header: read so, its End Date was taken for a Budget without a word.
 */
export interface StackedBlock {
  /** Grid row of the later block's header. */
  readonly headerIndex: number;
  /** Its headers that sit in other columns than the first block's, as written. */
  readonly moved: readonly string[];
}
