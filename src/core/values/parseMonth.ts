import type { MonthIndex } from "../model/dates";
import { monthIndexOfDay } from "./civilDate";
import type { CellSink, ColumnContext, ColumnParser, NoteDescriber } from "./types";
import { columnDateOrder } from "./columnDateOrder";
import { dateAsTextNote, dayFromText, dayFromYyyymmdd } from "./parseDate";
import { isYearAlone } from "./notADate";
import { dayFromSerial } from "./serialDate";
import { monthFromText } from "./textDate";
import { quoteRaw } from "./formatValue";

const MAX_CACHED_SERIALS = 10_000;

/**
 * A month written as the number YYYYMM (202611), as ERP exports give periods: as a date serial
 * it would be a day in the 2400s, which no tracker means. Null when it is none.
 */
function monthFromYyyymm(value: number): MonthIndex | "invalid" | null {
  if (!Number.isInteger(value) || value < 190001 || value > 220099) return null;
  const month = value % 100;
  // 202613 is no month, and no serial either (a day in the 2400s).
  return month >= 1 && month <= 12 ? Math.floor(value / 100) * 12 + month - 1 : "invalid";
}

/** The month of a YYYYMMDD number (20261130), else null. */
function monthOfYyyymmdd(value: number): MonthIndex | null {
  const day = dayFromYyyymmdd(value);
  return day === null ? null : monthIndexOfDay(day);
}

/** The note for months written as numbers (202611, 20261130), created once per column. */
function monthAsNumberNote(header: string): NoteDescriber {
  return (count, cells) =>
    `${header} has ${count === 1 ? "1 month" : `${count} months`} written as a number of year and month run ` +
    `together (${cells}), such as 202611 or 20261130 for November 2026; ${count === 1 ? "it was" : "they were"} ` +
    `read so. Enter months as dates or as text such as 2026-11.`;
}
/**
 * Month columns: any date (its month is taken: serials, date cells, text dates like the date type)
 * or year-month text `2026-11` / `Nov 2026`.
 */
export function createMonthParser(ctx: ColumnContext): ColumnParser {
  const { order, notices } = columnDateOrder(ctx);
  const { header, date1904 } = ctx;
  const note = dateAsTextNote(header, order);
  const numberNote = monthAsNumberNote(header);
  const invalid = (value: string | number | boolean, sink: CellSink): null => {
    // 2026 typed in a month column is a year, never the July 1905 its serial would be.
    const year = typeof value === "number" && isYearAlone(value);
    sink.error(
      "invalid-month",
      year
        ? `${header} ${value} is a year, not a month; enter a month such as ${value}-11 or Nov ${value}.`
        : `${header} ${quoteRaw(value)} is not a month; enter a month such as 2026-11 or Nov 2026, or a date.`,
    );
    return null;
  };
  const serialMonths = new Map<number, MonthIndex>();
  const parse = (
    value: string | number | boolean,
    _format: string | null,
    sink: CellSink,
  ): MonthIndex | null => {
    if (typeof value === "number") {
      // Month columns repeat a few dozen serials: remember each one's month (bounded, never per cell).
      const cached = serialMonths.get(value);
      if (cached !== undefined) return cached;
      if (isYearAlone(value)) return invalid(value, sink);
      const written = monthFromYyyymm(value) ?? monthOfYyyymmdd(value);
      if (written === "invalid") return invalid(value, sink);
      if (written !== null) {
        sink.note("date-as-number", numberNote);
        return written;
      }
      const day = dayFromSerial(value, date1904);
      if (day === null) return invalid(value, sink);
      const month = monthIndexOfDay(day);
      if (serialMonths.size < MAX_CACHED_SERIALS) serialMonths.set(value, month);
      return month;
    }
    if (typeof value !== "string") return invalid(value, sink);
    const month = monthFromText(value);
    if (month !== null) return month;
    const text = dayFromText(value, order);
    if (text === null) return invalid(value, sink);
    if (!text.iso) sink.note("date-as-text", note);
    return monthIndexOfDay(text.day);
  };
  return { parse, usesFormat: false, notices, fromColumn: order !== ctx.dateOrder };
}
