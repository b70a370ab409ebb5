import { isInScope } from "../../kpi/scope";
import type { ProjectKpis } from "../../kpi/report";
import { FORMATS, numberCell, textCell } from "../formats";
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

type Plotted = ProjectKpis & { spi: number; cpi: number };

/** SPI vs CPI per project in scope, bubble size = budget. Its data can be thousands of rows: placed last. */
function spiCpiBubbles(context: DashboardContext, top: number): void {
  const plotted = context.input.report.projects.filter(
    (p): p is Plotted => p.spi !== null && p.cpi !== null && isInScope(p.phase),
  );
  if (plotted.length === 0) {
    noData(context, top, FIRST_COL, "No project has both SPI and CPI yet.");
    return;
  }
  context.data.defer(() => {
    const t = context.data.place(
      ["Project ID", "SPI", "CPI", "Budget"],
      plotted.map((p) => [
        textCell(p.projectId),
        numberCell(p.spi, FORMATS.ratio),
        numberCell(p.cpi, FORMATS.ratio),
        numberCell(p.bac, FORMATS.money),
      ]),
    );
    chartAt(context, {
      id: "spiVsCpi",
      type: "bubble",
      title: "SPI vs CPI per project (bubble size = budget)",
      from: { row: top, col: FIRST_COL },
      to: { row: top + CHART_ROWS, col: SPLIT_COL },
      xAxisTitle: "SPI (schedule)",
      yAxisTitle: "CPI (cost)",
      valueFormat: FORMATS.ratio,
      legend: "none",
      series: [
        {
          name: "Projects",
          categories: t.column(1),
          values: t.column(2),
          sizes: t.column(3),
          categoryCache: plotted.map((p) => p.spi),
          valueCache: plotted.map((p) => p.cpi),
          sizeCache: plotted.map((p) => p.bac),
        },
      ],
    });
  });
}

/** Planned hours (columns) against capacity (line) per month. */
function capacityVsDemand(context: DashboardContext, top: number): void {
  const months = context.input.report.capacity.byMonth;
  if (months.length === 0) {
    noData(context, top, SPLIT_COL, "No allocations: add an Allocations sheet to see capacity vs demand.");
    return;
  }
  const t = context.data.place(
    ["Month", "Capacity hours", "Planned hours"],
    months.map((m) => [
      textCell(m.month),
      numberCell(m.capacityHours, FORMATS.hours),
      numberCell(m.plannedHours, FORMATS.hours),
    ]),
  );
  const cats = months.map((m) => m.month);
  chartAt(context, {
    id: "capacityVsDemand",
    type: "columnLine",
    title: "Capacity vs demand by month (hours)",
    from: { row: top, col: SPLIT_COL },
    to: { row: top + CHART_ROWS, col: LAST_COL + 1 },
    valueFormat: FORMATS.hours,
    series: [
      {
        name: "Planned hours (demand)",
        as: "column",
        categories: t.column(0),
        values: t.column(2),
        categoryCache: cats,
        valueCache: months.map((m) => m.plannedHours),
      },
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
