import type { Finding } from "../model/finding";
import type { CellValue, NormRow } from "../model/portfolio";
import type { RawScalar } from "../model/raw";
import type { MonthIndex } from "../model/dates";
import type { MonthHeader, MonthsAcrossRead } from "./monthsAcross";
import { MAX_PERIOD_MONTHS, monthsOfPeriod, periodMonthCount, type PeriodRead } from "./allocationPeriods";
import { workingDaysInMonth } from "../model/calendar";
import { cellAddress as a1 } from "../model/a1";
import { STANDARD_TEMPLATE } from "../template/standardTemplate";
import type { ColumnPlan } from "./columnPlan";
import { cellWasBlank, checkNumber, readCell } from "./readCell";
import { sheetFinding } from "./findings";
import type { TableReadInput } from "./tableReadInput";
import type { TableSink } from "./tableSink";
import { blankRowFactory, type RowFactory } from "./blankRows";
import { isBlankRow } from "./rowCells";
import { sectionHeadingFinder } from "./sectionHeading";
import { summaryRowFinder } from "./summaryRows";
import { notDataFinding, notDataRow, type NotDataContext, type NotDataKind } from "./notDataRows";
import { trailingNotes, type TrailingNote } from "./trailingNotes";
import { PROJECT_ID, PROJECTS_TABLE } from "../template/keys";
import { headerKey } from "../model/names";
import { parentTaskColumn, rowNames } from "./parentTasks";

/**
 * Column keys of each standard table. The typed views (`Project`, `Milestone`, …) promise every one
 * of them, so a custom template that drops an optional standard column still gives it as null
 * (undefined would vanish from the KPI JSON and read as "filled" to `!== null` checks).
 */
const STANDARD_KEYS: ReadonlyMap<string, readonly string[]> = new Map(
  STANDARD_TEMPLATE.tables.map((t) => [t.key, t.columns.map((c) => c.key)]),
);

/** What the row loop needs besides the cells, decided once per table. */
interface RowReader {
  readonly input: TableReadInput;
  readonly plans: readonly ColumnPlan[];
  readonly sink: TableSink;
  /** Plan indexes in reading order: the project column first, then left to right. */
  readonly order: readonly number[];
  readonly projectPlanIndex: number;
  /** The project a row without one belongs to (single-project workbooks), else null. */
  readonly defaultsProject: string | null;
  readonly skipPlan: ColumnPlan | undefined;
  readonly skipValues: ReadonlySet<string>;
  /** Row indexes of the columns with a header (template or unknown): a row empty there is blank. */
  readonly headed: readonly number[];
  /** Makes a row with every key null: every row of the table on one hidden class (fast to build and read). */
  readonly newRow: RowFactory;
  /** What tells the rows that are not data (totals, examples, repeated headers, headings). */
  readonly notData: NotDataContext;
  /** A resource plan's months across (`input.across`): one plan per month column, in its order. */
  readonly acrossPlans: readonly ColumnPlan[];
}

