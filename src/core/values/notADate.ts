import { dayFromYmd, daysInMonth, isoFromDay } from "../model/calendar";
import { isPlaceholder, placeholderFix } from "./placeholder";
import { monthFromText, yearOf } from "./textDate";

/** `Q3 2026`, `Q3-26`, `2026 Q3`: a quarter where a date was asked for. */
const QUARTER_YEAR = /^q([1-4])[\s\-/.]*(\d{4}|\d{2})$/i;
const YEAR_QUARTER = /^(\d{4})[\s\-/.]*q([1-4])$/i;
/** `H2 2026`, `H1-26`, `2026 H2`: a half-year. */
const HALF_YEAR = /^h([12])[\s\-/.]*(\d{4}|\d{2})$/i;
const YEAR_HALF = /^(\d{4})[\s\-/.]*h([12])$/i;
/** `2026`: a year alone. */
const YEAR = /^\d{4}$/;

/** The years a year written alone in a date column is taken for (as a date serial it is 1905 or 1906). */
export const YEAR_ALONE = { from: 1900, to: 2200 } as const;

/** Whether a number in a date column is a year written alone (`2026`), not a date. */
export function isYearAlone(value: number): boolean {
  return Number.isInteger(value) && value >= YEAR_ALONE.from && value <= YEAR_ALONE.to;
}

/** A span of months where a date was asked for: its first and last month (1–12) and how it is named. */
interface Span {
  readonly year: number;
  readonly first: number;
  readonly last: number;
  readonly kind: string;
  readonly name: string;
}

/** Parts of a year written as `Q3 2026` or `2026 H2`: their letter, length and patterns. */
const PARTS = [
  { kind: "quarter", letter: "Q", months: 3, numberFirst: QUARTER_YEAR, yearFirst: YEAR_QUARTER },
  { kind: "half-year", letter: "H", months: 6, numberFirst: HALF_YEAR, yearFirst: YEAR_HALF },
] as const;

function spanOf(text: string): Span | null {
  for (const part of PARTS) {
    const a = part.numberFirst.exec(text);
    const b = a === null ? part.yearFirst.exec(text) : null;
    // Two or four digits, so never null.
    const found = a
      ? { year: yearOf(a[2] ?? "") ?? 0, n: Number(a[1]) }
      : b
        ? { year: Number(b[1]), n: Number(b[2]) }
        : null;
    if (found === null) continue;
    const last = found.n * part.months;
    return {
      year: found.year,
      first: last - part.months + 1,
      last,
      kind: part.kind,
      name: `${part.letter}${found.n} ${found.year}`,
    };
  }
  if (YEAR.test(text) && isYearAlone(Number(text))) {
    const year = Number(text);
    return { year, first: 1, last: 12, kind: "year", name: String(year) };
  }
  const month = monthFromText(text);
  if (month === null) return null;
  const m = (month % 12) + 1;
  return { year: Math.floor(month / 12), first: m, last: m, kind: "month", name: "that month" };
}

/**
 * What a text that is not a date is, and how to fix it, when it is one of the things PMs write in
 * a date column: a quarter (`Q3 2026`), a half-year (`H2 2026`), a year (`2026`), a month
 * (`Oct 2026`) or a placeholder (`TBD`). `starts`: the column is a start date, whose span is
 * given by its first day, not its last. Null for anything else (the generic message then says
 * what a date looks like).
 * @example notADate("Q3 2026", { required: true }) // "is a quarter, not a date; enter the day it is due (Q3 2026 ends on 2026-09-30)"
 */
export function notADate(text: string, options: { required: boolean; starts?: boolean }): string | null {
  const trimmed = text.trim();
  const span = spanOf(trimmed);
  if (span !== null) {
    const day =
      options.starts === true
        ? isoFromDay(dayFromYmd(span.year, span.first, 1))
        : isoFromDay(dayFromYmd(span.year, span.last, daysInMonth(span.year, span.last)));
    return options.starts === true
      ? `is a ${span.kind}, not a date; enter the day it starts (${span.name} starts on ${day})`
      : `is a ${span.kind}, not a date; enter the day it is due (${span.name} ends on ${day})`;
  }
  return isPlaceholder(trimmed) ? placeholderFix("date", options.required) : null;
}
