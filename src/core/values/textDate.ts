import { monthFromYm } from "../model/calendar";
import type { MonthIndex } from "../model/dates";
import type { DateOrder } from "../model/settings";

/** Month names and their 3-letter (and `Sept`) abbreviations → month 1–12. */
const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ].flatMap((name, i): [string, number][] => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
    ...(name === "september" ? [["sept", 9] as [string, number]] : []),
  ]),
);

/** Month 1–12 of an English month name or abbreviation (`Nov`, `november`), else 0. */
export function monthFromName(token: string): number {
  return MONTH_NAMES.get(token.toLowerCase()) ?? 0;
}

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
  if (m) return validMonth(yearOf(m[2] ?? "") ?? 0, monthFromName(m[1] ?? ""));
  m = YEAR_NAMED_MONTH.exec(text);
  if (m) return validMonth(Number(m[1]), monthFromName(m[2] ?? ""));
  return null;
}

/**
 * The pieces of a text date before the day/month order is applied.
 * - `ymd`: year first (`2026-03-31`, `2026/3/31`) or a named month (`31 Mar 2026`): unambiguous.
 * - `numeric`: `a/b/year` where a and b are day and month in an order the column decides.
 */
export type TextDateParts =
  | {
      readonly kind: "ymd";
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly iso: boolean;
    }
  | { readonly kind: "numeric"; readonly a: number; readonly b: number; readonly year: number };

/** Two-digit years are 20YY (spec); 4-digit years as written. Null for other lengths. */
export function yearOf(token: string): number | null {
  if (token.length === 4) return Number(token);
  if (token.length === 2) return 2000 + Number(token);
  return null;
}

function isDigits(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]*Z?)?$/;
const SEPARATORS = /[\s/.,-]+/;
/** A leading weekday (`Mon 1/12/26`, `Monday, January 12, 2026`), as MS Project and Outlook write dates. */
const WEEKDAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?,?\s+/i;
/** A trailing time of day (`1/12/2026 0:00`, `Jan 12, 2026 8:00 AM`): dropped, as a serial's time part is. */
const TIME_OF_DAY = /\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?$/i;

/** The date without a leading weekday or a trailing time of day. */
function dateOnly(text: string): string {
  // Most text dates have neither: no regex runs on `31/03/2026`.
  const first = text.charCodeAt(0);
  const startsWithLetter = (first | 32) >= 97 && (first | 32) <= 122;
  const bare = startsWithLetter ? text.replace(WEEKDAY, "") : text;
  return bare.indexOf(":") >= 0 ? bare.replace(TIME_OF_DAY, "") : bare;
}

/**
 * Splits a trimmed text date into its parts, or null when it is not a date. Accepts ISO dates (with an
 * optional time), `d/m/y` or `m/d/y` with `/`, `-`, `.` or spaces, and named months
 * (`31 Mar 2026`, `Mar 31, 2026`, `31-Mar-26`, `March 31st, 2026`); each may start with a weekday
 * and end with a time of day (`Tue 3/31/26`, `3/31/2026 0:00`, `March 31, 2026 8:00 AM`), which
 * are dropped.
 * @example splitTextDate("21/02/25") // { kind: "numeric", a: 21, b: 2, year: 2025 }
 */
export function splitTextDate(text: string): TextDateParts | null {
  const iso = ISO_DATE.exec(text);
  if (iso)
    return { kind: "ymd", year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), iso: true };
  const tokens = dateOnly(text).split(SEPARATORS);
  if (tokens.length !== 3) return null;
  const [t1 = "", t2 = "", t3 = ""] = tokens;
  if (isDigits(t1) && isDigits(t2) && isDigits(t3)) {
    if (t1.length === 4)
      return { kind: "ymd", year: Number(t1), month: Number(t2), day: Number(t3), iso: false };
    const year = yearOf(t3);
    if (year === null || t1.length > 2 || t2.length > 2) return null;
    return { kind: "numeric", a: Number(t1), b: Number(t2), year };
  }
  // Named month: `31 Mar 2026`, `Mar 31 2026`, `2026 Mar 31`; the day may be an ordinal (`31st`).
  const m2 = monthFromName(t2);
  if (m2 && isDigits(t3)) {
    if (t1.length === 4 && isDigits(t1)) {
      const day = dayOf(t3);
      return day === null ? null : { kind: "ymd", year: Number(t1), month: m2, day, iso: false };
    }
    const year = yearOf(t3);
    const day = dayOf(t1);
    return year === null || day === null ? null : { kind: "ymd", year, month: m2, day, iso: false };
  }
  const m1 = monthFromName(t1);
  if (m1 && isDigits(t3)) {
    const year = yearOf(t3);
    const day = dayOf(t2);
    return year === null || day === null ? null : { kind: "ymd", year, month: m1, day, iso: false };
  }
  return null;
}

const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/i;

/** A day written as digits or as an English ordinal (`31st`, `2nd`), else null. */
function dayOf(token: string): number | null {
  if (isDigits(token)) return Number(token);
  const ordinal = ORDINAL_DAY.exec(token);
  return ordinal === null ? null : Number(ordinal[1]);
}

/** Day and month of `a/b` in the given order. */
export function dayMonthOf(a: number, b: number, order: DateOrder): { day: number; month: number } {
  return order === "DMY" ? { day: a, month: b } : { day: b, month: a };
}

export function otherOrder(order: DateOrder): DateOrder {
  return order === "DMY" ? "MDY" : "DMY";
}

/** `day/month/year` or `month/day/year`, for messages. */
export function orderLabel(order: DateOrder): string {
  return order === "DMY" ? "day/month/year" : "month/day/year";
}