export function createRowReader(
  input: TableReadInput,
  plans: readonly ColumnPlan[],
  sink: TableSink,
  acrossPlans: readonly ColumnPlan[] = [],
): RowReader {
  const { table, defaultProjectId, match } = input;
  // Parse the project column first so every finding of the row can name its project...
  const projectPlanIndex = plans.findIndex(
    (p) =>
      p.key === PROJECT_ID ||
      (p.def.references?.table === PROJECTS_TABLE && p.def.references.column === PROJECT_ID),
  );
  // Then left to right as in the sheet, so a row's findings read in the order a PM sees the cells.
  const order = plans
    .map((_, i) => i)
    .sort((a, b) => {
      if (a === projectPlanIndex || b === projectPlanIndex) return a === projectPlanIndex ? -1 : 1;
      const ia = (plans[a] as ColumnPlan).index;
      const ib = (plans[b] as ColumnPlan).index;
      return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib) || a - b;
    });
  const projectPlan = projectPlanIndex >= 0 ? plans[projectPlanIndex] : undefined;
  const defaultsProject =
    projectPlan !== undefined && projectPlan.key === PROJECT_ID ? defaultProjectId : null;
  const skip = table.skipRows;
  const keys = new Set(["src", ...plans.map((p) => p.key), ...(STANDARD_KEYS.get(table.key) ?? [])]);
  // The header row's text by grid column, template columns and unknown ones alike.
  const headers = new Map([
    ...plans.filter((p) => p.index >= 0).map((p): [number, string] => [p.index, p.header]),
    ...match.unknown.map((u): [number, string] => [u.index, u.header]),
  ]);
  const headed = [...headers.keys()].sort((a, b) => a - b);
  const parentTask = table.key === PROJECTS_TABLE ? parentTaskColumn(match) : -1;
  return {
    acrossPlans,
    input,
    plans,
    sink,
    order,
    projectPlanIndex,
    defaultsProject,
    skipPlan: skip ? plans.find((p) => p.key === skip.column && p.index >= 0) : undefined,
    skipValues: new Set((skip?.values ?? []).map((v) => v.toLowerCase())),
    newRow: blankRowFactory(table.key, [...keys]),
    headed,
    notData: {
      // MS Project's Outline Level: 0 is the plan's own summary task, never a project of it.
      outlineLevel:
        table.key === PROJECTS_TABLE
          ? (match.unknown.find((u) => headerKey(u.header) === "outlinelevel")?.index ?? -1)
          : -1,
      parentTask,
      parentNames: parentTask < 0 ? undefined : rowNames(input, plans),
      colStart: match.colStart,
      colEnd: match.colEnd,
      dataStart: match.dataStart,
      headers,
      firstHeaded: headed[0] ?? -1,
      grid: input.sheet.cells,
      sectionHeading: sectionHeadingFinder(
        input.sheet,
        headed,
        { start: match.dataStart, end: match.dataEnd },
        projectPlan?.index ?? -1,
      ),
      // Only the project list: elsewhere (a person, an allocation) a row of a name and numbers is data.
      // Judged on the template's columns: a parent's Duration ("386d", the span) or Health is no roll-up.
      summaryRow:
        table.key === PROJECTS_TABLE
          ? summaryRowFinder(
              input.sheet,
              // Once each: a Project Name read as the IDs is bound twice.
              [...new Set(plans.map((p) => p.index).filter((c) => c >= 0))].sort((a, b) => a - b),
              { start: match.dataStart, end: match.dataEnd },
              projectPlan?.index ?? -1,
            )
          : () => -1,
    },
  };
}

type RowKind = "blank" | NotDataKind | "skipped" | "data";

/** Blank, a row that is not data (reported: totals, example, repeated header, heading), a row the template skips, or data. */
function classifyRow(
  reader: RowReader,
  cells: readonly RawScalar[],
  width: number,
  r: number,
  findings: Finding[],
): RowKind {
  const { sheet, file } = reader.input;
  // A row with nothing under the table's headers is blank, whatever stray note sits beside it.
  if (isBlankRow(reader.headed, cells)) return "blank";
  const notData = notDataRow(reader.notData, cells, width, r);
  if (notData !== null) {
    findings.push(notDataFinding(file, sheet, notData, cells, r));
    return notData.kind;
  }
  const skipPlan = reader.skipPlan;
  if (skipPlan !== undefined) {
    const v = cells[skipPlan.index] ?? skipPlan.fill?.get(r) ?? null;
    if (typeof v === "string" && reader.skipValues.has(v.trim().toLowerCase())) return "skipped";
  }
  return "data";
}

/** One data row: every column in reading order, findings pointed at the cell being read. */
function readRow(reader: RowReader, cells: readonly RawScalar[], r: number, sheetRow: number): NormRow {
  const { plans, order, projectPlanIndex, defaultsProject, sink, input } = reader;
  const row = reader.newRow({ file: input.file, sheet: input.sheet.name, row: sheetRow });
  for (let o = 0; o < order.length; o++) {
    const p = order[o] as number;
    const plan = plans[p] as ColumnPlan;
    let value: CellValue = null;
    if (plan.index < 0) {
      if (p === projectPlanIndex && defaultsProject !== null) value = defaultsProject;
      row[plan.key] = value;
      if (p === projectPlanIndex) sink.projectId = value as string | null;
      continue;
    }
    sink.plan = plan;
    value = readCell(reader, plan, cells, r, sheetRow);
    if (cellWasBlank()) {
      const colours = plan.colours;
      const colour = colours?.byRow.get(r);
      if (p === projectPlanIndex && defaultsProject !== null) value = defaultsProject;
      else if (colours !== null && colour !== undefined) {
        value = colour;
        sink.note("rag-from-colour", colours.note);
      } else if (plan.def.required === true) {
        sink.error(
          "required-missing",
          `${plan.header} is blank in row ${sheetRow}; it is required, so fill it in.`,
        );
      }
    } else if (typeof value === "number") {
      value = checkNumber(reader, plan, value, sheetRow);
    }
    row[plan.key] = value;
    if (p === projectPlanIndex) sink.projectId = typeof value === "string" ? value : null;
  }
  return row as NormRow;
}

