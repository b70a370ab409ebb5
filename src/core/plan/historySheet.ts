import type { History } from "../cycle/history";
import { HISTORY_PERIODS } from "../cycle/history";
import {
  PORTFOLIO_HISTORY,
  PROJECT_HISTORY,
  RISK_HISTORY,
  type HistoryTableDef,
  type HistoryValueKind,
} from "../cycle/historyTables";
import { columnLetters } from "../model/a1";
import { FORMATS, numberCell, textCell } from "./formats";
import { SheetBuilder } from "./sheetBuilder";
import { SHEET_NAMES } from "./sheetNames";
import type { PlanCell, SheetPlan, Theme } from "./types";

/** The three tables sit side by side (each grows down), headers on this row. */
export const HISTORY_HEADER_ROW = 4;
const GAP = 1;
const PORTFOLIO_COL = 1;
const PROJECT_COL = PORTFOLIO_COL + PORTFOLIO_HISTORY.columns.length + GAP;
const RISK_COL = PROJECT_COL + PROJECT_HISTORY.columns.length + GAP;

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
 * cell: the plan of a 36-period history of 5,000 projects holds a fraction of its 3.4 M cells.
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

function table<Row>(sheet: SheetBuilder, col: number, def: HistoryTableDef<Row>, rows: readonly Row[]): void {
  def.columns.forEach((c, i) => sheet.width(col + i, Math.max(9, Math.min(18, c.header.length + 2))));
  const keys = def.columns.map((c) => c.key);
  const cells = def.columns.map((c) => columnCells(c.kind));
  sheet.dataTable(
    HISTORY_HEADER_ROW,
    col,
    def.columns.map((c) => c.header),
    rows.map((row) => {
      const out: PlanCell[] = new Array<PlanCell>(keys.length);
      for (let i = 0; i < keys.length; i++)
        out[i] = (cells[i] as (value: unknown) => PlanCell)(row[keys[i] as keyof Row]);
      return out;
    }),
    { tableName: def.name, tableStyle: "TableStyleLight9" },
  );
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

/** The owned sheet PMO History: PortfolioHistory, ProjectHistory and RiskHistory as Excel tables. */
export function buildHistorySheet(history: History, theme: Theme): SheetPlan {
  const sheet = new SheetBuilder(SHEET_NAMES.history, { tabColor: theme.palette[7] });
  sheet.text(1, 1, "History — one row per period, read back at every build", "title");
  sheet.text(
    2,
    1,
    `PMO Pulse keeps the latest ${HISTORY_PERIODS} periods here. A rebuild of the same as-of replaces its rows; delete a period's rows to forget it.`,
    "subtitle",
  );
  sheet.freeze(HISTORY_HEADER_ROW, 0);
  table(sheet, PORTFOLIO_COL, PORTFOLIO_HISTORY, history.portfolio);
  table(sheet, PROJECT_COL, PROJECT_HISTORY, history.projects);
  table(sheet, RISK_COL, RISK_HISTORY, history.risks);
  return sheet.build();
}
