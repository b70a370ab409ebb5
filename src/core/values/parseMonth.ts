import type { MonthIndex } from "../model/dates";
import { monthIndexOfDay } from "./civilDate";
import type { CellSink, ColumnContext, ColumnParser } from "./types";
import { columnDateOrder } from "./columnDateOrder";
import { dateAsTextNote, dayFromText } from "./parseDate";
import { dayFromSerial } from "./serialDate";
import { monthFromText } from "./textDate";
import { quoteRaw } from "./formatValue";

const MAX_CACHED_SERIALS = 10_000;
/**
 * Month columns: any date (its month is taken: serials, date cells, text dates like the date type)
 * or year-month text `2026-11` / `Nov 2026`.
 */
export function createMonthParser(ctx: ColumnContext): ColumnParser {
  const { order, notices } = columnDateOrder(ctx);
  const { header, date1904 } = ctx;
  const note = dateAsTextNote(header, order);
  const invalid = (value: string | number | boolean, sink: CellSink): null => {
    sink.error(
      "invalid-month",
      `${header} ${quoteRaw(value)} is not a month; enter a month such as 2026-11 or Nov 2026, or a date.`,
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
  return { parse, usesFormat: false, notices };
}
