import { cellAddress } from "../../core/model/a1";
import type { CellRange, RawScalar } from "../../core/model/raw";
import type { XlsxLimits } from "../limits";
import { groupDigits } from "../limits";
import { SheetTooLargeError } from "./sheetTooLargeError";

/** Shared by every row without cells or formats; the grid is read-only, so sharing is safe. */
const EMPTY_ROW: readonly never[] = Object.freeze([]);

interface StoredRow {
  readonly row: number;
  /** Column of `values[0]`. */
  readonly start: number;
  readonly values: RawScalar[];
  /** Null when no cell of the row has a number format. */
  readonly formats: (string | null)[] | null;
}

export interface Grid {
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly RawScalar[])[];
  readonly formats: readonly (readonly (string | null)[])[];
  readonly uncalculated: readonly string[];
  readonly merges: readonly CellRange[];
}

/**
 * Collects a sheet's occupied cells row by row as the XML streams past, each row dense from its
 * first cell, and lays them out at the end as the used-range grid `RawSheet` carries: origin at
 * the top-left occupied cell (merged areas included), rows ragged. Counts cells and grid slots
 * against the limits, so a hostile sheet stops early instead of filling memory.
 */
export class GridBuilder {
  private readonly rows: StoredRow[] = [];
  private readonly uncalculated: string[] = [];
  private readonly merges: CellRange[] = [];
  private rowNumber = 0;
  private start = 0;
  private values: RawScalar[] | null = null;
  private formats: (string | null)[] | null = null;
  private readonly generalRows = new Map<number, readonly null[]>();
  private cells = 0;
  private slots = 0;

  constructor(private readonly limits: XlsxLimits) {}

  beginRow(row: number): void {
    this.endRow();
    this.rowNumber = row;
  }

  /** One occupied cell of the current row (a value, or a formula without one: `uncalculated`). */
  cell(col: number, value: RawScalar, format: string | null, uncalculated: boolean): void {
    this.cells += 1;
    if (this.cells > this.limits.maxCellsPerSheet) {
      throw new SheetTooLargeError(`it has more than ${groupDigits(this.limits.maxCellsPerSheet)} cells`);
    }
    if (uncalculated) this.uncalculated.push(cellAddress(this.rowNumber, col));
    let values = this.values;
    if (values === null) {
      values = this.values = [];
      this.start = col;
    } else if (col < this.start) {
      this.shiftRowStart(col);
      values = this.values as RawScalar[];
    }
    const index = col - this.start;
    while (values.length < index) values.push(null);
    values[index] = value;
    if (format !== null || this.formats !== null) {
      const formats = (this.formats ??= []);
      while (formats.length < index) formats.push(null);
      formats[index] = format;
    }
  }

  /** A cell left of the row's first one (cells out of order, which only hand-made files have). */
  private shiftRowStart(col: number): void {
    const pad = new Array<RawScalar>(this.start - col).fill(null);
    this.values = [...pad, ...(this.values ?? [])];
    if (this.formats !== null) this.formats = [...pad.map(() => null), ...this.formats];
    this.start = col;
  }

  endRow(): void {
    const values = this.values;
    if (values === null) return;
    this.slots += values.length;
    this.checkSlots();
    const formats = this.formats;
    if (formats !== null) while (formats.length < values.length) formats.push(null);
    this.rows.push({ row: this.rowNumber, start: this.start, values, formats });
    this.values = null;
    this.formats = null;
  }

  merge(range: CellRange): void {
    this.merges.push(range);
  }

  private checkSlots(): void {
    if (this.slots > this.limits.maxGridSlotsPerSheet) {
      throw new SheetTooLargeError(
        `its cells are spread over more than ${groupDigits(this.limits.maxGridSlotsPerSheet)} grid positions`,
      );
    }
  }

  finish(): Grid {
    this.endRow();
    const bounds = this.bounds();
    if (bounds === null) {
      return { top: 1, left: 1, values: [], formats: [], uncalculated: [], merges: this.merges };
    }
    const { top, left, bottom } = bounds;
    const values: (readonly RawScalar[])[] = new Array<readonly RawScalar[]>(bottom - top + 1).fill(
      EMPTY_ROW,
    );
    const formats: (readonly (string | null)[])[] = new Array<readonly (string | null)[]>(
      bottom - top + 1,
    ).fill(EMPTY_ROW);
    for (const stored of this.rows) this.place(stored, top, left, values, formats);
    this.clearCoveredCells(top, left, values);
    return { top, left, values, formats, uncalculated: this.uncalculated, merges: this.merges };
  }

  private bounds(): { top: number; left: number; bottom: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    for (const r of this.rows) {
      if (r.row < top) top = r.row;
      if (r.row > bottom) bottom = r.row;
      if (r.start < left) left = r.start;
    }
    for (const m of this.merges) {
      top = Math.min(top, m.top);
      bottom = Math.max(bottom, m.bottom);
      left = Math.min(left, m.left);
    }
    return top === Infinity ? null : { top, left, bottom };
  }

  /** Puts a stored row into the grid, padding it to the grid's left edge; a repeated row merges in. */
  private place(
    stored: StoredRow,
    top: number,
    left: number,
    values: (readonly RawScalar[])[],
    formats: (readonly (string | null)[])[],
  ): void {
    const index = stored.row - top;
    const pad = stored.start - left;
    if (pad > 0) {
      this.slots += pad;
      this.checkSlots();
    }
    const rowValues = pad === 0 ? stored.values : [...new Array<RawScalar>(pad).fill(null), ...stored.values];
    const rowFormats =
      stored.formats === null
        ? this.generalRow(rowValues.length)
        : pad === 0
          ? stored.formats
          : [...new Array<string | null>(pad).fill(null), ...stored.formats];
    const existing = values[index];
    if (existing === undefined || existing.length === 0) {
      values[index] = rowValues;
      formats[index] = rowFormats;
      return;
    }
    values[index] = overlay(existing, rowValues);
    formats[index] = overlay(formats[index] ?? EMPTY_ROW, rowFormats);
  }

  /**
   * A row of "General" formats as long as a row of values, shared by every row of that length
   * (formats mirror the values' shape, as Office.js gives them, at the cost of one array per width).
   */
  private generalRow(length: number): readonly null[] {
    let row = this.generalRows.get(length);
    if (row === undefined) {
      row = Object.freeze(new Array<null>(length).fill(null));
      this.generalRows.set(length, row);
    }
    return row;
  }

  /** Office.js gives null for every cell a merge covers except its top-left one. */
  private clearCoveredCells(top: number, left: number, values: (readonly RawScalar[])[]): void {
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const row = values[r - top] as RawScalar[] | undefined;
        if (row === undefined || row.length === 0) continue;
        const from = Math.max(m.left - left, 0);
        const to = Math.min(m.right - left, row.length - 1);
        for (let c = from; c <= to; c++) {
          if (r !== m.top || c !== m.left - left) row[c] = null;
        }
      }
    }
  }
}

/** `later`'s non-null cells written over `earlier` (a row element repeated in the XML). */
function overlay<T>(earlier: readonly (T | null)[], later: readonly (T | null)[]): (T | null)[] {
  const out = [...earlier];
  later.forEach((value, i) => {
    if (value !== null || i >= out.length) out[i] = value;
  });
  return out;
}
