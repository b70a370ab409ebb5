import type { CarriedPeriod, History } from "../cycle/history";
import { HISTORY_PERIODS } from "../cycle/history";
import {
  PORTFOLIO_HISTORY,
  PROJECT_HISTORY,
  RISK_HISTORY,
  type HistoryTableDef,
  type HistoryValueKind,
} from "../cycle/historyTables";
import { historyPeriods } from "../cycle/mergeHistory";
import { columnLetters } from "../model/a1";
import { fitRows } from "./cellText";
import { FORMATS, numberCell, textCell } from "./formats";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "../model/ownedSheets";
import type { PlanCell, RowRunPlan, SheetPlan, Theme } from "./types";

/**
 * The three tables sit one under the other, each from column A, so that every ProjectHistory and
 * RiskHistory row holds that table's cells alone and a period's rows can be stored (and carried to
 * next month) as one unit. PortfolioHistory's header is on this row; the trend charts read it.
 */
export const HISTORY_HEADER_ROW = 4;
const LINKS_ROW = 3;
const PORTFOLIO_COL = 1;
/** Blank rows between one table's last row and the next table's header. */
const GAP = 2;

const FORMAT_OF: Readonly<Record<HistoryValueKind, string | undefined>> = {
  date: undefined,
  text: undefined,
  boolean: undefined,
  count: FORMATS.count,
  money: FORMATS.money,
  ratio: FORMATS.ratio,
  percent: FORMATS.percent1,
  days: FORMATS.days,
};

/**
 * Every cell format a history row uses, in a fixed order: the file writer registers them first, so
 * a period stored last month still points at the right formats this month.
 */
export const HISTORY_RUN_FORMATS: readonly (string | undefined)[] = [
  undefined,
  FORMATS.count,
  FORMATS.money,
  FORMATS.ratio,
  FORMATS.percent1,
  FORMATS.days,
];

const NUMERIC: ReadonlySet<HistoryValueKind> = new Set(["count", "money", "ratio", "percent", "days"]);

function cellOf(kind: HistoryValueKind, value: unknown): PlanCell {
  if (kind === "boolean") return textCell(value === true ? "Yes" : "No");
  if (typeof value === "number") return numberCell(value, FORMAT_OF[kind] ?? FORMATS.count);
  // Dates stay ISO text: they read back the same in every locale and label the trend charts as written.
  return textCell(typeof value === "string" ? value : null);
}

/** Kinds whose values repeat from period to period (IDs, names, phases, RAGs, dates, counts). */
const REPEATING: ReadonlySet<HistoryValueKind> = new Set(["date", "text", "boolean", "count", "days"]);

/**
 * The cells of one history column. PMO History holds up to 36 periods of every project, and most
 * of a project's text and counts are the same each period, so equal values share one (read-only)
 * cell.
 */
function columnCells(kind: HistoryValueKind): (value: unknown) => PlanCell {
  if (!REPEATING.has(kind)) return (value) => cellOf(kind, value);
  const shared = new Map<unknown, PlanCell>();
  return (value) => {
    let cell = shared.get(value);
    if (cell === undefined) {
      cell = cellOf(kind, value);
      shared.set(value, cell);
    }
    return cell;
  };
}

/** Rows → plan cells, column by column in the table's order. */
function rowCells<Row>(def: HistoryTableDef<Row>): (rows: readonly Row[]) => PlanCell[][] {
  const keys = def.columns.map((c) => c.key);
  const cells = def.columns.map((c) => columnCells(c.kind));
  return (rows) =>
    rows.map((row) => {
      const out: PlanCell[] = new Array<PlanCell>(keys.length);
      for (let i = 0; i < keys.length; i++)
        out[i] = (cells[i] as (value: unknown) => PlanCell)(row[keys[i] as keyof Row]);
      return out;
    });
}

function header<Row>(sheet: SheetBuilder, row: number, def: HistoryTableDef<Row>): void {
  sheet.rows(row, PORTFOLIO_COL, [
    def.columns.map((c) => ({
      value: c.header,
      style: NUMERIC.has(c.kind) ? "tableHeaderRight" : "tableHeader",
    })),
  ]);
}

/** One run per period, in period order: a carried period's stored rows, or this build's rows. */
function periodRuns<Row extends { readonly asOf: string }>(
  def: HistoryTableDef<Row>,
  history: History,
  rows: readonly Row[],
  carried: (period: CarriedPeriod) => { count: number; stored: unknown; rows: () => readonly Row[] },
): Omit<RowRunPlan, "row">[] {
  const toCells = rowCells(def);
  const columns = def.columns.length;
  const byPeriod = new Map<string, Row[]>();
  for (const row of rows) {
    const list = byPeriod.get(row.asOf);
    if (list === undefined) byPeriod.set(row.asOf, [row]);
    else list.push(row);
  }
  const runs: Omit<RowRunPlan, "row">[] = [];
  for (const period of historyPeriods(history)) {
    const key = `${def.name} ${period}`;
    const kept = (history.carried ?? []).find((p) => p.asOf === period);
    if (kept !== undefined) {
      const { count, stored, rows: read } = carried(kept);
      if (count > 0) runs.push({ key, rows: count, columns, stored, cells: () => fitRows(toCells(read())) });
      continue;
    }
    const own = byPeriod.get(period) ?? [];
    if (own.length > 0) runs.push({ key, rows: own.length, columns, cells: fitRows(toCells(own)) });
  }
  return runs;
}

