import type { RawGrid, RawScalar } from "../../core/model/raw";

/** What a slot of a column holds; the number beside it is the value, or a string's index. */
export const EMPTY = 0;
export const NUMBER = 1;
export const SHARED_STRING = 2;
export const SHEET_STRING = 3;
export const FALSE = 4;
export const TRUE = 5;

/** Format ids are indexes into the sheet's format table; 0 is "General". */
export type FormatIds = Uint16Array | Uint32Array;

/** A column's numbers: 32-bit integers while every one is, else doubles (see ColumnBuffer.setNumber). */
export type GridNumbers = Int32Array | Float64Array;

/** One sheet column: a kind byte, a number and a format id per slot, from slot `base` on. */
export interface GridColumn {
  readonly base: number;
  readonly kinds: Uint8Array;
  readonly numbers: GridNumbers;
  /** Null while every cell of the column is "General". */
  readonly formats: FormatIds | null;
}

/** The strings and formats a grid's numbers point into. */
export interface GridTables {
  readonly sharedStrings: readonly string[];
  /** Text that is not a shared string: inline strings, formula text results, error values. */
  readonly sheetStrings: readonly string[];
  /** Format id → number format (id 0, "General", is null). */
  readonly formats: readonly (string | null)[];
}

/**
 * A sheet read from a file, held as columns of typed arrays: 7 to 11 bytes a cell and no object
 * per row or cell, so a 200,000-row sheet costs the garbage collector nothing to keep. Rows of the
 * XML are "slots" (a sheet's rows far apart cost nothing in between); `rowSlots` maps grid rows
 * to them.
 */
export class ColumnGrid implements RawGrid {
  constructor(
    readonly height: number,
    /** Grid row → slot, -1 for a row without cells. */
    private readonly rowSlots: Int32Array,
    /** Slot → width of its row, from the grid's left edge. */
    private readonly slotWidths: Int32Array,
    /** By grid column (0 is the grid's left edge). */
    private readonly columns: readonly (GridColumn | undefined)[],
    private readonly tables: GridTables,
  ) {}

  width(r: number): number {
    const slot = this.rowSlots[r];
    return slot === undefined || slot < 0 ? 0 : (this.slotWidths[slot] ?? 0);
  }

  value(r: number, c: number): RawScalar {
    const slot = this.rowSlots[r];
    const column = this.columns[c];
    if (slot === undefined || slot < 0 || column === undefined) return null;
    return this.cell(column, slot - column.base);
  }

  copyRow(r: number, out: RawScalar[]): number {
    const slot = this.rowSlots[r];
    if (slot === undefined || slot < 0) return 0;
    const width = this.slotWidths[slot] ?? 0;
    for (let c = 0; c < width; c++) {
      const column = this.columns[c];
      out[c] = column === undefined ? null : this.cell(column, slot - column.base);
    }
    return width;
  }

  /** The value at index `i` of a column (out of its range: empty). */
  private cell(column: GridColumn, i: number): RawScalar {
    switch (column.kinds[i]) {
      case NUMBER:
        return column.numbers[i] as number;
      case SHARED_STRING:
        return this.tables.sharedStrings[column.numbers[i] as number] ?? null;
      case SHEET_STRING:
        return this.tables.sheetStrings[column.numbers[i] as number] ?? null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      default:
        return null;
    }
  }

  format(r: number, c: number): string | null {
    const slot = this.rowSlots[r];
    const column = this.columns[c];
    if (slot === undefined || slot < 0 || column === undefined || column.formats === null) return null;
    const i = slot - column.base;
    if ((column.kinds[i] ?? EMPTY) === EMPTY) return null;
    return this.tables.formats[column.formats[i] ?? 0] ?? null;
  }
}
