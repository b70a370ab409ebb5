import type { FormatIds, GridColumn, GridNumbers } from "./columnGrid";
import { EMPTY } from "./columnGrid";

/** A column's first capacity when the sheet does not say how many rows it has. */
export const FIRST_CAPACITY = 64;

/**
 * One sheet column while the XML streams past: typed arrays from the slot of its first cell on,
 * doubled as rows arrive. `length` is one past the last slot written.
 */
export class ColumnBuffer implements GridColumn {
  kinds: Uint8Array;
  numbers: GridNumbers;
  formats: FormatIds | null = null;
  length = 0;
  /** Whether `numbers` holds doubles (a value that is no 32-bit integer has been stored). */
  private doubles = false;

  constructor(
    readonly base: number,
    /** Uint32Array when the sheet has more formats than a Uint16Array can number. */
    private readonly wideFormats: boolean,
    capacity = FIRST_CAPACITY,
  ) {
    this.kinds = new Uint8Array(capacity);
    // Most numbers of a tracker are string indexes, dates and whole amounts: 4 bytes each, not 8,
    // which is half the fresh memory the largest array of a read takes (writing it was 116 ms of
    // the 20,000-project read, nearly all of it first touches of new pages).
    this.numbers = new Int32Array(capacity);
  }

  /** Room for index `i`. */
  reserve(i: number): void {
    if (i < this.kinds.length) return;
    let capacity = Math.max(FIRST_CAPACITY, this.kinds.length * 2);
    while (capacity <= i) capacity *= 2;
    this.kinds = grown(this.kinds, new Uint8Array(capacity));
    this.numbers = this.doubles
      ? grown(this.numbers, new Float64Array(capacity))
      : grown(this.numbers, new Int32Array(capacity));
    if (this.formats !== null) this.formats = grown(this.formats, this.newFormats(capacity));
  }

  /**
   * Sets the number at `i` (within capacity). The first value that is not a 32-bit integer (a
   * fraction, a large amount, -0) moves the column to doubles, every value kept as it was.
   */
  setNumber(i: number, value: number): void {
    if (!this.doubles) {
      if ((value | 0) === value && (value !== 0 || 1 / value > 0)) {
        this.numbers[i] = value;
        return;
      }
      // The slots written so far (all below `length`), converted natively: `Float64Array.from`
      // walks the array through its iterator, and a column sized from the sheet's dimension may be
      // hundreds of thousands of slots long (reading a dashboard's history: 75 ms of conversions).
      this.numbers = grown(this.numbers.subarray(0, this.length), new Float64Array(this.numbers.length));
      this.doubles = true;
    }
    this.numbers[i] = value;
  }

  /** Sets the format id at `i` (within capacity), making the format array on the first non-General. */
  setFormat(i: number, id: number): void {
    if (this.formats === null) {
      if (id === 0) return;
      this.formats = this.newFormats(this.kinds.length);
    }
    this.formats[i] = id;
  }

  clear(i: number): void {
    if (i < 0 || i >= this.length) return;
    this.kinds[i] = EMPTY;
    if (this.formats !== null) this.formats[i] = 0;
  }

  private newFormats(capacity: number): FormatIds {
    return this.wideFormats ? new Uint32Array(capacity) : new Uint16Array(capacity);
  }
}

function grown<T extends Uint8Array | Int32Array | Float64Array | Uint16Array | Uint32Array>(
  from: T,
  to: T,
): T {
  to.set(from);
  return to;
}
