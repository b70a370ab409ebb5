import { isoFromDay } from "../model/calendar";
import type { DayNumber, MonthIndex } from "../model/dates";
import type { DateOrder } from "../model/settings";
import type { RawSheet } from "../model/raw";
import type { ColumnDef, TableDef } from "../template/types";
import { missingMonthAndAmount } from "./monthAndAmount";
import { monthIndexOfDay } from "../values/civilDate";
import { parseNumericText } from "../values/numericText";
import { monthFromText, otherOrder } from "../values/textDate";
import { dayFromText } from "../values/parseDate";
import { dayFromSerial } from "../values/serialDate";
import type { BoundColumn, HeaderMatch } from "./findHeader";
import { isTotalsLabel } from "./totalsLabel";

/** Excel serials of 2000-01-01 and 2100-12-31: a number header in this range is a date header. */
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_415;

/** A month header and how a message shows it (a date cell's serial as its ISO date). */
export interface MonthHeader {
  readonly column: BoundColumn;
  readonly label: string;
  /** The month the cell counts in (a week's: the month holding most of its days). */
  readonly month: MonthIndex;
  /**
   * A week that spans two months: each month's share of its working days (Monday to Friday), which
   * its cell is split by. Absent when the week lies in one month.
   */
  readonly shares?: readonly { readonly month: MonthIndex; readonly share: number }[];
}

/** The header as a month header (`Jan-26`, `2026-01`, `January 2026`, a date cell), else null. */
function monthHeader(column: BoundColumn, date1904: boolean): MonthHeader | null {
  const text = column.header.trim();
  const month = monthFromText(text);
  if (month !== null) return { column, label: text, month };
  const day = serialDay(text, date1904);
  return day === null ? null : { column, label: isoFromDay(day), month: monthIndexOfDay(day) };
}

/**
 * A header as a message shows it: a date cell's serial (as the grid holds it) as its ISO date,
 * `46027` as `2026-01-05`; any other header as written.
 */
export function headerLabel(header: string, date1904: boolean): string {
  const day = serialDay(header.trim(), date1904);
  return day === null ? header : isoFromDay(day);
}

