import { isoFromDay } from "../model/calendar";
import { monthFromText } from "../values/textDate";
import { dayFromSerial } from "../values/serialDate";
import type { BoundColumn } from "./findHeader";

/** Excel serials of 2000-01-01 and 2100-12-31: a number header in this range is a date header. */
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_415;

/** A month header and how a message shows it (a date cell's serial as its ISO date). */
export interface MonthHeader {
  readonly column: BoundColumn;
  readonly label: string;
}

/** The header as a month header (`Jan-26`, `2026-01`, `January 2026`, a date cell), else null. */
function monthHeader(column: BoundColumn, date1904: boolean): MonthHeader | null {
  const text = column.header.trim();
  if (monthFromText(text) !== null) return { column, label: text };
  const serial = Number(text);
  if (text === "" || !Number.isInteger(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  const day = dayFromSerial(serial, date1904);
  return day === null ? null : { column, label: isoFromDay(day) };
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
