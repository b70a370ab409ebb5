import type { DayNumber } from "../model/dates";
import type { DateOrder } from "../model/settings";
import { dayFromYmd, isValidYmd, ymdFromDay } from "../model/calendar";
import type { CellSink, ColumnContext, ColumnParser, NoteDescriber } from "./types";
import { columnDateOrder, isDotted } from "./columnDateOrder";
import { dayFromSerial } from "./serialDate";
import { dayMonthOf, orderLabel, splitTextDate } from "./textDate";
import { formatDay, quoteRaw } from "./formatValue";
import { isYearAlone, notADate } from "./notADate";

/** What a text date turned into: its day number and whether it was in the unambiguous ISO form. */
export interface TextDay {
  readonly day: DayNumber;
  readonly iso: boolean;
  /** Written with dots (`05.01.2026`), so read day-first whatever the order. */
  readonly dotted?: boolean;
}

/**
 * Day number of a trimmed text date read in `order` (a date written with dots day-first whatever
 * the order: `isDotted`), or null when it is not a real date.
 */
export function dayFromText(text: string, order: DateOrder): TextDay | null {
  const parts = splitTextDate(text);
  if (parts === null) return null;
  if (parts.kind === "ymd") {
    return isValidYmd(parts.year, parts.month, parts.day)
      ? { day: dayFromYmd(parts.year, parts.month, parts.day), iso: parts.iso }
      : null;
  }
  const dotted = isDotted(text);
  const { day, month } = dayMonthOf(parts.a, parts.b, dotted ? "DMY" : order);
  return isValidYmd(parts.year, month, day)
    ? { day: dayFromYmd(parts.year, month, day), iso: false, ...(dotted ? { dotted } : {}) }
    : null;
}

/** The "date stored as text" note for a column read in `order` (created once per column). */
export function dateAsTextNote(header: string, order: DateOrder): NoteDescriber {
  return (count, cells) =>
    `${header} has ${count === 1 ? "1 date" : `${count} dates`} stored as text (${cells}); ` +
    `${count === 1 ? "it was" : "they were"} read as ${orderLabel(order)}. Format the cells as dates.`;
}

/** The note of dates stored as text with dots (`05.01.2026`), read day-first (created once per column). */
function dottedDateNote(header: string): NoteDescriber {
  return (count, cells) =>
    `${header} has ${count === 1 ? "1 date" : `${count} dates`} stored as text with dots (${cells}); ` +
    `${count === 1 ? "it was" : "they were"} read as day.month.year, as dates written with dots are. ` +
    `Format the cells as dates.`;
}

/** The "date written as a number" note (20261231 or a timestamp read as a date), created once per column. */
function dateAsNumberNote(header: string): NoteDescriber {
  return (count, cells) =>
    `${header} has ${count === 1 ? "1 date" : `${count} dates`} written as a number of year, month and day run ` +
    `together, such as 20261231 for 2026-12-31, or as a Unix timestamp (${cells}); ` +
    `${count === 1 ? "it was" : "they were"} read so. Format the cells as dates.`;
}

/**
 * A date written as the number YYYYMMDD (20261231), as ERP and database exports give them: far
 * above any Excel serial (9999-12-31 is 2,958,465), so never a date cell. Null when it is none.
 */
export function dayFromYyyymmdd(value: number): DayNumber | null {
  if (!Number.isInteger(value) || value < 19000101 || value > 29991231) return null;
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : null;
}

/** 2000-01-01 and 2100-01-01 as Unix timestamps in seconds. */
const UNIX_2000 = 946_684_800;
const UNIX_2100 = 4_102_444_800;

/**
 * A date written as a Unix timestamp, in milliseconds (ClickUp's and many APIs' exports:
 * 1797552000000) or seconds (1797552000), taken in UTC: far above any Excel serial or YYYYMMDD
 * number, so never one of them. Only 2000–2099, where a tracker's dates are. Null when it is none.
 */
