import type { DateOrder } from "../model/settings";
import type { CellValue } from "../model/portfolio";
import type { RawScalar } from "../model/raw";
import type { Severity } from "../model/finding";
import type { ColumnDef } from "../template/types";

/**
 * Where a parser reports problems with the cell it is parsing. The reader points the sink at the
 * current cell before each call, so a parser never needs to know addresses.
 */
export interface CellSink {
  error(rule: string, message: string): void;
  warn(rule: string, message: string): void;
  /**
   * A warning that is counted per column instead of repeated per cell (a whole column of text
   * dates is one finding). `describe` must be created once per column, not per cell.
   */
  note(rule: string, describe: NoteDescriber): void;
}

/** Builds the column's one message from how many cells were noted and a short list of them (`F3, F4, …`). */
export type NoteDescriber = (count: number, cells: string) => string;

/**
 * Parses one non-blank cell (strings arrive trimmed, never an Excel error value). Returns the
 * normalised value, or null after reporting an error through the sink. `format` is a number or
 * boolean cell's number format when the parser `usesFormat`; text cells get null.
 */
export type CellParser = (
  value: string | number | boolean,
  format: string | null,
  sink: CellSink,
) => CellValue;

/** Read access to a column's data cells, for decisions made once per column (percent scale, date order). */
export interface ColumnCells {
  readonly length: number;
  /** Raw value of data cell `i` (strings untrimmed; may be blank or an error value). */
  value(i: number): RawScalar;
  format(i: number): string | null;
}

/** A finding about the whole column, anchored at data cell `index`. */
export interface ColumnNotice {
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
  readonly index: number;
}

export interface ColumnContext {
  readonly column: ColumnDef;
  /** The header as written in the sheet, used in messages. */
  readonly header: string;
  readonly dateOrder: DateOrder;
  readonly date1904: boolean;
  /** The report's currency code (settings): an amount marked in another one is reported. */
  readonly currency: string;
  readonly cells: ColumnCells;
  /** A1 address of data cell `i`, for messages that point at another cell. */
  readonly addressOf: (i: number) => string;
}

/** The parser chosen once for a column, plus any findings about the column as a whole. */
export interface ColumnParser {
  readonly parse: CellParser;
  /** False when the parser ignores number formats (the reader then skips looking them up). */
  readonly usesFormat: boolean;
  readonly notices: readonly ColumnNotice[];
  /**
   * True when the column's values decided how every cell reads (a number over 1 put a percent
   * column on the 0–100 scale, a date valid only day-first switched the order): the reader then
   * makes sure no row it skips (a totals row, an example) took that decision.
   */
  readonly fromColumn?: boolean;
}
