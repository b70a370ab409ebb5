import type { PortfolioHistoryRow } from "../../cycle/history";
import { FORMATS } from "../formats";
import { portfolioHistoryRange } from "../historySheet";
import { SHEET_NAMES } from "../../model/ownedSheets";
import type { SeriesPlan } from "../types";
import {
  CHART_ROWS,
  FIRST_COL,
  LAST_COL,
  PAGE_SPAN,
  SPLIT_COL,
  chartAt,
  type DashboardBlock,
} from "./layout";

type Key = keyof Omit<PortfolioHistoryRow, "asOf">;

/** Computed RAG colour for the Unknown band (projects excluded for data errors). */
const UNKNOWN_COLOR = "A6A6A6";

/**
 * Trends, with two or more periods: portfolio SPI and CPI by period (lines) and computed RAG
 * counts by period (stacked columns). Both charts read the PortfolioHistory cells on PMO History.
 */
export const trendsBand: DashboardBlock = (context, row) => {
  const cycle = context.input.cycle;
  const rows = cycle?.history.portfolio ?? [];
  if (rows.length < 2) return row;
  const { theme, sheet } = context;
  sheet.section(row, FIRST_COL, "Trends", PAGE_SPAN);
  const top = row + 1;
  const periods = rows.map((r) => r.asOf);
  const series = (name: string, key: Key, color?: string): SeriesPlan => ({
    name,
    sheet: SHEET_NAMES.history,
    categories: portfolioHistoryRange("asOf", rows.length),
    values: portfolioHistoryRange(key, rows.length),
    categoryCache: periods,
    valueCache: rows.map((r) => r[key]),
    ...(color === undefined ? {} : { colors: [color] }),
  });
  chartAt(context, {
    id: "trendSpiCpi",
    type: "line",
    title: "Portfolio SPI and CPI by period",
    from: { row: top, col: FIRST_COL },
    to: { row: top + CHART_ROWS, col: SPLIT_COL },
    valueFormat: FORMATS.ratio,
    series: [series("SPI", "spi", theme.palette[1]), series("CPI", "cpi", theme.palette[6])],
  });
  chartAt(context, {
    id: "trendRag",
    type: "columnStacked",
    title: "Computed RAG by period (active projects)",
    from: { row: top, col: SPLIT_COL },
    to: { row: top + CHART_ROWS, col: LAST_COL + 1 },
    valueFormat: FORMATS.count,
    series: [
      series("Green", "green", theme.rag.Green),
      series("Amber", "amber", theme.rag.Amber),
      series("Red", "red", theme.rag.Red),
      series("Unknown", "unknown", UNKNOWN_COLOR),
    ],
  });
  return top + CHART_ROWS + 1;
};
