import { daysInMonth } from "../model/calendar";
import { isPlaceholder, placeholderFix } from "./placeholder";
import { monthFromName } from "./textDate";

/** `Q3 2026`, `Q3-26`, `2026 Q3`: a quarter where a date was asked for. */
const QUARTER_YEAR = /^q([1-4])[\s\-/.]*(\d{4}|\d{2})$/i;
const YEAR_QUARTER = /^(\d{4})[\s\-/.]*q([1-4])$/i;
/** `Oct 2026`, `October-26`, `2026-10`: a month where a date was asked for. */
const NAMED_MONTH_YEAR = /^([a-z]+)[\s,/.-]+(\d{4}|\d{2})$/i;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;

function yearOf(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function lastDay(year: number, month: number): string {
  const mm = month < 10 ? `0${month}` : String(month);
  return `${year}-${mm}-${daysInMonth(year, month)}`;
}

/** The quarter's year and number, or null. */
function quarterOf(text: string): { year: number; quarter: number } | null {
  const q = QUARTER_YEAR.exec(text);
  if (q) return { year: yearOf(q[2] ?? ""), quarter: Number(q[1]) };
  const y = YEAR_QUARTER.exec(text);
  return y ? { year: Number(y[1]), quarter: Number(y[2]) } : null;
}

/** The month's year and number (1–12), or null. */
function monthOf(text: string): { year: number; month: number } | null {
  const named = NAMED_MONTH_YEAR.exec(text);
  if (named) {
    const month = monthFromName(named[1] ?? "");
    return month === 0 ? null : { year: yearOf(named[2] ?? ""), month };
  }
  const ym = YEAR_MONTH.exec(text);
  const month = Number(ym?.[2]);
  return ym && month >= 1 && month <= 12 ? { year: Number(ym[1]), month } : null;
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
  const month = monthOf(trimmed);
  if (month !== null) {
    return `is a month, not a date; enter the day it is due (that month ends on ${lastDay(month.year, month.month)})`;
  }
  return isPlaceholder(trimmed) ? placeholderFix("date", required) : null;
}
