import { cellAddress } from "../../core/model/a1";
import type { CellRange, RawGrid, RawScalar } from "../../core/model/raw";
import type { XlsxLimits } from "../limits";
import { groupDigits } from "../limits";
import { ColumnBuffer, FIRST_CAPACITY } from "./columnBuffer";
import { ColumnGrid, EMPTY, FALSE, NUMBER, SHARED_STRING, SHEET_STRING, TRUE } from "./columnGrid";
import { SheetTooLargeError } from "./sheetTooLargeError";

/** Excel's last column, XFD. */
const MAX_COLUMN = 16_384;
/**
 * Slots all columns together may take at once on the sheet's word (its `<dimension>`), about 46 MB:
 * a sheet that says it is far larger than it is costs no more than this before growing as usual.
 */
const HINTED_SLOTS_BUDGET = 4 * 1024 * 1024;

export interface Grid {
  readonly top: number;
  readonly left: number;
  readonly cells: RawGrid;
  readonly uncalculated: readonly string[];
  readonly merges: readonly CellRange[];
}

/** Int32Array `a` with room for index `i`, doubled as needed. */
function room(a: Int32Array, i: number): Int32Array {
  if (i < a.length) return a;
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}

/**
 * Collects a sheet's occupied cells as the XML streams past, into a column of typed arrays per
 * sheet column (no array per row, no boxed number per cell), and lays them out at the end as the
 * used-range grid `RawSheet` carries: origin at the top-left occupied cell (merged areas included).
 * Each `<row>` with cells is a slot; a row repeated in the XML merges into the earlier one.
 * Counts cells and the positions the columns span against the limits, so a hostile sheet stops
 * early instead of filling memory.
 */
export class GridBuilder {
  private slotRows: Int32Array = new Int32Array(256);
  /** First and last (1-based) column of each slot's cells. */
  private slotStarts: Int32Array = new Int32Array(256);
  private slotEnds: Int32Array = new Int32Array(256);
  /** The current row's slot: the number of rows kept so far. */
  private slot = 0;
  private rowNumber = 0;
  private rowStart = 0;
  private rowEnd = 0;
  /** By 1-based column - 1. */
  private readonly columns: (ColumnBuffer | undefined)[] = [];
  private readonly sheetStrings: string[] = [];
  private readonly uncalculated: string[] = [];
  private readonly merges: CellRange[] = [];
  /** Style index → format id, and the formats those ids name. */
  private readonly styleFormats: Uint32Array;
  private readonly formats: (string | null)[] = [null];
  private readonly wideFormats: boolean;
  private cells = 0;
  private positions = 0;
  /** The last row the sheet says it has (its `<dimension>`); 0 when it does not say. */
  private expectedRows = 0;
  private hintedSlots = 0;
  /** How many uncalculated cells were listed before the current row (what `abandonRow` keeps). */
  private rowUncalculated = 0;

  constructor(
    private readonly limits: XlsxLimits,
    private readonly sharedStrings: readonly string[],
    cellFormats: readonly (string | null)[],
  ) {
    this.styleFormats = new Uint32Array(cellFormats.length);
    const ids = new Map<string, number>();
    cellFormats.forEach((format, style) => {
      if (format === null) return;
      let id = ids.get(format);
      if (id === undefined) {
        id = this.formats.push(format) - 1;
        ids.set(format, id);
      }
      this.styleFormats[style] = id;
    });
    this.wideFormats = this.formats.length > 0xffff;
  }

  /**
   * The sheet's `<dimension>` says it has about this many rows: columns are made that long at once
   * instead of doubling their way there (within a budget, as the dimension is only the file's word),
   * and so are the three slot arrays (at most 12 MB for a sheet that claims every row): doubling
   * them wrote twice the fresh memory (about 45 ms of the 20,000-project read).
   */
  expectRows(rows: number): void {
    this.expectedRows = Number.isFinite(rows) ? Math.min(Math.max(0, Math.floor(rows)), 1_048_576) : 0;
    if (this.slot === 0 && this.expectedRows > this.slotRows.length) {
      this.slotRows = new Int32Array(this.expectedRows);
      this.slotStarts = new Int32Array(this.expectedRows);
      this.slotEnds = new Int32Array(this.expectedRows);
    }
  }

