import type { DayNumber } from "../model/dates";
import type { DateOrder } from "../model/settings";
import { dayFromYmd, isValidYmd } from "../model/calendar";
import type { CellSink, ColumnContext, ColumnParser, NoteDescriber } from "./types";
import { columnDateOrder } from "./columnDateOrder";
import { dayFromSerial } from "./serialDate";
import { dayMonthOf, orderLabel, splitTextDate } from "./textDate";
import { quoteRaw } from "./formatValue";
import { notADate } from "./notADate";

/** What a text date turned into: its day number and whether it was in the unambiguous ISO form. */
export interface TextDay {
  readonly day: DayNumber;
  readonly iso: boolean;
}

/** Day number of a trimmed text date read in `order`, or null when it is not a real date. */
export function dayFromText(text: string, order: DateOrder): TextDay | null {
  const parts = splitTextDate(text);
  if (parts === null) return null;
  if (parts.kind === "ymd") {
    return isValidYmd(parts.year, parts.month, parts.day)
      ? { day: dayFromYmd(parts.year, parts.month, parts.day), iso: parts.iso }
      : null;
  }
  const { day, month } = dayMonthOf(parts.a, parts.b, order);
  return isValidYmd(parts.year, month, day) ? { day: dayFromYmd(parts.year, month, day), iso: false } : null;
}

/** The "date stored as text" note for a column read in `order` (created once per column). */
export function dateAsTextNote(header: string, order: DateOrder): NoteDescriber {
  return (count, cells) =>
    `${header} has ${count === 1 ? "1 date" : `${count} dates`} stored as text (${cells}); ` +
    `${count === 1 ? "it was" : "they were"} read as ${orderLabel(order)}. Format the cells as dates.`;
}

/**
 * Date columns: Excel serials (1900 or 1904 system, which also covers date cells), ISO text, and
 * other text dates in the column's day/month order with a "date stored as text" warning.
 */
export function createDateParser(ctx: ColumnContext): ColumnParser {
  const { order, notices } = columnDateOrder(ctx);
  const { header, date1904 } = ctx;
  const note = dateAsTextNote(header, order);
  const accepted = `a date (for example ${order === "DMY" ? "31/03/2026" : "03/31/2026"} or 2026-03-31)`;
  const required = ctx.column.required === true;
  const invalid = (value: string | number | boolean, sink: CellSink): null => {
    // A quarter, a month or "TBD" gets its own fix; anything else, what a date looks like.
    const what = typeof value === "string" ? notADate(value, required) : null;
    sink.error("invalid-date", `${header} ${quoteRaw(value)} ${what ?? `is not a date; enter ${accepted}`}.`);
    return null;
  };
  const parse = (
    value: string | number | boolean,
    _format: string | null,
    sink: CellSink,
  ): DayNumber | null => {
    if (typeof value === "number") return dayFromSerial(value, date1904) ?? invalid(value, sink);
    if (typeof value !== "string") return invalid(value, sink);
    const text = dayFromText(value, order);
    if (text === null) return invalid(value, sink);
    if (!text.iso) sink.note("date-as-text", note);
    return text.day;
  };
  return { parse, usesFormat: false, notices };
}
