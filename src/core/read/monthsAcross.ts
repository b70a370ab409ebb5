import { isoFromDay } from "../model/calendar";
import type { MonthIndex } from "../model/dates";
import type { RawSheet } from "../model/raw";
import type { ColumnDef, TableDef } from "../template/types";
import { monthIndexOfDay } from "../values/civilDate";
import { parseNumericText } from "../values/numericText";
import { monthFromText } from "../values/textDate";
import { dayFromSerial } from "../values/serialDate";
import type { BoundColumn, HeaderMatch } from "./findHeader";

/** Excel serials of 2000-01-01 and 2100-12-31: a number header in this range is a date header. */
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_415;

/** A month header and how a message shows it (a date cell's serial as its ISO date). */
export interface MonthHeader {
  readonly column: BoundColumn;
  readonly label: string;
  readonly month: MonthIndex;
}

/** The header as a month header (`Jan-26`, `2026-01`, `January 2026`, a date cell), else null. */
function monthHeader(column: BoundColumn, date1904: boolean): MonthHeader | null {
  const text = column.header.trim();
  const month = monthFromText(text);
  if (month !== null) return { column, label: text, month };
  const serial = Number(text);
  if (text === "" || !Number.isInteger(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  const day = dayFromSerial(serial, date1904);
  return day === null ? null : { column, label: isoFromDay(day), month: monthIndexOfDay(day) };
}

/**
 * A sheet that lays its months across columns (a resource plan: `Resource | Project | Jan-26 |
 * Feb-26 | …`) where the table wants one row per month: its month headers among the unknown ones,
 * when there are at least two; else empty.
 */
export function monthsAcross(unknown: readonly BoundColumn[], date1904: boolean): MonthHeader[] {
  const months = unknown
    .map((column) => monthHeader(column, date1904))
    .filter((m): m is MonthHeader => m !== null);
  return months.length >= 2 ? months : [];
}

/** Template column types whose cells a month across the sheet can hold (hours, amounts). */
const AMOUNT_TYPES: ReadonlySet<string> = new Set(["number", "integer", "currency"]);

/**
 * A sheet read with its months across (a resource plan): each month's cell is the `value` column
 * of that month, so one sheet row is one table row per filled month.
 */
export interface MonthsAcrossRead {
  /** The table's month column, which the sheet does not have. */
  readonly month: ColumnDef;
  /** The required amount column the month cells fill (Planned Hours). */
  readonly value: ColumnDef;
  readonly months: readonly MonthHeader[];
}

/** Whether every number in the month columns' data cells is a fraction of 1 or a percent: FTE, not hours. */
export function monthsHoldFractions(
  sheet: RawSheet,
  match: HeaderMatch,
  months: readonly MonthHeader[],
): boolean {
  let numbers = 0;
  let fractions = 0;
  const end = Math.min(match.dataEnd, sheet.cells.height);
  for (const { column } of months) {
    for (let r = match.dataStart; r < end; r++) {
      const raw = sheet.cells.value(r, column.index);
      const value =
        typeof raw === "number" ? raw : typeof raw === "string" ? parseNumericText(raw) : Number.NaN;
      if (Number.isNaN(value) || value === 0) continue;
      numbers++;
      const percent = (sheet.cells.format(r, column.index) ?? "").includes("%");
      if (percent || (value > 0 && value <= 1)) fractions++;
    }
  }
  return numbers > 0 && fractions === numbers;
}

/**
 * Whether to read the sheet's months across: the table wants a Month column the sheet lacks, two
 * or more headers are months, one required amount column is missing for their cells to fill, and
 * no other amount column is there (whose figure would then be whose month's?). Cells that are all
 * fractions of 1 or percents are a plan in FTE, not in hours: not read (the missing columns say
 * so). Null when the sheet is not read this way.
 */
export function monthsAcrossRead(
  table: TableDef,
  sheet: RawSheet,
  match: HeaderMatch,
  date1904: boolean,
): MonthsAcrossRead | null {
  const month = table.columns.find((c) => c.type === "month" && c.required === true);
  if (month === undefined || match.columns.has(month.key)) return null;
  const missing = table.columns.filter(
    (c) => c.required === true && AMOUNT_TYPES.has(c.type) && !match.columns.has(c.key),
  );
  const value = missing[0];
  const otherAmounts = table.columns.some((c) => AMOUNT_TYPES.has(c.type) && match.columns.has(c.key));
  if (value === undefined || missing.length > 1 || otherAmounts) return null;
  const months = monthsAcross(match.unknown, date1904);
  if (months.length === 0 || monthsHoldFractions(sheet, match, months)) return null;
  return { month, value, months };
}