  beginRow(row: number): void {
    this.endRow();
    this.rowNumber = row;
    this.rowUncalculated = this.uncalculated.length;
  }

  /** Cells read so far (the mark `abandonRow` goes back to). */
  get cellCount(): number {
    return this.cells;
  }

  /**
   * Forgets the current row's cells (a fast path that found a cell it cannot read gives the row
   * back to the general path, which reads it again from its start); `mark` is the count at its start.
   */
  abandonRow(mark: number): void {
    this.cells = mark;
    // Its formulas without a value too: the general path lists them again as it reads the row.
    this.uncalculated.length = this.rowUncalculated;
    if (this.rowStart === 0) return;
    for (let col = this.rowStart; col <= this.rowEnd; col++) {
      const column = this.columns[col - 1];
      if (column !== undefined) column.clear(this.slot - column.base);
    }
    this.rowStart = 0;
    this.rowEnd = 0;
  }

  /** A number cell of the current row; `style` is its `s` index. */
  number(col: number, value: number, style: number): void {
    this.put(col, NUMBER, value, style);
  }

  /** A shared-string cell; an index past the table's end is an empty cell, as Office.js shows it. */
  sharedString(col: number, index: number, style: number): void {
    if (index < this.sharedStrings.length) this.put(col, SHARED_STRING, index, style);
  }

  /** Any other cell: a value, or a formula without one (null and `uncalculated`). */
  cell(col: number, value: RawScalar, style: number, uncalculated: boolean): void {
    if (typeof value === "number") this.put(col, NUMBER, value, style);
    else if (typeof value === "string") this.put(col, SHEET_STRING, this.sheetStrings.push(value) - 1, style);
    else if (typeof value === "boolean") this.put(col, value ? TRUE : FALSE, 0, style);
    else if (uncalculated) {
      this.count(col);
      this.uncalculated.push(cellAddress(this.rowNumber, col));
    }
  }

  private put(col: number, kind: number, value: number, style: number): void {
    this.count(col);
    let column = this.columns[col - 1];
    if (column === undefined) {
      column = new ColumnBuffer(this.slot, this.wideFormats, this.firstCapacity());
      this.columns[col - 1] = column;
    }
    this.store(column, this.slot - column.base, kind, value, this.styleFormats[style] ?? 0);
  }

  /** Writes a cell at index `i` of a column, growing it and counting the positions it now spans. */
  private store(column: ColumnBuffer, i: number, kind: number, value: number, formatId: number): void {
    column.reserve(i);
    column.kinds[i] = kind;
    column.setNumber(i, value);
    column.setFormat(i, formatId);
    if (i >= column.length) this.extend(column, i + 1);
  }

  /** A new column's capacity: the rows the sheet says are left, while the budget lasts. */
  private firstCapacity(): number {
    const left = this.expectedRows - this.slot;
    if (left <= FIRST_CAPACITY || this.hintedSlots + left > HINTED_SLOTS_BUDGET) return FIRST_CAPACITY;
    this.hintedSlots += left;
    return left;
  }

  /** Counts a cell of the current row against the limits and widens the row to it. */
  private count(col: number): void {
    this.cells += 1;
    if (this.cells > this.limits.maxCellsPerSheet) {
      throw new SheetTooLargeError(`it has more than ${groupDigits(this.limits.maxCellsPerSheet)} cells`);
    }
    if (col > MAX_COLUMN) throw new SheetTooLargeError("it has cells beyond the last column, XFD");
    if (this.rowStart === 0 || col < this.rowStart) this.rowStart = col;
    if (col > this.rowEnd) this.rowEnd = col;
  }

