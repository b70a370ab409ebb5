import { dayFromYmd, daysInMonth, isoFromDay } from "../model/calendar";
import { isPlaceholder, placeholderFix } from "./placeholder";
import { monthFromText, yearOf } from "./textDate";

/** `Q3 2026`, `Q3-26`, `2026 Q3`: a quarter where a date was asked for. */
const QUARTER_YEAR = /^q([1-4])[\s\-/.]*(\d{4}|\d{2})$/i;
const YEAR_QUARTER = /^(\d{4})[\s\-/.]*q([1-4])$/i;

/** The month's last day, `2026-09-30`. */
function lastDay(year: number, month: number): string {
  return isoFromDay(dayFromYmd(year, month, daysInMonth(year, month)));
}

/** The quarter's year and number, or null. */
function quarterOf(text: string): { year: number; quarter: number } | null {
  const q = QUARTER_YEAR.exec(text);
  // Two or four digits, so never null.
  if (q) return { year: yearOf(q[2] ?? "") ?? 0, quarter: Number(q[1]) };
  const y = YEAR_QUARTER.exec(text);
  return y ? { year: Number(y[1]), quarter: Number(y[2]) } : null;
}

/**
 * What a text that is not a date is, and how to fix it, when it is one of the things PMs write in
 * a date column: a quarter (`Q3 2026`), a month (`Oct 2026`) or a placeholder (`TBD`). Null for
 * anything else (the generic message then says what a date looks like).
 * @example notADate("Q3 2026", true) // "is a quarter, not a date; enter the day it is due (Q3 2026 ends on 2026-09-30)"
 */
export function notADate(text: string, required: boolean): string | null {
  const trimmed = text.trim();
  const quarter = quarterOf(trimmed);
  if (quarter !== null) {
    const end = lastDay(quarter.year, quarter.quarter * 3);
    return `is a quarter, not a date; enter the day it is due (Q${quarter.quarter} ${quarter.year} ends on ${end})`;
  }
  const month = monthFromText(trimmed);
  if (month !== null) {
    const end = lastDay(Math.floor(month / 12), (month % 12) + 1);
    return `is a month, not a date; enter the day it is due (that month ends on ${end})`;
  }
  return isPlaceholder(trimmed) ? placeholderFix("date", required) : null;
}
