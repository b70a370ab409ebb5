import type { ProjectKpis } from "../../kpi/report";
import { columnLetters } from "../../model/a1";
import { isInScope } from "../../kpi/scope";
import { compareText } from "../../kpi/sortText";
import { FORMATS, numberCell, textCell } from "../formats";
import type { SeriesPlan } from "../types";
import { CHART_ROWS, FIRST_COL, SPLIT_COL, chartAt, noData, type DashboardContext } from "./layout";

/** Projects named on the chart: the lowest worst-of-SPI-and-CPI. */
export const LABELLED_PROJECTS = 5;
/** Space around the data on each axis. */
const MARGIN = 0.05;

type Plotted = ProjectKpis & { spi: number; cpi: number };

/**
 * Axis bounds that start near the data (not at 0) and keep 1.0, the on-plan line, in view: the
 * data's range widened by 0.05 and rounded out to a tenth.
 * @example axisBounds([0.56, 1.08]) // { min: 0.5, max: 1.2 }
 */
export function axisBounds(values: readonly number[]): { min: number; max: number } {
  const lo = Math.min(1, ...values) - MARGIN;
  const hi = Math.max(1, ...values) + MARGIN;
  return { min: Math.max(0, Math.floor(lo * 10) / 10), max: Math.ceil(hi * 10) / 10 };
}

/** The worst projects first (each becomes its own labelled series), then the rest in input order. */
function orderForChart(plotted: readonly Plotted[]): { worst: Plotted[]; rest: Plotted[] } {
  const worst = [...plotted]
    .sort((a, b) => Math.min(a.spi, a.cpi) - Math.min(b.spi, b.cpi) || compareText(a.projectId, b.projectId))
    .slice(0, LABELLED_PROJECTS);
  const named = new Set(worst);
  return { worst, rest: plotted.filter((p) => !named.has(p)) };
}

/**
 * SPI vs CPI per counted project in scope, bubble size = budget. The worst projects are separate
 * series labelled with their Project ID; the axes start near the data. Its data can be thousands
 * of rows: placed last in the chart-data column.
 */
export function spiCpiBubbles(context: DashboardContext, top: number): void {
  const plotted = context.input.report.projects.filter(
    (p): p is Plotted => p.spi !== null && p.cpi !== null && isInScope(p.phase) && !p.excluded,
  );
  if (plotted.length === 0) {
    noData(context, top, FIRST_COL, "No project has both SPI and CPI yet.");
    return;
  }
  const { worst, rest } = orderForChart(plotted);
  const ordered = [...worst, ...rest];
  context.data.defer(() => {
    const t = context.data.place(
      ["Project ID", "SPI", "CPI", "Budget"],
      ordered.map((p) => [
        textCell(p.projectId),
        numberCell(p.spi, FORMATS.ratio),
        numberCell(p.cpi, FORMATS.ratio),
        numberCell(p.bac, FORMATS.money),
      ]),
    );
    const rows = (from: number, count: number, col: string) => {
      const first = t.firstRow + from;
      return `${col}${first}:${col}${first + count - 1}`;
    };
    const letter = (index: number) => columnLetters(t.firstCol + index);
    const series = (
      name: string,
      from: number,
      projects: readonly Plotted[],
      label: boolean,
    ): SeriesPlan => ({
      name,
      categories: rows(from, projects.length, letter(1)),
      values: rows(from, projects.length, letter(2)),
      sizes: rows(from, projects.length, letter(3)),
      colors: label ? [context.theme.rag.Red] : undefined,
      ...(label ? { label: "seriesName" as const } : {}),
      categoryCache: projects.map((p) => p.spi),
      valueCache: projects.map((p) => p.cpi),
      sizeCache: projects.map((p) => p.bac ?? 0),
    });
    const x = axisBounds(plotted.map((p) => p.spi));
    const y = axisBounds(plotted.map((p) => p.cpi));
    chartAt(context, {
      id: "spiVsCpi",
      type: "bubble",
      title: `SPI vs CPI per project (bubble size = budget; the ${worst.length} worst named)`,
      from: { row: top, col: FIRST_COL },
      to: { row: top + CHART_ROWS, col: SPLIT_COL },
      xAxisTitle: "SPI (schedule)",
      yAxisTitle: "CPI (cost)",
      valueFormat: FORMATS.ratio,
      xAxisMin: x.min,
      xAxisMax: x.max,
      yAxisMin: y.min,
      yAxisMax: y.max,
      legend: "none",
      series: [
        ...(rest.length > 0 ? [series("Projects", worst.length, rest, false)] : []),
        ...worst.map((p, i) => series(p.projectId, i, [p], true)),
      ],
    });
  });
}