export function dayFromTimestamp(value: number): DayNumber | null {
  const seconds = value >= UNIX_2000 * 1000 ? value / 1000 : value;
  if (seconds < UNIX_2000 || seconds >= UNIX_2100) return null;
  // Day numbers count days from 1970-01-01, as Unix time does.
  return Math.floor(seconds / 86_400);
}

/**
 * The years a tracker's dates fall in. A date outside (a start in 1926, a finish in 2206) is a
 * typed year gone wrong, and read as written it would move a project's schedule figures by a
 * century: an `out-of-range` error, the cell read as blank.
 */
export const DATE_YEARS = { from: 1950, to: 2150 } as const;
const FIRST_DAY = dayFromYmd(DATE_YEARS.from, 1, 1);
const LAST_DAY = dayFromYmd(DATE_YEARS.to, 12, 31);

/** A column whose dates are starts: a span written instead of a date is given by its first day. */
const START_COLUMN = /start|begin|kick.?off/i;

/**
 * Date columns: Excel serials (1900 or 1904 system, which also covers date cells), ISO text, and
 * other text dates in the column's day/month order with a "date stored as text" warning. A year
 * alone (`2026`, a date in 1905 as a serial) is an error; a YYYYMMDD number is read with a warning.
 */
export function createDateParser(ctx: ColumnContext): ColumnParser {
  const { order, notices } = columnDateOrder(ctx);
  const { header, date1904 } = ctx;
  const note = dateAsTextNote(header, order);
  const numberNote = dateAsNumberNote(header);
  const dottedNote = dottedDateNote(header);
  const accepted = `a date (for example ${order === "DMY" ? "31/03/2026" : "03/31/2026"} or 2026-03-31)`;
  const spans = {
    required: ctx.column.required === true,
    starts: START_COLUMN.test(`${ctx.column.key ?? ""} ${ctx.column.header ?? ""} ${header}`),
  };
  const invalid = (value: string | number | boolean, sink: CellSink): null => {
    // A quarter, a month, a year or "TBD" gets its own fix; anything else, what a date looks like.
    const what = typeof value === "boolean" ? null : notADate(String(value), spans);
    // A year is shown as written (2026), not as a number with a thousands separator.
    const shown = typeof value === "number" && isYearAlone(value) ? String(value) : quoteRaw(value);
    sink.error("invalid-date", `${header} ${shown} ${what ?? `is not a date; enter ${accepted}`}.`);
    return null;
  };
  const inYears = (day: DayNumber, sink: CellSink): DayNumber | null => {
    if (day >= FIRST_DAY && day <= LAST_DAY) return day;
    sink.error(
      "out-of-range",
      `${header} ${formatDay(day, order)} is in ${ymdFromDay(day).year}, outside the years ${DATE_YEARS.from}–` +
        `${DATE_YEARS.to} a project's dates fall in; check the year.`,
    );
    return null;
  };
  const parse = (
    value: string | number | boolean,
    format: string | null,
    sink: CellSink,
  ): DayNumber | null => {
    const day = parseDay(value, format, sink);
    return day === null ? null : inYears(day, sink);
  };
  const parseDay = (
    value: string | number | boolean,
    _format: string | null,
    sink: CellSink,
  ): DayNumber | null => {
    if (typeof value === "number") {
      // 2026 typed in a date column is a year, never the day in 1905 its serial would be.
      if (isYearAlone(value)) return invalid(value, sink);
      const serial = dayFromSerial(value, date1904);
      if (serial !== null) return serial;
      const written = dayFromYyyymmdd(value) ?? dayFromTimestamp(value);
      if (written === null) return invalid(value, sink);
      sink.note("date-as-number", numberNote);
      return written;
    }
    if (typeof value !== "string") return invalid(value, sink);
    // A date written with dots is day.month.year in every locale that writes it so.
    const text = dayFromText(value, order);
    if (text === null) return invalid(value, sink);
    if (text.dotted === true) sink.note("date-dotted", dottedNote);
    else if (!text.iso) sink.note("date-as-text", note);
    return text.day;
  };
  return { parse, usesFormat: false, notices, fromColumn: order !== ctx.dateOrder };
}
