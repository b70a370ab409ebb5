/** Renders the plan's charts as native Excel charts whose series point at the sheet's ranges. */
import type { ChartPlan, ChartType, SeriesPlan, Theme } from "../core/plan/types";
import { cellAddress, parseRangeAddress, rangeAddress } from "../core/model/a1";
import { hexColor } from "./styleFormat";

const EXCEL_TYPES: Readonly<
  Record<
    ChartType,
    "Doughnut" | "ColumnClustered" | "ColumnStacked" | "BarClustered" | "Line" | "XYScatter" | "Bubble"
  >
> = {
  doughnut: "Doughnut",
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barClustered: "BarClustered",
  line: "Line",
  scatter: "XYScatter",
  bubble: "Bubble",
  columnLine: "ColumnClustered",
};

function isLine(plan: ChartPlan, series: SeriesPlan): boolean {
  return plan.type === "line" || (plan.type === "columnLine" && series.as === "line");
}

function colourSeries(
  excelSeries: Excel.ChartSeries,
  plan: ChartPlan,
  series: SeriesPlan,
  index: number,
  theme: Theme,
): void {
  if (plan.type === "doughnut") {
    // One colour per slice: the plan's, else the palette in order.
    series.categoryCache.forEach((_, point) => {
      const colour = series.colors?.[point] ?? theme.palette[point % Math.max(1, theme.palette.length)];
      if (colour !== undefined)
        excelSeries.points.getItemAt(point).format.fill.setSolidColor(hexColor(colour));
    });
    return;
  }
  const colour = series.colors?.[0] ?? theme.palette[index % Math.max(1, theme.palette.length)];
  if (colour === undefined) return;
  if (isLine(plan, series)) excelSeries.format.line.color = hexColor(colour);
  else excelSeries.format.fill.setSolidColor(hexColor(colour));
}

/**
 * The X, Y and size columns of a bubble series as one block (`C5:E20`) when they sit side by side
 * over the same rows, as the plan places them; null otherwise.
 */
export function bubbleBlock(series: SeriesPlan): string | null {
  if (series.sizes === undefined) return null;
  const [x, y, size] = [series.categories, series.values, series.sizes].map(parseRangeAddress);
  if (!x || !y || !size) return null;
  const sameRows = [y, size].every((r) => r.top === x.top && r.bottom === x.bottom);
  const single = [x, y, size].every((r) => r.left === r.right);
  if (!sameRows || !single || y.left !== x.left + 1 || size.left !== x.left + 2) return null;
  return rangeAddress(x.top, x.left, x.bottom, size.right);
}

/**
 * Queues a chart the way Microsoft's samples build them (office-js-snippets, excel/10-chart): a
 * bubble chart from its contiguous X / Y / size block; other charts from the first series' values,
 * later series with `series.add` followed at once by `setValues` (a new series has no data until
 * then, so nothing else is set on it before). Then titles, legend, number format and position.
 */
export function addChart(
  sheet: Excel.Worksheet,
  plan: ChartPlan,
  theme: Theme,
  sheetOf: (planSheet: string) => Excel.Worksheet = () => sheet,
): void {
  const [first] = plan.series;
  if (first === undefined) return;
  // A series may read another plan sheet (the trend charts read PMO History).
  const source = (series: SeriesPlan): Excel.Worksheet =>
    series.sheet === undefined ? sheet : sheetOf(series.sheet);
  const block = plan.type === "bubble" ? bubbleBlock(first) : null;
  const chart = sheet.charts.add(
    EXCEL_TYPES[plan.type],
    source(first).getRange(block ?? first.values),
    "Columns",
  );
  chart.name = plan.id;
  chart.title.text = plan.title;
  plan.series.forEach((series, index) => {
    const data = source(series);
    let excelSeries: Excel.ChartSeries;
    if (index === 0) {
      excelSeries = chart.series.getItemAt(0);
    } else {
      excelSeries = chart.series.add(series.name);
      excelSeries.setValues(data.getRange(series.values));
    }
    excelSeries.name = series.name;
    if (index === 0 && block === null) excelSeries.setValues(data.getRange(series.values));
    if (plan.type === "columnLine") excelSeries.chartType = series.as === "line" ? "Line" : "ColumnClustered";
    if (!(index === 0 && block !== null)) {
      excelSeries.setXAxisValues(data.getRange(series.categories));
      if (plan.type === "bubble" && series.sizes !== undefined)
        excelSeries.setBubbleSizes(data.getRange(series.sizes));
    }
    colourSeries(excelSeries, plan, series, index, theme);
    if (plan.overlapColumns === true && !isLine(plan, series)) excelSeries.overlap = 100;
    if (series.label === "seriesName") {
      excelSeries.hasDataLabels = true;
      excelSeries.dataLabels.showSeriesName = true;
      excelSeries.dataLabels.showValue = false;
    }
  });
  if (plan.type !== "doughnut") {
    if (plan.xAxisTitle !== undefined) chart.axes.categoryAxis.title.text = plan.xAxisTitle;
    if (plan.yAxisTitle !== undefined) chart.axes.valueAxis.title.text = plan.yAxisTitle;
    if (plan.valueFormat !== undefined) chart.axes.valueAxis.numberFormat = plan.valueFormat;
    axisBounds(chart, plan);
  }
  chart.legend.visible = plan.legend !== "none";
  if (plan.legend !== "none") chart.legend.position = plan.legend === "right" ? "Right" : "Bottom";
  // The plan's bottom-right cell is exclusive; setPosition's end cell is covered, so step back one.
  chart.setPosition(
    cellAddress(plan.from.row, plan.from.col),
    cellAddress(Math.max(plan.from.row, plan.to.row - 1), Math.max(plan.from.col, plan.to.col - 1)),
  );
}

/** Fixed bounds so an axis can start near the data (the X axis only holds values on scatter and bubble charts). */
function axisBounds(chart: Excel.Chart, plan: ChartPlan): void {
  const xy = plan.type === "scatter" || plan.type === "bubble";
  if (xy && plan.xAxisMin !== undefined) chart.axes.categoryAxis.minimum = plan.xAxisMin;
  if (xy && plan.xAxisMax !== undefined) chart.axes.categoryAxis.maximum = plan.xAxisMax;
  if (plan.yAxisMin !== undefined) chart.axes.valueAxis.minimum = plan.yAxisMin;
  if (plan.yAxisMax !== undefined) chart.axes.valueAxis.maximum = plan.yAxisMax;
}

/** Operations one chart queues, for payload estimates. */
export function chartOperationCount(plan: ChartPlan): number {
  const points = plan.type === "doughnut" ? plan.series.reduce((n, s) => n + s.categoryCache.length, 0) : 0;
  return 12 + plan.series.length * 10 + points;
}
