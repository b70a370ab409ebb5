import { FORMATS, numberCell, textCell } from "../formats";
import { spiCpiBubbles } from "./bubbleChart";
import {
  CHART_ROWS,
  FIRST_COL,
  LAST_COL,
  PAGE_SPAN,
  SPLIT_COL,
  chartAt,
  noData,
  type DashboardBlock,
  type DashboardContext,
} from "./layout";

/**
 * Planned hours (columns) against capacity (line) per month; months after the as-of month are
 * forward demand, a separate lighter series in the same slot.
 */
function capacityVsDemand(context: DashboardContext, top: number): void {
  const months = context.input.report.capacity.byMonth;
  if (months.length === 0) {
    noData(context, top, SPLIT_COL, "No allocations: add an Allocations sheet to see capacity vs demand.");
    return;
  }
  const t = context.data.place(
    ["Month", "Capacity hours", "Planned hours", "Forecast planned hours"],
    months.map((m) => [
      textCell(m.month),
      numberCell(m.capacityHours, FORMATS.hours),
      numberCell(m.forecast ? null : m.plannedHours, FORMATS.hours),
      numberCell(m.forecast ? m.plannedHours : null, FORMATS.hours),
    ]),
  );
  const cats = months.map((m) => m.month);
  const anyForecast = months.some((m) => m.forecast);
  chartAt(context, {
    id: "capacityVsDemand",
    type: "columnLine",
    title: anyForecast
      ? "Capacity vs demand by month (hours; light columns: forecast after the as-of month)"
      : "Capacity vs demand by month (hours)",
    from: { row: top, col: SPLIT_COL },
    to: { row: top + CHART_ROWS, col: LAST_COL + 1 },
    valueFormat: FORMATS.hours,
    overlapColumns: anyForecast,
    series: [
      {
        name: "Planned hours (demand)",
        as: "column",
        categories: t.column(0),
        values: t.column(2),
        categoryCache: cats,
        valueCache: months.map((m) => (m.forecast ? null : m.plannedHours)),
      },
      ...(anyForecast
        ? [
            {
              name: "Forecast planned hours",
              as: "column" as const,
              categories: t.column(0),
              values: t.column(3),
              colors: [FORECAST_COLOUR],
              categoryCache: cats,
              valueCache: months.map((m) => (m.forecast ? m.plannedHours : null)),
            },
          ]
        : []),
      {
        name: "Capacity hours",
        as: "line",
        categories: t.column(0),
        values: t.column(1),
        colors: [context.theme.rag.Red],
        categoryCache: cats,
        valueCache: months.map((m) => m.capacityHours),
      },
    ],
  });
}

/** Forecast demand: a light tint of the planned-hours colour. */
const FORECAST_COLOUR = "BDD7EE";

/** "Performance and capacity": the SPI/CPI bubbles (with how to read them) beside capacity vs demand. */
export const performanceBand: DashboardBlock = (context, row) => {
  context.sheet.section(row, FIRST_COL, "Performance and capacity", PAGE_SPAN);
  spiCpiBubbles(context, row + 1);
  context.sheet.text(
    row + CHART_ROWS + 2,
    FIRST_COL,
    "SPI vs CPI: right of 1.0 is ahead of schedule, above 1.0 is under budget; bottom-left is late and over budget.",
    "note",
  );
  capacityVsDemand(context, row + 1);
  return row + CHART_ROWS + 4;
};
