import type { Finding } from "../model/finding";
import type { MonthIndex } from "../model/dates";
import type { NormRow } from "../model/portfolio";
import type { RawSheet } from "../model/raw";
import { cellAddress as a1 } from "../model/a1";
import { workingDaysInMonth } from "../model/calendar";
import { headerKey } from "../model/names";
import type { ColumnDef, TableDef } from "../template/types";
import { monthAndMissingAmount } from "./monthAndAmount";
import { SHARE_KEYS, WEEKLY_KEYS } from "./allocationPeriods";
import type { BoundColumn, HeaderMatch } from "./findHeader";
import { rebound } from "./otherBasis";
import { sheetFinding } from "./findings";
import { personWeeksAsHours } from "./personWeeksAsHours";

/**
 * A resource plan with a Month column that gives each month's allocation as a rate, not hours:
 * a share of the person's time (`Allocation %`, `FTE`) or hours a week (`Hours per Week`).
 */
export interface MonthRateRead {
  /** The table's month column (the sheet has it) and the amount column the rate fills (Planned Hours). */
  readonly month: ColumnDef;
  readonly value: ColumnDef;
  readonly column: BoundColumn;
  readonly kind: "share" | "weekly";
  /** The match as the rows are read: the rate column bound to the amount. */
  readonly match: HeaderMatch;
}

/**
 * Whether the sheet gives a month's rate where the table wants its hours: it has the table's
 * Month column, lacks its required amount (and has no other amount column), and has a column of a
 * share of time or of hours a week. Null otherwise, and when the PMO mapped the amount by hand.
 */
export function readMonthRate(
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
): MonthRateRead | null {
  const wanted = monthAndMissingAmount(table, match);
  if (wanted === null || !match.columns.has(wanted.month.key) || mapped.has(wanted.value.key)) return null;
  const { month, value } = wanted;
  const share = match.unknown.find((u) => SHARE_KEYS.has(headerKey(u.header)));
  const weekly = match.unknown.find((u) => WEEKLY_KEYS.has(headerKey(u.header)));
  const column = share ?? weekly;
  if (column === undefined) return null;
  return {
    month,
    value,
    column,
    kind: share !== undefined ? "share" : "weekly",
    match: rebound(table, match, { bind: [[value.key, column]] }),
  };
}

/** The table as such a sheet is read: a share is read as a fraction (50 %, 0.5 and 50 alike), hours a week as hours. */
export function withRateColumn(table: TableDef, read: MonthRateRead): TableDef {
  if (read.kind === "weekly") return table;
  return {
    ...table,
    columns: table.columns.map((c): ColumnDef => (c.key === read.value.key ? { ...c, type: "fraction" } : c)),
  };
}

/** One note at the rate's header: what it was read as, with an example. */
export function monthRateFinding(
  file: string,
  sheet: RawSheet,
  headerRow: number,
  read: MonthRateRead,
): Finding {
  const cell = a1(headerRow, sheet.left + read.column.index);
  const what =
    read.kind === "share"
      ? `a share of the person's time ("${read.column.header}" in ${cell}): each is read as that share of the ` +
        `month's working days, in the person's hours (50 % of a month of 22 working days is 88 hours full time)`
      : `hours a week ("${read.column.header}" in ${cell}): each is read as those hours on the month's working ` +
        `days (20 hours a week in a month of 22 working days is 88 hours)`;
  return sheetFinding(
    file,
    sheet.name,
    "info",
    "month-rates",
    `Sheet "${sheet.name}" gives each month's allocation as ${what}, as the ${read.value.header}.`,
    { cell, row: headerRow, column: read.column.header },
  );
}

/**
 * Each row's rate as the month's hours: hours a week × the month's working days / 5; a share of
 * time as that many person-weeks, priced in the person's weekly hours (`personWeeksAsHours`).
 */
export function monthRatesAsHours(
  rows: readonly NormRow[],
  read: { readonly month: string; readonly value: string; readonly kind: "share" | "weekly" },
  resources: readonly NormRow[],
): NormRow[] {
  const weeks = rows.map((row): NormRow => {
    const rate = row[read.value];
    const month = row[read.month];
    if (typeof rate !== "number" || typeof month !== "number") return row;
    const weeksOf = (rate * workingDaysInMonth(month as MonthIndex)) / 5;
    return { ...row, [read.value]: read.kind === "weekly" ? Math.round(weeksOf * 100) / 100 : weeksOf };
  });
  return read.kind === "weekly" ? weeks : personWeeksAsHours(weeks, read.value, resources);
}
