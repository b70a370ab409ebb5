import type { Finding } from "../model/finding";
import type { RawSheet } from "../model/raw";
import { cellAddress as a1 } from "../model/a1";
import { headerKey, tableNameKey } from "../model/names";
import type { ColumnDef, TableDef } from "../template/types";
import { ACTUAL_HOURS, ALLOCATIONS_TABLE, PLANNED_HOURS } from "../template/keys";

/** The Allocations table's month column: a timesheet's date or week ending. */
const MONTH = "month";
import { bareSheetName } from "../template/tableNames";
import type { BoundColumn, HeaderMatch } from "./findHeader";
import { rebound } from "./otherBasis";
import { sheetFinding } from "./findings";

/**
 * Sheet names that say the rows are time worked, not a plan (timesheet templates, a PM's time
 * log). Compared as `tableNameKey`s, so `Timesheets`, `Time-Sheet` and `2. Time Log` count too.
 */
const TIMESHEET_NAMES = [
  "Timesheet",
  "Time Sheet",
  "Time Log",
  "Time Tracking",
  "Time Tracker",
  "Time Entries",
  "Time Entry",
  "Time Recording",
  "Hours Log",
  "Hours Logged",
  "Effort Log",
].map(tableNameKey);

/**
 * Headers that say "hours" without saying planned or worked. On a timesheet they are time worked;
 * on any other sheet the template's aliases decide (a plain `Hours` is the Planned Hours).
 */
const PLAIN_HOURS = new Set([
  "hours",
  "hrs",
  "time",
  "hoursspent",
  "timespent",
  "duration",
  "totalhours",
  "effort",
]);

/** A week's total beside its days (`Mon` … `Sun`, `Total`): the hours of a week-by-week timesheet. */
const WEEK_TOTALS = new Set([
  "total",
  "totalhours",
  "totaltime",
  "weektotal",
  "weeklytotal",
  "hourstotal",
  "totalhrs",
]);

/** Day columns of a week-by-week timesheet: their hours are the week's total, which is read. */
const DAY_NAMES = new Set([
  ...["mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday"],
  ...["fri", "friday", "sat", "saturday", "sun", "sunday"],
]);

export function isTimesheetName(sheetName: string): boolean {
  return TIMESHEET_NAMES.includes(tableNameKey(bareSheetName(sheetName)));
}

/** A timesheet's hours read as time worked. */
export interface TimesheetRead {
  /** The column read as the Actual Hours. */
  readonly column: BoundColumn;
  /**
   * What the column was: headed plainly (`Hours`, which its alias had bound to the Planned Hours),
   * the sheet's own Actual Hours, or a week's total beside its days.
   */
  readonly from: "plain" | "actual" | "total";
  /** The header the rows' months come from (`Date`, `Week Ending`), when the sheet has one. */
  readonly month: string | null;
  /** A week-by-week timesheet's day columns, added up in the total read (left unread themselves). */
  readonly days: readonly BoundColumn[];
  /** The match as the rows are read. */
  readonly match: HeaderMatch;
}

/**
 * On an Allocations sheet named as a timesheet, the hours column read as what a timesheet holds:
 * time worked. A column headed plainly `Hours` (or `Time Spent`, `Duration`…) is read as the
 * Actual Hours instead of the Planned Hours its alias would make it; an Actual Hours column
 * already there is kept. Null on any other sheet, when the sheet has no hours column, when it also
 * has both hours columns, or when the PMO mapped either by hand.
 */
export function readTimesheetHours(
  sheet: RawSheet,
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
): TimesheetRead | null {
  if (table.key !== ALLOCATIONS_TABLE || !isTimesheetName(sheet.name)) return null;
  if (mapped.has(PLANNED_HOURS) || mapped.has(ACTUAL_HOURS)) return null;
  const planned = match.columns.get(PLANNED_HOURS);
  const actual = match.columns.get(ACTUAL_HOURS);
  const month = match.columns.get(MONTH)?.header ?? null;
  if (actual !== undefined)
    return planned === undefined ? { column: actual, from: "actual", month, days: [], match } : null;
  const plain = planned !== undefined && PLAIN_HOURS.has(headerKey(planned.header)) ? planned : undefined;
  // No hours column the template names: a week's total beside its days is the week's hours.
  const total =
    planned === undefined ? match.unknown.find((u) => WEEK_TOTALS.has(headerKey(u.header))) : undefined;
  const column = plain ?? total;
  if (column === undefined) return null;
  const days = total === undefined ? [] : match.unknown.filter((u) => DAY_NAMES.has(headerKey(u.header)));
  return {
    column,
    from: plain !== undefined ? "plain" : "total",
    month,
    days,
    match: rebound(table, match, { unbind: [PLANNED_HOURS], bind: [[ACTUAL_HOURS, column]], unread: days }),
  };
}

/**
 * The table as a timesheet is read: it plans nothing, so its missing Planned Hours is no error
 * (the finding says what the hours are read as, and what a plan would add).
 */
export function withoutPlannedHours(table: TableDef): TableDef {
  return {
    ...table,
    columns: table.columns.map((c): ColumnDef => (c.key === PLANNED_HOURS ? { ...c, required: false } : c)),
  };
}

/** One note at the hours column's header: what it was read as, and how to give planned hours. */
export function timesheetFinding(
  file: string,
  sheet: RawSheet,
  table: TableDef,
  headerRow: number,
  read: TimesheetRead,
): Finding {
  const header = (key: string): string => table.columns.find((c) => c.key === key)?.header ?? key;
  const actual = header(ACTUAL_HOURS);
  const planned = header(PLANNED_HOURS);
  const days =
    read.days.length === 0
      ? ""
      : ` (the week's ${read.days[0]?.header} … ${read.days[read.days.length - 1]?.header} added up)`;
  const week = read.month === null ? "" : `, each row in the month of its "${read.month}"`;
  const how =
    read.from === "plain"
      ? `its "${read.column.header}" column was read as ${actual} (time worked), not as ${planned}. ` +
        `If it holds planned hours, head it "${planned}".`
      : read.from === "actual"
        ? `it has ${actual} and no ${planned}.`
        : `its "${read.column.header}" column${days} was read as ${actual} (time worked)${week}.`;
  return sheetFinding(
    file,
    sheet.name,
    "info",
    "timesheet-hours",
    `Sheet "${sheet.name}" is a timesheet: ${how} Labour cost is priced from these hours; capacity ` +
      `and utilisation need ${planned}, on a resource plan sheet or in a column of their own.`,
    { cell: a1(headerRow, sheet.left + read.column.index), row: headerRow, column: read.column.header },
  );
}
