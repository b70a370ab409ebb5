/**
 * Rows of a worksheet that a PMO Pulse writer stored as one unit (a history period, say): sheet
 * XML `<row>` elements without row or cell references, compressed on their own (the deflate
 * stream is flushed before and after them, with no reference to the bytes around them). A later
 * build can copy the compressed bytes into its own part unchanged; see docs/monthly-cycle.md.
 */
export class StoredRun {
  constructor(
    /** Unique in the workbook, e.g. `ProjectHistory 2026-10-31`. */
    readonly key: string,
    readonly rows: number,
    /** Raw DEFLATE blocks, byte-aligned, ending in a sync flush (no final block). */
    readonly compressed: Uint8Array,
    /** CRC-32 and length of the row XML they inflate to. */
    readonly crc: number,
    readonly size: number,
    /** The cell formats the rows' style indexes stand for (see `runStyleSignature`). */
    readonly styles: string,
  ) {}
}

/** Where a run sits in a part, as the part's index records it. */
export interface RunRecord {
  readonly key: string;
  readonly rows: number;
  /** Offset and length of its compressed bytes in the part's compressed data. */
  readonly offset: number;
  readonly length: number;
  readonly size: number;
  readonly crc: number;
}