  /** A column now reaches `length` slots from its first cell: the positions it spans count. */
  private extend(column: ColumnBuffer, length: number): void {
    this.positions += length - column.length;
    column.length = length;
    if (this.positions > this.limits.maxGridSlotsPerSheet) {
      throw new SheetTooLargeError(
        `its cells are spread over more than ${groupDigits(this.limits.maxGridSlotsPerSheet)} grid positions`,
      );
    }
  }

  endRow(): void {
    if (this.rowStart === 0) return;
    const slot = this.slot;
    this.slotRows = room(this.slotRows, slot);
    this.slotStarts = room(this.slotStarts, slot);
    this.slotEnds = room(this.slotEnds, slot);
    this.slotRows[slot] = this.rowNumber;
    this.slotStarts[slot] = this.rowStart;
    this.slotEnds[slot] = this.rowEnd;
    this.slot = slot + 1;
    this.rowStart = 0;
    this.rowEnd = 0;
  }

  merge(range: CellRange): void {
    this.merges.push(range);
  }

  finish(): Grid {
    this.endRow();
    const bounds = this.bounds();
    const tables = {
      sharedStrings: this.sharedStrings,
      sheetStrings: this.sheetStrings,
      formats: this.formats,
    };
    if (bounds === null) {
      const cells = new ColumnGrid(0, new Int32Array(0), new Int32Array(0), [], tables);
      return { top: 1, left: 1, cells, uncalculated: this.uncalculated, merges: this.merges };
    }
    const { top, left, bottom } = bounds;
    const rowSlots = new Int32Array(bottom - top + 1).fill(-1);
    for (let slot = 0; slot < this.slot; slot++) {
      const r = (this.slotRows[slot] as number) - top;
      const earlier = rowSlots[r] as number;
      if (earlier >= 0) this.mergeInto(slot, earlier);
      rowSlots[r] = slot;
    }
    const widths = new Int32Array(this.slot);
    for (let slot = 0; slot < this.slot; slot++) widths[slot] = (this.slotEnds[slot] as number) - left + 1;
    const columns = this.columns.slice(left - 1);
    const cells = new ColumnGrid(bottom - top + 1, rowSlots, widths, columns, tables);
    this.clearCoveredCells(top, left, rowSlots, columns);
    return { top, left, cells, uncalculated: this.uncalculated, merges: this.merges };
  }

  private bounds(): { top: number; left: number; bottom: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    for (let slot = 0; slot < this.slot; slot++) {
      const row = this.slotRows[slot] as number;
      const start = this.slotStarts[slot] as number;
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

  /**
   * A row the XML gives twice (only hand-made files do): the earlier slot's cells fill the later
   * one's empty cells, so the later element wins where both have a value.
   */
  private mergeInto(later: number, earlier: number): void {
    const start = this.slotStarts[earlier] as number;
    const end = this.slotEnds[earlier] as number;
    for (let col = start; col <= end; col++) {
      const column = this.columns[col - 1];
      if (column === undefined) continue;
      const from = earlier - column.base;
      const to = later - column.base;
      const kind = column.kinds[from] ?? EMPTY;
      if (from < 0 || kind === EMPTY || (column.kinds[to] ?? EMPTY) !== EMPTY) continue;
      this.store(column, to, kind, column.numbers[from] as number, column.formats?.[from] ?? 0);
    }
    this.slotStarts[later] = Math.min(start, this.slotStarts[later] as number);
    this.slotEnds[later] = Math.max(end, this.slotEnds[later] as number);
  }

  /** Office.js gives null for every cell a merge covers except its top-left one. */
  private clearCoveredCells(
    top: number,
    left: number,
    rowSlots: Int32Array,
    columns: readonly (ColumnBuffer | undefined)[],
  ): void {
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const slot = rowSlots[r - top] ?? -1;
        if (slot < 0) continue;
        const right = Math.min(m.right, this.slotEnds[slot] as number);
        for (let col = Math.max(m.left, left); col <= right; col++) {
          if (r === m.top && col === m.left) continue;
          const column = columns[col - left];
          if (column !== undefined) column.clear(slot - column.base);
        }
      }
    }
  }
}