/**
 * A table of runs under its header at `row`: its last row (the header's when it has no rows; an
 * Excel table needs a data row, so then the header stands alone).
 */
function runTable<Row>(
  sheet: SheetBuilder,
  row: number,
  def: HistoryTableDef<Row>,
  runs: readonly Omit<RowRunPlan, "row">[],
): number {
  header(sheet, row, def);
  let next = row + 1;
  for (const run of runs) {
    sheet.rowRun({ ...run, row: next });
    next += run.rows;
  }
  return next - 1;
}

/** The Excel table over a run table, when it has rows. */
function addTable<Row>(sheet: SheetBuilder, def: HistoryTableDef<Row>, header: number, last: number): void {
  if (last > header) sheet.table(def.name, header, PORTFOLIO_COL, last, def.columns.length);
}

/**
 * A column of the PortfolioHistory table (data rows only) as an A1 range on PMO History, for the
 * dashboard's trend charts.
 */
export function portfolioHistoryRange(
  key: (typeof PORTFOLIO_HISTORY.columns)[number]["key"],
  rows: number,
): string {
  const index = PORTFOLIO_HISTORY.columns.findIndex((c) => c.key === key);
  const letters = columnLetters(PORTFOLIO_COL + index);
  return `${letters}${HISTORY_HEADER_ROW + 1}:${letters}${HISTORY_HEADER_ROW + rows}`;
}

/** Free text that would otherwise be cut at the column edge. */
const WIDE: Readonly<Record<string, number>> = { "Project Name": 28, Title: 36 };

/** The tables share columns: each column as wide as its widest header (or text) needs. */
function widths(sheet: SheetBuilder): void {
  const defs = [PORTFOLIO_HISTORY, PROJECT_HISTORY, RISK_HISTORY] as const;
  const count = Math.max(...defs.map((d) => d.columns.length));
  for (let i = 0; i < count; i++) {
    const width = Math.max(
      ...defs.map((d) => {
        const header = d.columns[i]?.header ?? "";
        return WIDE[header] ?? Math.max(11, Math.min(18, header.length + 2));
      }),
    );
    sheet.width(PORTFOLIO_COL + i, width);
  }
}

/** Row 3: a link to each table's header (ProjectHistory can be 180,000 rows down). */
function links(sheet: SheetBuilder, at: Readonly<Record<string, number>>): void {
  sheet.text(LINKS_ROW, 1, "Go to:", "subtitle");
  Object.entries(at).forEach(([name, row], i) =>
    sheet.cell(LINKS_ROW, 2 + i * 2, {
      value: name,
      style: "link",
      link: { sheet: SHEET_NAMES.history, cell: `A${row}` },
    }),
  );
}

/** The owned sheet PMO History: PortfolioHistory, RiskHistory and ProjectHistory as Excel tables. */
export function buildHistorySheet(history: History, theme: Theme, periods = HISTORY_PERIODS): SheetPlan {
  const sheet = new SheetBuilder(SHEET_NAMES.history, { tabColor: theme.palette[7] });
  sheet.text(1, 1, "History — one row per period, read back at every build", "title");
  sheet.text(
    2,
    1,
    `PMO Pulse keeps the latest ${periods} periods here (the History periods setting). A rebuild of the same as-of replaces its rows; delete a period's rows to forget it.`,
    "subtitle",
  );
  sheet.freeze(LINKS_ROW, 0);
  widths(sheet);
  sheet.dataTable(
    HISTORY_HEADER_ROW,
    PORTFOLIO_COL,
    PORTFOLIO_HISTORY.columns.map((c) => c.header),
    rowCells(PORTFOLIO_HISTORY)(history.portfolio),
    {
      tableName: PORTFOLIO_HISTORY.name,
      tableStyle: "TableStyleLight9",
    },
  );
  sheet.runFormats(HISTORY_RUN_FORMATS);
  const riskRow = HISTORY_HEADER_ROW + Math.max(history.portfolio.length, 1) + 1 + GAP;
  const riskRuns = periodRuns(RISK_HISTORY, history, history.risks, (p) => ({
    count: p.riskRows,
    stored: p.stored.risks,
    rows: () => p.read().risks,
  }));
  const riskLast = runTable(sheet, riskRow, RISK_HISTORY, riskRuns);
  const projectRow = Math.max(riskLast, riskRow + 1) + 1 + GAP;
  const projectRuns = periodRuns(PROJECT_HISTORY, history, history.projects, (p) => ({
    count: p.projectRows,
    stored: p.stored.projects,
    rows: () => p.read().projects,
  }));
  const projectLast = runTable(sheet, projectRow, PROJECT_HISTORY, projectRuns);
  // Listed in the spec's order (the sheet shows RiskHistory first: ProjectHistory is the long one).
  addTable(sheet, PROJECT_HISTORY, projectRow, projectLast);
  addTable(sheet, RISK_HISTORY, riskRow, riskLast);
  links(sheet, {
    [PORTFOLIO_HISTORY.name]: HISTORY_HEADER_ROW,
    [RISK_HISTORY.name]: riskRow,
    [PROJECT_HISTORY.name]: projectRow,
  });
  return sheet.build();
}
