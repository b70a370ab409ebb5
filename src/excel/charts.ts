/** Renders the plan's charts as native Excel charts whose series point at the sheet's ranges. */
import type { ChartPlan, ChartType, SeriesPlan, Theme } from "../core/plan/types";
import { cellAddress } from "../core/model/a1";
import { hexColor } from "./styleFormat";

const EXCEL_TYPES: Readonly<
  Record<ChartType, "Doughnut" | "ColumnClustered" | "BarClustered" | "Line" | "XYScatter" | "Bubble">
> = {
  doughnut: "Doughnut",
  columnClustered: "ColumnClustered",
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
 * Queues a chart: created from the first series' values, then every series set explicitly
 * (values, categories or X values, bubble sizes), titles, legend, number format and position.
 */
export function addChart(sheet: Excel.Worksheet, plan: ChartPlan, theme: Theme): void {
  const [first] = plan.series;
  if (first === undefined) return;
  const chart = sheet.charts.add(EXCEL_TYPES[plan.type], sheet.getRange(first.values), "Columns");
  chart.name = plan.id;
  chart.title.text = plan.title;
  plan.series.forEach((series, index) => {
    const excelSeries = index === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
    excelSeries.name = series.name;
    if (plan.type === "columnLine") excelSeries.chartType = series.as === "line" ? "Line" : "ColumnClustered";
    excelSeries.setValues(sheet.getRange(series.values));
    excelSeries.setXAxisValues(sheet.getRange(series.categories));
    if (plan.type === "bubble" && series.sizes !== undefined)
      excelSeries.setBubbleSizes(sheet.getRange(series.sizes));
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