/** A date cell's header (its serial, as the grid holds it) as a day, else null. */
function serialDay(text: string, date1904: boolean): DayNumber | null {
  const serial = Number(text);
  if (text === "" || !Number.isInteger(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  return dayFromSerial(serial, date1904);
}

/** `w/c`, `WC`, `Week commencing`, `Week of`, `Wk`; `w/e`, `Week ending` (then the date ends the week). */
const WEEK_PREFIX =
  /^(?:(w\/?e|we|week\s+ending)|(w\/?c|wc|wk|week(?:\s+(?:commencing|beginning|starting|of))?))\b[\s:.-]*/i;

/** A week's header: its date, whether the header says the week starts or ends then, and its label. */
interface WeekHeader {
  readonly column: BoundColumn;
  readonly label: string;
  readonly day: DayNumber;
  /** `w/c` and the like: "start"; `w/e`, `week ending`: "end"; a bare date: null. */
  readonly said: "start" | "end" | null;
}

/** The header as a day (a date cell, `05/01/2026`, `w/c 5 Jan 2026`, `w/e 09-Jan-26`), else null. */
function weekHeader(column: BoundColumn, date1904: boolean, order: DateOrder): WeekHeader | null {
  const text = column.header.trim();
  // Short: a header longer than any date and its prefix is never tried (untrusted text).
  if (text.length > 40) return null;
  const serial = serialDay(text, date1904);
  if (serial !== null) return { column, label: isoFromDay(serial), day: serial, said: null };
  const prefix = WEEK_PREFIX.exec(text);
  const parsed = dayFromText(text.slice(prefix?.[0].length ?? 0), order);
  if (parsed === null) return null;
  const said = prefix === null ? null : prefix[1] !== undefined ? "end" : "start";
  return { column, label: text, day: parsed.day, said };
}

/** Monday 0 … Sunday 6 (day 0, 1970-01-01, was a Thursday). */
function weekday(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Working days (Monday to Friday) of the week starting on `start`, by month, in day order. */
function workingDaysByMonth(start: DayNumber): Map<MonthIndex, number> {
  const byMonth = new Map<MonthIndex, number>();
  for (let day = start; day < start + 7; day++) {
    if (weekday(day) >= 5) continue;
    const month = monthIndexOfDay(day);
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  return byMonth;
}

/** The month holding most of a week's working days (the later one on a tie). */
function mainMonth(byMonth: ReadonlyMap<MonthIndex, number>, start: DayNumber): MonthIndex {
  let best: MonthIndex = monthIndexOfDay(start + 3);
  let most = -1;
  for (const [month, days] of byMonth) {
    if (days >= most) {
      best = month;
      most = days;
    }
  }
  return best;
}

/**
 * The months a week spans, each with its share of the week's working days (Monday to Friday),
 * when it spans two the plan covers (`planned`: a month some week lies mainly in); else undefined.
 * A month's capacity is its working days' hours, so a week's hours split so add up to a full month
 * for a person planned full-time each week: counted whole in one month, a five-week month was
 * 109 % and the next 95 %. A week's days in a month the plan does not cover (1 January at the end
 * of its last week) are left out with their share: split out, they made a month nobody planned,
 * its person 4 % used; folded back, the last month was 104 % and over-allocated.
 */
function weekShares(
  byMonth: ReadonlyMap<MonthIndex, number>,
  planned: ReadonlySet<MonthIndex>,
): MonthHeader["shares"] {
  let working = 0;
  for (const days of byMonth.values()) working += days;
  if (byMonth.size < 2 || working === 0) return undefined;
  return [...byMonth]
    .filter(([month]) => planned.has(month))
    .map(([month, days]) => ({ month, share: days / working }));
}

/**
 * Weeks across the columns: two or more day headers, each whole weeks after the one before (one
 * week at least once). A week counts in the month that holds most of its working days, and one
 * that spans two months the plan covers is split between them by its working days (`weekShares`).
 * A bare date on a Friday, Saturday or Sunday ends its week (a timesheet's week ending); on any
 * other day it starts it.
 */
function weeksAcross(unknown: readonly BoundColumn[], date1904: boolean, order: DateOrder): MonthHeader[] {
  const weeks = unknown
    .map((column) => weekHeader(column, date1904, order))
    .filter((w): w is WeekHeader => w !== null);
  // Whole weeks apart, one week at least once (a plan may leave a holiday week out).
  const steps = weeks.slice(1).map((w, i) => w.day - (weeks[i] as WeekHeader).day);
  const weekly = steps.length > 0 && steps.every((d) => d > 0 && d % 7 === 0) && steps.includes(7);
  if (!weekly) return [];
  const bareEnds = weeks.filter((w) => w.said === null).every((w) => weekday(w.day) >= 4);
  const starts = weeks.map((w) => (w.said === "end" || (w.said === null && bareEnds) ? w.day - 6 : w.day));
  const days = starts.map(workingDaysByMonth);
  const mains = starts.map((start, i) => mainMonth(days[i] ?? new Map(), start));
  const planned = new Set(mains);
  return weeks.map((w, i) => {
    const month = mains[i] ?? monthIndexOfDay(w.day);
    const shares = weekShares(days[i] ?? new Map(), planned);
    return { column: w.column, label: w.label, month, ...(shares === undefined ? {} : { shares }) };
  });
}

/** Months or weeks across the columns, each header with the month its cells count in. */
export interface DatesAcross {
  readonly kind: "months" | "weeks";
  readonly headers: readonly MonthHeader[];
}

/**
 * A sheet that lays its months or weeks across columns (a resource plan: `Resource | Project |
 * Jan-26 | Feb-26 | …`, or `w/c 05/01/2026 | w/c 12/01/2026 | …`) where the table wants one row per
 * month: those headers among the unknown ones, when there are at least two; else null.
 */
export function monthsAcross(
  unknown: readonly BoundColumn[],
  date1904: boolean,
  order: DateOrder,
): DatesAcross | null {
  // Text dates in the other day/month order when only that order makes them a week apart
  // (`w/c 05/01/2026 | w/c 12/01/2026` is weekly read day first, not month first).
  const weeks = weeksAcross(unknown, date1904, order);
  const other = weeks.length > 0 ? weeks : weeksAcross(unknown, date1904, otherOrder(order));
  if (other.length > 0) return { kind: "weeks", headers: other };
  const months = unknown
    .map((column) => monthHeader(column, date1904))
    .filter((m): m is MonthHeader => m !== null);
  return months.length >= 2 ? { kind: "months", headers: months } : null;
}

/**
 * A sheet read with its months across (a resource plan): each month's cell is the `value` column
 * of that month, so one sheet row is one table row per filled month.
 */
export interface MonthsAcrossRead {
  /** The table's month column, which the sheet does not have. */
  readonly month: ColumnDef;
  /** The required amount column the month cells fill (Planned Hours). */
  readonly value: ColumnDef;
  /** Months, or weeks added up by month. */
  readonly kind: DatesAcross["kind"];
  /** Each month or week column, with the month its cells count in. */
  readonly months: readonly MonthHeader[];
  /**
   * True when the month cells are shares of the person's time (50 %, 0.5: a plan in FTE), read as
   * that share of the person's capacity in the month (`sharesAsHours`); false for hours.
   */
  readonly shares: boolean;
}

/** Whether every number in the month columns' data cells is a fraction of 1 or a percent: FTE, not hours. */
export function monthsHoldFractions(
  sheet: RawSheet,
  match: HeaderMatch,
  months: readonly MonthHeader[],
): boolean {
  let numbers = 0;
  let fractions = 0;
  const end = Math.min(match.dataEnd, sheet.cells.height);
  // A Total row under the plan adds the months up (3.7 FTE): it is skipped as data, so it tells nothing here.
  const totals = totalsRows(sheet, match, end);
  for (const { column } of months) {
    for (let r = match.dataStart; r < end; r++) {
      if (totals.has(r)) continue;
      const raw = sheet.cells.value(r, column.index);
      const text = typeof raw === "string" ? raw.trim() : "";
      // `50%` typed as text is a share as much as 0.5 in a %-formatted cell.
      const percentText = text.endsWith("%");
      const value =
        typeof raw === "number"
          ? raw
          : typeof raw === "string"
            ? parseNumericText(percentText ? text.slice(0, -1).trimEnd() : text)
            : Number.NaN;
      if (Number.isNaN(value) || value === 0) continue;
      numbers++;
      const percent = percentText || (sheet.cells.format(r, column.index) ?? "").includes("%");
      if (percent || (value > 0 && value <= 1)) fractions++;
    }
  }
  return numbers > 0 && fractions === numbers;
}

/** The data rows whose first text under the table is a totals label (`Total`, `Grand Total`). */
function totalsRows(sheet: RawSheet, match: HeaderMatch, end: number): Set<number> {
  const rows = new Set<number>();
  for (let r = match.dataStart; r < end; r++) {
    for (let c = match.colStart; c < match.colEnd; c++) {
      const v = sheet.cells.value(r, c);
      if (typeof v !== "string" || v.trim() === "") continue;
      if (isTotalsLabel(v.trim())) rows.add(r);
      break;
    }
  }
  return rows;
}

/**
 * Whether to read the sheet's months across: the table wants a Month column the sheet lacks, two
 * or more headers are months, one required amount column is missing for their cells to fill, and
 * no other amount column is there (whose figure would then be whose month's?). Month cells that are
 * all fractions of 1 or percents are a plan in FTE: read as shares of each person's capacity
 * (`shares`). Week cells in FTE are not read (is a week's 50 % half of that week or of its month?):
 * the missing columns say so. Null when the sheet is not read this way.
 */
export function monthsAcrossRead(
  table: TableDef,
  sheet: RawSheet,
  match: HeaderMatch,
  date1904: boolean,
  order: DateOrder,
): MonthsAcrossRead | null {
  const wanted = missingMonthAndAmount(table, match);
  if (wanted === null) return null;
  const { month, value } = wanted;
  const across = monthsAcross(match.unknown, date1904, order);
  if (across === null) return null;
  const shares = monthsHoldFractions(sheet, match, across.headers);
  if (shares && across.kind === "weeks") return null;
  return { month, value, kind: across.kind, months: across.headers, shares };
}