/**
 * A resource plan's row, its months (or weeks) across: one row per month with a filled cell, each a
 * copy of the sheet row's other columns with the month and its amount (its weeks added up). A month
 * with a bad cell has no amount (the cell's finding says why); a blank month is no row.
 */
function readAcross(
  reader: RowReader,
  across: MonthsAcrossRead,
  row: NormRow,
  cells: readonly RawScalar[],
  r: number,
  sheetRow: number,
  rows: NormRow[],
): void {
  const { sink } = reader;
  // Month → its amount so far (null once a cell of it is bad), in the order the months come.
  const amounts = new Map<MonthIndex, number | null>();
  reader.acrossPlans.forEach((plan, i) => {
    sink.plan = plan;
    let value = readCell(reader, plan, cells, r, sheetRow);
    if (cellWasBlank()) return;
    if (typeof value === "number") value = checkNumber(reader, plan, value, sheetRow);
    const header = across.months[i] as MonthHeader;
    // A week spanning two months is split by its working days in each.
    for (const { month, share } of header.shares ?? [{ month: header.month, share: 1 }]) {
      const sum = amounts.has(month) ? (amounts.get(month) ?? null) : 0;
      amounts.set(month, sum === null || typeof value !== "number" ? null : sum + value * share);
    }
  });
  sink.plan = null;
  for (const [month, amount] of amounts) {
    // A share of the person's time is that many person-weeks of the month's working days
    // (priced in the person's hours once the names are linked: personWeeksAsHours).
    const value = across.shares && amount !== null ? (amount * workingDaysInMonth(month)) / 5 : amount;
    rows.push(monthRow(reader, row, across.month.key, month, across.value.key, value));
  }
}

/** A copy of the sheet row's other columns for one month, with the month and its amount. */
function monthRow(
  reader: RowReader,
  row: NormRow,
  monthKey: string,
  month: MonthIndex,
  valueKey: string,
  value: number | null,
): NormRow {
  const copy = reader.newRow(row.src);
  Object.assign(copy, row);
  copy[monthKey] = month;
  copy[valueKey] = value;
  return copy as NormRow;
}

/**
 * A resource plan's row given as a period (`input.period`): one row per month the period covers,
 * its amount spread by the month's working days in the period (a share of the person's time as
 * person-weeks, hours a week as hours). A blank start, end or amount, a bad one, an end before the
 * start or a period over five years is reported at its cell and gives no row.
 */
function readPeriod(
  reader: RowReader,
  period: PeriodRead,
  row: NormRow,
  cells: readonly RawScalar[],
  r: number,
  sheetRow: number,
  rows: NormRow[],
): void {
  const { sink } = reader;
  const values: (CellValue | undefined)[] = [];
  reader.acrossPlans.forEach((plan, i) => {
    sink.plan = plan;
    const value = readCell(reader, plan, cells, r, sheetRow);
    if (cellWasBlank()) {
      sink.error(
        "required-missing",
        `${plan.header} is blank in row ${sheetRow}; the period needs it, so fill it in.`,
      );
      values[i] = undefined;
    } else values[i] = typeof value === "number" ? checkNumber(reader, plan, value, sheetRow) : value;
  });
  const [start, end, amount] = values;
  if (typeof start !== "number" || typeof end !== "number" || typeof amount !== "number") {
    sink.plan = null;
    return;
  }
  // The span is checked before the months are listed: untrusted dates may be 8,000 years apart.
  if (end < start || periodMonthCount(start, end) > MAX_PERIOD_MONTHS) {
    sink.plan = reader.acrossPlans[1] ?? null;
    sink.error(
      "period-invalid",
      end < start
        ? `${period.end.header} is before ${period.start.header} in row ${sheetRow}; correct whichever date is wrong.`
        : `The period in row ${sheetRow} runs over ${MAX_PERIOD_MONTHS / 12} years; check ${period.start.header} and ${period.end.header}.`,
    );
    sink.plan = null;
    return;
  }
  sink.plan = null;
  for (const { month, days } of monthsOfPeriod(start, end)) {
    rows.push(monthRow(reader, row, period.month.key, month, period.value.key, (amount * days) / 5));
  }
}

