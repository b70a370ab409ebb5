import { dayFromYmd, daysInMonth, monthFromYm, workingDaysBetween, ymdFromDay } from "../model/calendar";
import type { DayNumber, MonthIndex } from "../model/dates";
import { headerKey } from "../model/names";
import type { ColumnDef, TableDef } from "../template/types";
import { missingMonthAndAmount } from "./monthAndAmount";
import type { BoundColumn, HeaderMatch } from "./findHeader";

/** Headers of a period's first and last day, and of what the person gives it. */
const START_KEYS = new Set([
  "start",
  "startdate",
  "from",
  "fromdate",
  "begin",
  "assignmentstart",
  "allocationstart",
]);
const END_KEYS = new Set([
  "end",
  "enddate",
  "finish",
  "finishdate",
  "to",
  "todate",
  "until",
  "assignmentend",
  "allocationend",
]);
/** A share of the person's time (`Allocation %`, `% Allocated`, `FTE`, `% of Time`). */
export const SHARE_KEYS = new Set([
  "allocation",
  "allocated",
  "percentallocated",
  "percentallocation",
  "allocationpercent",
  "fte",
  "allocatedfte",
  "time",
  "oftime",
  "percentoftime",
  "utilisation",
  "utilization",
  "commitment",
]);
/** Hours a week given to the project (`Hours per Week`, `Hours/Week`, `Weekly Hours`). */
export const WEEKLY_KEYS = new Set([
  "hoursperweek",
  "hoursweek",
  "weeklyhours",
  "hrsperweek",
  "hrsweek",
  "hoursaweek",
]);

/** The longest period spread over months: beyond it the dates are surely a typo (2026 → 2062). */
export const MAX_PERIOD_MONTHS = 60;

/**
 * A resource plan that gives each allocation as a period and an amount (`Resource | Project |
 * Start Date | End Date | Allocation %`), where the table wants one row per month: the rows are
 * spread over the months they cover.
 */
export interface PeriodRead {
  /** The table's month column, which the sheet does not have. */
  readonly month: ColumnDef;
  /** The required amount column the months' figures fill (Planned Hours). */
  readonly value: ColumnDef;
  readonly start: BoundColumn;
  readonly end: BoundColumn;
  readonly amount: BoundColumn;
  /**
   * `share`: a share of the person's time, spread as that share of the person's capacity (person-
   * weeks until `personWeeksAsHours` prices them in the person's hours); `weekly`: hours a week.
   */
  readonly kind: "share" | "weekly";
}

function unknownWith(match: HeaderMatch, keys: ReadonlySet<string>): BoundColumn | undefined {
  return match.unknown.find((u) => keys.has(headerKey(u.header)));
}

/**
 * Whether to spread the sheet's rows over months: the table wants a Month and an amount column the
 * sheet lacks (and no other amount column is there), and among its other columns are a start, an
 * end and a share of time or hours a week. Null otherwise (and for months laid across columns,
 * which `monthsAcrossRead` reads).
 */
export function periodRead(table: TableDef, match: HeaderMatch): PeriodRead | null {
  const wanted = missingMonthAndAmount(table, match);
  if (wanted === null) return null;
  const { month, value } = wanted;
  const start = unknownWith(match, START_KEYS);
  const end = unknownWith(match, END_KEYS);
  if (start === undefined || end === undefined) return null;
  const share = unknownWith(match, SHARE_KEYS);
  const weekly = unknownWith(match, WEEKLY_KEYS);
  const amount = share ?? weekly;
  if (amount === undefined) return null;
  return { month, value, start, end, amount, kind: share !== undefined ? "share" : "weekly" };
}

/** How many calendar months a period touches, from its dates alone (`monthsOfPeriod` lists them). */
export function periodMonthCount(first: DayNumber, last: DayNumber): number {
  const a = ymdFromDay(first);
  const b = ymdFromDay(last);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

/**
 * The months a period covers, each with its Monday–Friday days in the period: what a share of the
 * person's time or a week's hours is spread by (a month without a working day in it gets none).
 */
export function monthsOfPeriod(first: DayNumber, last: DayNumber): { month: MonthIndex; days: number }[] {
  const months: { month: MonthIndex; days: number }[] = [];
  let { year, month } = ymdFromDay(first);
  for (;;) {
    const from = Math.max(first, dayFromYmd(year, month, 1));
    const to = Math.min(last, dayFromYmd(year, month, daysInMonth(year, month)));
    if (from > last) break;
    const days = workingDaysBetween(from, to);
    if (days > 0) months.push({ month: monthFromYm(year, month), days });
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}
