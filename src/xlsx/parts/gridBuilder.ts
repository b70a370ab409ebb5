import { cellAddress } from "../../core/model/a1";
import type { CellRange, RawScalar } from "../../core/model/raw";
import type { XlsxLimits } from "../limits";
import { groupDigits } from "../limits";
import { SheetTooLargeError } from "./sheetTooLargeError";

/** Shared by every row without cells or formats; the grid is read-only, so sharing is safe. */
const EMPTY_ROW: readonly never[] = Object.freeze([]);

/** Rows as the XML gave them, in parallel arrays (no object per row). */
interface StoredRows {
  readonly row: number[];
  /** Column of `values[i][0]`. */
  readonly start: number[];
  readonly values: RawScalar[][];
  /** Null when no cell of the row has a number format. */
  readonly formats: ((string | null)[] | null)[];
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
 *
 * Memory: a row is built in scratch arrays reused from row to row and kept as exact-size copies,
 * and a row whose number formats equal the previous row's shares that row's array (a column of
 * dates has the same format all the way down), so a large sheet holds little more than its values.
 */
export class GridBuilder {
  private readonly rows: StoredRows = { row: [], start: [], values: [], formats: [] };
  private readonly uncalculated: string[] = [];
  private readonly merges: CellRange[] = [];
  private rowNumber = 0;
  private start = 0;
  /** The row being read, from column `start`: `width` cells of the scratch arrays are its own. */
  private readonly values: RawScalar[] = [];
  private readonly formats: (string | null)[] = [];
  private width = 0;
  private hasFormat = false;
  private lastFormats: (string | null)[] | null = null;
  private readonly generalRows = new Map<number, readonly null[]>();
  private cells = 0;
  private slots = 0;

  constructor(private readonly limits: XlsxLimits) {}

  beginRow(row: number): void {
    this.endRow();
    this.rowNumber = row;
  }

  /** Cells read so far (the mark `abandonRow` goes back to). */
  get cellCount(): number {
    return this.cells;
  }

  /**
   * Forgets the current row's cells read since `mark` (a fast path that found a cell it cannot
   * read gives the row back to the general path, which reads it again from its start).
   */
  abandonRow(mark: number): void {
    this.cells = mark;
    this.width = 0;
    this.hasFormat = false;
  }

  /** One occupied cell of the current row (a value, or a formula without one: `uncalculated`). */
  cell(col: number, value: RawScalar, format: string | null, uncalculated: boolean): void {
    this.cells += 1;
    if (this.cells > this.limits.maxCellsPerSheet) {
      throw new SheetTooLargeError(`it has more than ${groupDigits(this.limits.maxCellsPerSheet)} cells`);
    }
    if (uncalculated) this.uncalculated.push(cellAddress(this.rowNumber, col));
    if (this.width === 0) this.start = col;
    else if (col < this.start) this.shiftRowStart(col);
    const index = col - this.start;
    const values = this.values;
    const formats = this.formats;
    while (this.width < index) {
      values[this.width] = null;
      formats[this.width] = null;
      this.width += 1;
    }
    values[index] = value;
    formats[index] = format;
    if (index === this.width) this.width += 1;
    if (format !== null) this.hasFormat = true;
  }

  /** A cell left of the row's first one (cells out of order, which only hand-made files have). */
  private shiftRowStart(col: number): void {
    const shift = this.start - col;
    for (let i = this.width - 1; i >= 0; i--) {
      this.values[i + shift] = this.values[i] ?? null;
      this.formats[i + shift] = this.formats[i] ?? null;
    }
    for (let i = 0; i < shift; i++) {
      this.values[i] = null;
      this.formats[i] = null;
    }
    this.width += shift;
    this.start = col;
  }

  endRow(): void {
    const width = this.width;
    if (width === 0) return;
    this.slots += width;
    this.checkSlots();
    const rows = this.rows;
    rows.row.push(this.rowNumber);
    rows.start.push(this.start);
    rows.values.push(this.values.slice(0, width));
    rows.formats.push(this.hasFormat ? this.formatsOfRow(width) : null);
    this.width = 0;
    this.hasFormat = false;
  }

  /** The row's formats: the previous row's array when they are the same, else a copy of its own. */
  private formatsOfRow(width: number): (string | null)[] {
    const last = this.lastFormats;
    const formats = this.formats;
    if (last !== null && last.length === width) {
      let same = true;
      for (let i = 0; i < width; i++) {
        if (last[i] !== formats[i]) {
          same = false;
          break;
        }
      }
      if (same) return last;
    }
    return (this.lastFormats = formats.slice(0, width));
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
    for (let i = 0; i < this.rows.row.length; i++) this.place(i, top, left, values, formats);
    this.clearCoveredCells(top, left, values);
    return { top, left, values, formats, uncalculated: this.uncalculated, merges: this.merges };
  }

  private bounds(): { top: number; left: number; bottom: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    const rows = this.rows;
    for (let i = 0; i < rows.row.length; i++) {
      const row = rows.row[i] as number;
      const start = rows.start[i] as number;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (start < left) left = start;
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
    i: number,
    top: number,
    left: number,
    values: (readonly RawScalar[])[],
    formats: (readonly (string | null)[])[],
  ): void {
    const storedValues = this.rows.values[i] as RawScalar[];
    const storedFormats = this.rows.formats[i] ?? null;
    const index = (this.rows.row[i] as number) - top;
    const pad = (this.rows.start[i] as number) - left;
    if (pad > 0) {
      this.slots += pad;
      this.checkSlots();
    }
    const rowValues = pad === 0 ? storedValues : [...new Array<RawScalar>(pad).fill(null), ...storedValues];
    const rowFormats =
      storedFormats === null
        ? this.generalRow(rowValues.length)
        : pad === 0
          ? storedFormats
          : [...new Array<string | null>(pad).fill(null), ...storedFormats];
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
