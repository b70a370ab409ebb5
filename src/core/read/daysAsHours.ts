import type { Finding } from "../model/finding";
import type { NormRow } from "../model/portfolio";
import type { RawSheet } from "../model/raw";
import { cellAddress as a1 } from "../model/a1";
import { headerKey } from "../model/names";
import type { TableDef } from "../template/types";
import { ACTUAL_HOURS, ALLOCATIONS_TABLE, PLANNED_HOURS } from "../template/keys";
import type { BoundColumn, HeaderMatch } from "./findHeader";
import { otherBasisColumns } from "./otherBasis";
import { sheetFinding } from "./findings";
import { capacityFields, inPersonHours } from "./personWeeksAsHours";
import { FULL_TIME_WEEKLY_HOURS, weeklyCapacity } from "../model/weeklyCapacity";

/** Working days in a week: a person's day is a fifth of their weekly hours. */
const DAYS_PER_WEEK = 5;

/** A bracketed unit that says days: `Planned Effort (days)`, `Effort [PD]`, `Actual (man-days)`. */
const DAYS_UNIT =
  /[([]\s*(?:days?|d|pd|md|person[\s-]?days?|man[\s-]?days?|work(?:ing)?[\s-]?days?)\s*[)\]]\s*$/i;

/** Headers that give planned effort in days, by `headerKey`. */
const PLANNED_DAYS = new Set([
  "planneddays",
  "daysplanned",
  "allocateddays",
  "days",
  "persondays",
  "mandays",
  "pd",
  "md",
  "effortdays",
  "plannedeffortdays",
  "plannedpersondays",
  "plannedmandays",
]);

/** Headers that give the effort spent in days. */
const ACTUAL_DAYS = new Set([
  "actualdays",
  "daysworked",
  "daysspent",
  "dayslogged",
  "actualpersondays",
  "actualmandays",
  "actualeffortdays",
  "workeddays",
]);

/** An hours column of the Allocations table given in days. */
export interface DaysColumn {
  readonly key: string;
  readonly column: BoundColumn;
}

/** An Allocations sheet's effort in days, read as hours. */
export interface DaysRead {
  readonly columns: readonly DaysColumn[];
  /** The match as the rows are read: the days columns bound to the hours they stand for. */
  readonly match: HeaderMatch;
}

/** Whether a header gives effort in days: a days unit in brackets, or a days header of `names`. */
function inDays(header: string, names: ReadonlySet<string>): boolean {
  return DAYS_UNIT.test(header) || names.has(headerKey(header));
}

/**
 * The Allocations sheet's hours columns that are in days (a resource plan in person-days, as
 * many PMOs plan): a Planned or Actual Hours column whose header's unit says days (`Planned
 * Effort (days)`, read as hours before), or, where the sheet has none, a column headed in days
 * (`Planned Days`, `Person Days`, `Days Worked`). Their values are days, priced in hours once the
 * names are linked (`daysAsHours`). Null when there are none, or the PMO mapped the column by hand.
 */
export function readDaysAsHours(
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
): DaysRead | null {
  if (table.key !== ALLOCATIONS_TABLE) return null;
  const read = otherBasisColumns(table, match, mapped, [
    { key: PLANNED_HOURS, says: (h) => DAYS_UNIT.test(h), names: (h) => inDays(h, PLANNED_DAYS) },
    { key: ACTUAL_HOURS, says: (h) => DAYS_UNIT.test(h), names: (h) => inDays(h, ACTUAL_DAYS) },
  ]);
  if (read === null) return null;
  return { columns: read.found.map(({ want, column }) => ({ key: want.key, column })), match: read.match };
}

/** One note at the first days column's header: what was read as hours, and at what rate. */
export function daysFinding(file: string, sheet: RawSheet, headerRow: number, read: DaysRead): Finding {
  const first = read.columns[0] as DaysColumn;
  const named = read.columns.map(
    (c) => `"${c.column.header}" (${a1(headerRow, sheet.left + c.column.index)})`,
  );
  return sheetFinding(
    file,
    sheet.name,
    "info",
    "days-as-hours",
    `Sheet "${sheet.name}" gives effort in days: ${named.join(" and ")} ${named.length === 1 ? "is" : "are"} read ` +
      `as hours, a day being a fifth of the person's full-time week on the Resources sheet (Weekly Capacity ÷ ` +
      `FTE; 8 hours when it gives none). ` +
      `Give hours instead if the days are of another length.`,
    { cell: a1(headerRow, sheet.left + first.column.index), row: headerRow, column: first.column.header },
  );
}

/**
 * A person's working day in hours: a fifth of their full-time week, which is Weekly Capacity ÷ FTE
 * (a half-time person's day is still a full day: they work fewer of them), 8 hours by default.
 */
export function dayHours(person: NormRow | undefined): number {
  if (person === undefined) return FULL_TIME_WEEKLY_HOURS / DAYS_PER_WEEK;
  const fields = capacityFields(person);
  const share = fields.fte !== null && fields.fte > 0 ? fields.fte : 1;
  // A week of no hours has no day to divide a day rate by: such a person counts as full time.
  const week = weeklyCapacity(fields) / share;
  return (week > 0 ? week : FULL_TIME_WEEKLY_HOURS) / DAYS_PER_WEEK;
}

/** Days as hours, at each person's working day (`dayHours`); run once the names are linked. */
export function daysAsHours(rows: readonly NormRow[], key: string, resources: readonly NormRow[]): NormRow[] {
  return inPersonHours(rows, key, resources, dayHours);
}