/** One info finding for the notes under a table: where they are and the first one's text. */
function notesFinding(reader: RowReader, notes: readonly TrailingNote[]): Finding {
  const { sheet, file } = reader.input;
  const first = notes[0] as TrailingNote;
  const last = notes[notes.length - 1] as TrailingNote;
  const rows =
    notes.length === 1 ? `Row ${sheet.top + first.r}` : `Rows ${sheet.top + first.r}–${sheet.top + last.r}`;
  const text = first.text.length > 40 ? `${first.text.slice(0, 40)}…` : first.text;
  const sheetRow = sheet.top + first.r;
  return sheetFinding(
    file,
    sheet.name,
    "info",
    "notes-below-table",
    `${rows} of sheet "${sheet.name}", under the table after a blank row, hold${notes.length === 1 ? "s" : ""} ` +
      `only a note in one cell ("${text}"); read as a note, not as data. If ${notes.length === 1 ? "it is a row" : "they are rows"} ` +
      `of the table, fill in the other columns.`,
    { cell: a1(sheetRow, sheet.left + first.c), row: sheetRow, column: null },
  );
}

/**
 * The grid rows of the match that are not data (totals, examples, guidance, repeated headers,
 * headings, summary rows, rows the template skips), told as the row loop tells them, without their
 * findings. Blank rows are not listed: they hold nothing to decide from.
 */
export function nonDataRows(reader: RowReader): Set<number> {
  const { sheet, match } = reader.input;
  const grid = sheet.cells;
  const cells: RawScalar[] = [];
  const found = new Set<number>();
  const findings: Finding[] = [];
  let filled = 0;
  const end = Math.min(match.dataEnd, grid.height);
  for (let r = match.dataStart; r < end; r++) {
    const width = grid.copyRow(r, cells);
    for (let c = width; c < filled; c++) cells[c] = null;
    filled = width;
    const kind = classifyRow(reader, cells, width, r, findings);
    if (kind !== "data" && kind !== "blank") found.add(r);
  }
  return found;
}

/** Reads the data rows of the match; returns them and how many rows the template's skip rule left out. */
export function readRows(reader: RowReader, findings: Finding[]): { rows: NormRow[]; skipped: number } {
  const { sheet, match } = reader.input;
  const { sink } = reader;
  const rows: NormRow[] = [];
  let skipped = 0;
  const grid = sheet.cells;
  // One row at a time in one array: the grid is read once per cell, then the row is read as an
  // array (blank test, totals label, each column), and 200,000 rows make no 200,000 arrays.
  const cells: RawScalar[] = [];
  let filled = 0;
  let end = Math.min(match.dataEnd, grid.height);
  // An Excel table's range ends its data; a plain range may have notes written under it.
  const notes = match.listObject === null ? trailingNotes(grid, reader.headed, match.dataStart, end) : [];
  end = notes[0]?.r ?? end;
  for (let r = match.dataStart; r < end; r++) {
    const width = grid.copyRow(r, cells);
    for (let c = width; c < filled; c++) cells[c] = null;
    filled = width;
    const sheetRow = sheet.top + r;
    sink.row = sheetRow;
    sink.plan = null;
    sink.projectId = null;
    const kind = classifyRow(reader, cells, width, r, findings);
    if (kind === "skipped") skipped++;
    if (kind !== "data") continue;
    const row = readRow(reader, cells, r, sheetRow);
    const across = reader.input.across ?? null;
    const period = reader.input.period ?? null;
    if (across !== null) readAcross(reader, across, row, cells, r, sheetRow, rows);
    else if (period !== null) readPeriod(reader, period, row, cells, r, sheetRow, rows);
    else rows.push(row);
  }
  // After the rows' findings: the notes are below them.
  if (notes.length > 0) findings.push(notesFinding(reader, notes));
  sink.plan = null;
  return { rows, skipped };
}
