import type { DayNumber } from "../model/dates";
import type { DateOrder } from "../model/settings";
import { ymdFromDay } from "../model/calendar";

/**
 * Formats a number for a message: at most 2 decimals, comma thousands separators.
 * @example formatNumber(1234567.891) // "1,234,567.89"
 */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const negative = rounded < 0;
  const [whole = "0", frac] = Math.abs(rounded).toString().split(".");
  let grouped = "";
  for (let i = whole.length; i > 0; i -= 3) {
    grouped = whole.slice(Math.max(0, i - 3), i) + (grouped ? "," + grouped : "");
  }
  return (negative ? "-" : "") + grouped + (frac ? "." + frac : "");
}

/**
 * A date as a PM reads it in messages: the configured day/month order with a 4-digit year.
 * @example formatDay(dayFromYmd(2026, 4, 30), "DMY") // "30/04/2026"
 */
export function formatDay(day: DayNumber, order: DateOrder): string {
  const { year, month, day: d } = ymdFromDay(day);
  const dd = d < 10 ? "0" + d : String(d);
  const mm = month < 10 ? "0" + month : String(month);
  return order === "DMY" ? `${dd}/${mm}/${year}` : `${mm}/${dd}/${year}`;
}

/** A raw cell value quoted for a message: text in quotes, numbers as written. */
export function quoteRaw(value: string | number | boolean): string {
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "number") return formatNumber(value);
  return value ? "TRUE" : "FALSE";
}
