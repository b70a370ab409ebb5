import type { Finding } from "../model/finding";
import type { RawSheet } from "../model/raw";
import type { Settings } from "../model/settings";
import type { TableDef } from "../template/types";
import { periodRead } from "./allocationPeriods";
import type { Candidate } from "./candidate";
import { daysFinding, readDaysAsHours } from "./daysAsHours";
import { dateRangeFinding, readDateRange } from "./dateRanges";
import type { HeaderMatch } from "./findHeader";
import { preferFittingColumns, readByValuesFindings } from "./fittingColumns";
import { lifecycleFinding, readLifecycleAsPhase, withLifecycleWords } from "./lifecycleAsPhase";
import { monthsAcrossRead } from "./monthsAcross";
import { ratingsFindings, ratingsNotAmounts } from "./ratingsNotAmounts";
import { milestoneRagFinding, readMilestoneRag } from "./milestoneRag";
import { payBasisFindings, readPayBasis, type PayBasisColumn } from "./payBasis";
import { namesAsIdsColumn, withIdFromNames, withIdsFromNames } from "./namesAsIds";
import type { TableReadInput } from "./tableReadInput";
import type { PersonTime } from "./personTime";
import { monthRateFinding, readMonthRate, withRateColumn, type MonthRateRead } from "./monthRates";
import { readTimesheetHours, timesheetFinding, withoutPlannedHours } from "./timesheetHours";

/** A chosen sheet as its rows are read, and the columns to convert once read. */
export interface SheetRead {
  readonly input: TableReadInput;
  /** Columns that hold a person's time, not hours (priced once the names are linked). */
  readonly personTime: readonly PersonTime[];
  /** Pay given by the day or the month (put on the template's basis as soon as read). */
  readonly payBasis: readonly PayBasisColumn[];
}

/** What reading a chosen sheet needs of its workbook and of the run. */
export interface SheetReadContext {
  readonly file: string;
  readonly date1904: boolean;
  readonly settings: Settings;
  readonly defaultProjectId: string | null;
}

/** A resource plan's months across its columns, else its allocations given as periods, else neither. */
function acrossOrPeriod(
  table: TableDef,
  sheet: RawSheet,
  match: HeaderMatch,
  date1904: boolean,
  dateOrder: Settings["dateOrder"],
): Pick<TableReadInput, "across" | "period"> {
  const across = monthsAcrossRead(table, sheet, match, date1904, dateOrder);
  return { across, period: across === null ? periodRead(table, match) : null };
}

/** The table as one sheet is read: its Phase taking life-cycle words, its IDs taken from the names… */
function tableAsRead(
  table: TableDef,
  read: { lifecycle: boolean; namesAsIds: boolean; timesheet: boolean; rate: MonthRateRead | null },
): TableDef {
  const phase = read.lifecycle ? withLifecycleWords(table) : table;
  const ids = read.namesAsIds ? withIdFromNames(phase) : phase;
  const hours = read.timesheet ? withoutPlannedHours(ids) : ids;
  return read.rate === null ? hours : withRateColumn(hours, read.rate);
}

/**
 * How a chosen sheet's columns are read, each reading a PM's tracker needs over the header's own
 * binding, in this order, with its finding: a list column read from the column whose values fit;
 * a milestone status of RAG ratings left unread;
 * a status of life-cycle words as the Phase; a timesheet's hours as hours worked; effort in days;
 * a month's rate (a share of time, hours a week); pay by the day or month; a project's dates as one
 * range; the names as IDs; months across or periods.
 */
export function sheetReadInput(c: Candidate, context: SheetReadContext, findings: Finding[]): SheetRead {
  const { file, date1904, settings, defaultProjectId } = context;
  const { sheet, table, mappedColumns } = c;
  const fitted = preferFittingColumns(sheet, table, c.match as HeaderMatch, mappedColumns);
  const headerRow = sheet.top + fitted.match.headerIndex;
  findings.push(...readByValuesFindings(file, sheet, table, headerRow, fitted.readByValues));
  // Each reading starts from the match as the readings before it left it.
  let match = fitted.match;
  const ratings = ratingsNotAmounts(sheet, table, match, mappedColumns);
  if (ratings !== null) findings.push(...ratingsFindings(file, sheet, table, headerRow, ratings.ratings));
  match = ratings?.match ?? match;
  const rated = readMilestoneRag(sheet, table, match, mappedColumns);
  if (rated !== null) findings.push(milestoneRagFinding(file, sheet, table, headerRow, rated));
  match = rated?.match ?? match;
  const lifecycle = readLifecycleAsPhase(sheet, table, match, mappedColumns);
  if (lifecycle !== null) findings.push(lifecycleFinding(file, sheet, table, headerRow, lifecycle.read));
  match = lifecycle?.match ?? match;
  const timesheet = readTimesheetHours(sheet, table, match, mappedColumns);
  if (timesheet !== null) findings.push(timesheetFinding(file, sheet, table, headerRow, timesheet));
  match = timesheet?.match ?? match;
  const days = readDaysAsHours(table, match, mappedColumns);
  if (days !== null) findings.push(daysFinding(file, sheet, headerRow, days));
  match = days?.match ?? match;
  const rate = readMonthRate(table, match, mappedColumns);
  if (rate !== null) findings.push(monthRateFinding(file, sheet, headerRow, rate));
  match = rate?.match ?? match;
  const pay = readPayBasis(table, match, mappedColumns);
  if (pay !== null) findings.push(...payBasisFindings(file, sheet, headerRow, pay));
  match = pay?.match ?? match;
  const range = readDateRange(sheet, table, match, mappedColumns, settings.dateOrder);
  if (range !== null) findings.push(dateRangeFinding(file, sheet, table, headerRow, range));
  match = range?.match ?? match;
  const namesAsIds = namesAsIdsColumn(table, match, mappedColumns);
  const input: TableReadInput = {
    file,
    sheet,
    table: tableAsRead(table, {
      lifecycle: lifecycle !== null && lifecycle.read.phase === null,
      namesAsIds: namesAsIds !== null,
      timesheet: timesheet !== null,
      rate,
    }),
    lifecycle: lifecycle?.read ?? null,
    dateRange: range,
    namesAsIds,
    match: namesAsIds === null ? match : withIdsFromNames(match, namesAsIds),
    date1904,
    dateOrder: settings.dateOrder,
    currency: settings.currency,
    defaultProjectId,
    ...acrossOrPeriod(table, sheet, match, date1904, settings.dateOrder),
  };
  const shares =
    input.across?.shares === true
      ? input.across.value
      : input.period?.kind === "share"
        ? input.period.value
        : null;
  const personTime: PersonTime[] = [
    ...(shares === null ? [] : [{ key: shares.key, unit: "weeks" as const }]),
    ...(days?.columns ?? []).map((column) => ({ key: column.key, unit: "days" as const })),
    ...(rate === null ? [] : [{ key: rate.value.key, unit: rate.kind, month: rate.month.key }]),
  ];
  return { input, personTime, payBasis: pay?.columns ?? [] };
}
