import type { MonthIndex } from "../model/dates";
import { monthFromYm } from "../model/calendar";
import { monthIndexOfDay } from "./civilDate";
import type { CellSink, ColumnContext, ColumnParser } from "./types";
import { columnDateOrder } from "./columnDateOrder";
import { dateAsTextNote, dayFromText } from "./parseDate";
import { dayFromSerial } from "./serialDate";
import { monthFromName } from "./textDate";
import { quoteRaw } from "./formatValue";

const MAX_CACHED_SERIALS = 10_000;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const NAMED_MONTH_YEAR = /^([A-Za-z]+)[\s,/.-]+(\d{4}|\d{2})$/;
const YEAR_NAMED_MONTH = /^(\d{4})[\s/.-]+([A-Za-z]+)$/;

function validMonth(year: number, month: number): MonthIndex | null {
  return month >= 1 && month <= 12 && year >= 1900 ? monthFromYm(year, month) : null;
}

/** Month index of a trimmed year-month text (`2026-11`, `11/2026`, `Nov 2026`, `November 26`), else null. */
export function monthFromText(text: string): MonthIndex | null {
  let m = YEAR_MONTH.exec(text);
  if (m) return validMonth(Number(m[1]), Number(m[2]));
  m = MONTH_YEAR.exec(text);
  if (m) return validMonth(Number(m[2]), Number(m[1]));
  m = NAMED_MONTH_YEAR.exec(text);
  if (m) {
    const year = (m[2] ?? "").length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return validMonth(year, monthFromName(m[1] ?? ""));
  }
  m = YEAR_NAMED_MONTH.exec(text);
  if (m) return validMonth(Number(m[1]), monthFromName(m[2] ?? ""));
  return null;
}

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
