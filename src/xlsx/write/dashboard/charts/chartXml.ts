/**
 * One chart part (`xl/charts/chartN.xml`): a `c:chartSpace` whose plot area holds the chart
 * group(s) for the plan's ChartType and, except for doughnuts, two axes that cross-reference.
 * Element order is the dml-chart.xsd sequence order throughout (checked by the XSD test).
 *
 * doughnut → c:doughnutChart (one colour per point via c:dPt); columnClustered / barClustered →
 * c:barChart (barDir col / bar, clustered); columnStacked → c:barChart (col, stacked, overlap 100); line → c:lineChart; scatter → c:scatterChart
 * (markers only); bubble → c:bubbleChart; columnLine → c:barChart + c:lineChart on the same axes.
 */
import type { ChartPlan, Theme } from "../../../../core/plan/types";
import { hexColor } from "../../color";
import { CATEGORY_AXIS_ID, VALUE_AXIS_ID, categoryAxisXml, valueAxisXml } from "./axes";
import { chartTextPropertiesXml, solidFillXml, titleXml } from "./drawingText";
import { paletteColor, resolveSeries, type ResolvedSeries } from "./series";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const AXIS_IDS = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;

function head(series: ResolvedSeries): string {
  return `<c:idx val="${series.index}"/><c:order val="${series.index}"/>${series.nameXml}`;
}

function fillSpPr(color: string | undefined): string {
  return color ? `<c:spPr>${solidFillXml(color)}</c:spPr>` : "";
}

function lineSpPr(color: string | undefined): string {
  return color ? `<c:spPr><a:ln w="38100" cap="rnd">${solidFillXml(color)}<a:round/></a:ln></c:spPr>` : "";
}

function markerXml(color: string | undefined, size: number): string {
  const spPr = color
    ? `<c:spPr>${solidFillXml(color)}<a:ln w="9525">${solidFillXml(color)}</a:ln></c:spPr>`
    : "";
  return `<c:marker><c:symbol val="circle"/><c:size val="${size}"/>${spPr}</c:marker>`;
}

function barGroup(
  series: readonly ResolvedSeries[],
  direction: "col" | "bar",
  grouping: "clustered" | "stacked" = "clustered",
  overlap = grouping === "stacked",
): string {
  const ser = series
    .map(
      (s) =>
        `<c:ser>${head(s)}${fillSpPr(s.color)}<c:invertIfNegative val="0"/>` +
        `<c:cat>${s.categoriesXml}</c:cat><c:val>${s.valuesXml}</c:val></c:ser>`,
    )
    .join("");
  return (
    `<c:barChart><c:barDir val="${direction}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>` +
    // Stacked columns need a full overlap, or each series is drawn beside the others.
    `${ser}<c:gapWidth val="${grouping === "stacked" ? 60 : 150}"/>${overlap ? '<c:overlap val="100"/>' : ""}${AXIS_IDS}</c:barChart>`
  );
}

function lineGroup(series: readonly ResolvedSeries[]): string {
  const ser = series
    .map(
      (s) =>
        `<c:ser>${head(s)}${lineSpPr(s.color)}${markerXml(s.color, 7)}` +
        `<c:cat>${s.categoriesXml}</c:cat><c:val>${s.valuesXml}</c:val><c:smooth val="0"/></c:ser>`,
    )
    .join("");
  return (
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}` +
    `<c:marker val="1"/>${AXIS_IDS}</c:lineChart>`
  );
}

function scatterGroup(series: readonly ResolvedSeries[]): string {
  // Markers only: Excel's "scatter with markers" is lineMarker with the connecting line unfilled.
  const ser = series
    .map(
      (s) =>
        `<c:ser>${head(s)}<c:spPr><a:ln w="25400" cap="rnd"><a:noFill/><a:round/></a:ln></c:spPr>` +
        `${markerXml(s.color, 7)}<c:xVal>${s.categoriesXml}</c:xVal><c:yVal>${s.valuesXml}</c:yVal>` +
        `<c:smooth val="0"/></c:ser>`,
    )
    .join("");
  return `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${ser}${AXIS_IDS}</c:scatterChart>`;
}

function bubbleGroup(chart: ChartPlan, series: readonly ResolvedSeries[]): string {
  const ser = series
    .map((s) => {
      if (s.sizesXml === undefined) {
        throw new Error(`Chart "${chart.id}", series "${s.plan.name}": a bubble series needs sizes`);
      }
      const spPr = s.color
        ? `<c:spPr>${solidFillXml(s.color, 75)}<a:ln w="9525">${solidFillXml(s.color)}</a:ln></c:spPr>`
        : "";
      return (
        `<c:ser>${head(s)}${spPr}<c:invertIfNegative val="0"/>${seriesNameLabels(s)}<c:xVal>${s.categoriesXml}</c:xVal>` +
        `<c:yVal>${s.valuesXml}</c:yVal><c:bubbleSize>${s.sizesXml}</c:bubbleSize><c:bubble3D val="0"/></c:ser>`
      );
    })
    .join("");
  return (
    `<c:bubbleChart><c:varyColors val="0"/>${ser}<c:bubbleScale val="100"/>` +
    `<c:showNegBubbles val="0"/>${AXIS_IDS}</c:bubbleChart>`
  );
}

/** Points labelled with their series name (a worst project's ID on the bubble chart), to the right. */
function seriesNameLabels(series: ResolvedSeries): string {
  if (series.plan.label !== "seriesName") return "";
  return (
    '<c:dLbls><c:dLblPos val="r"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/>' +
    '<c:showSerName val="1"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

function doughnutGroup(series: readonly ResolvedSeries[], theme: Theme): string {
  const ser = series
    .map((s) => {
      const points = Array.from({ length: s.pointCount }, (_unused, i) => {
        const own = s.plan.colors?.[i];
        const color = own === undefined ? paletteColor(theme, i) : hexColor(own);
        const spPr = color
          ? `<c:spPr>${solidFillXml(color)}<a:ln w="19050">${solidFillXml("FFFFFF")}</a:ln></c:spPr>`
          : "";
        return `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/>${spPr}</c:dPt>`;
      }).join("");
      const labels =
        '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
        '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>' +
        '<c:showLeaderLines val="1"/></c:dLbls>';
      return `<c:ser>${head(s)}${points}${labels}<c:cat>${s.categoriesXml}</c:cat><c:val>${s.valuesXml}</c:val></c:ser>`;
    })
    .join("");
  return `<c:doughnutChart><c:varyColors val="1"/>${ser}<c:firstSliceAng val="0"/><c:holeSize val="50"/></c:doughnutChart>`;
}

function categoryValueAxes(chart: ChartPlan, horizontalBars: boolean): string {
  return (
    categoryAxisXml(horizontalBars ? "l" : "b", chart.xAxisTitle) +
    valueAxisXml({
      id: VALUE_AXIS_ID,
      crossAxisId: CATEGORY_AXIS_ID,
      position: horizontalBars ? "b" : "l",
      title: chart.yAxisTitle,
      format: chart.valueFormat,
      gridlines: true,
      crossBetween: "between",
      min: chart.yAxisMin,
      max: chart.yAxisMax,
    })
  );
}

/** Scatter and bubble: two value axes; the "category" id is the X axis. */
function xyAxes(chart: ChartPlan): string {
  return (
    valueAxisXml({
      id: CATEGORY_AXIS_ID,
      crossAxisId: VALUE_AXIS_ID,
      position: "b",
      title: chart.xAxisTitle,
      format: undefined,
      gridlines: false,
      crossBetween: "midCat",
      min: chart.xAxisMin,
      max: chart.xAxisMax,
    }) +
    valueAxisXml({
      id: VALUE_AXIS_ID,
      crossAxisId: CATEGORY_AXIS_ID,
      position: "l",
      title: chart.yAxisTitle,
      format: chart.valueFormat,
      gridlines: true,
      crossBetween: "midCat",
      min: chart.yAxisMin,
      max: chart.yAxisMax,
    })
  );
}

function plotAreaContent(chart: ChartPlan, series: readonly ResolvedSeries[], theme: Theme): string {
  switch (chart.type) {
    case "doughnut":
      return doughnutGroup(series, theme);
    case "columnClustered":
      return (
        barGroup(series, "col", "clustered", chart.overlapColumns === true) + categoryValueAxes(chart, false)
      );
    case "columnStacked":
      return barGroup(series, "col", "stacked") + categoryValueAxes(chart, false);
    case "barClustered":
      return barGroup(series, "bar") + categoryValueAxes(chart, true);
    case "line":
      return lineGroup(series) + categoryValueAxes(chart, false);
    case "scatter":
      return scatterGroup(series) + xyAxes(chart);
    case "bubble":
      return bubbleGroup(chart, series) + xyAxes(chart);
    case "columnLine": {
      // Series without `as` are columns; both groups share one category and one value axis.
      const lines = series.filter((s) => s.plan.as === "line");
      const columns = series.filter((s) => s.plan.as !== "line");
      const groups =
        (columns.length > 0 ? barGroup(columns, "col", "clustered", chart.overlapColumns === true) : "") +
        (lines.length > 0 ? lineGroup(lines) : "");
      return groups + categoryValueAxes(chart, false);
    }
  }
}

function legendXml(chart: ChartPlan): string {
  if (chart.legend === "none") {
    return "";
  }
  return `<c:legend><c:legendPos val="${chart.legend === "right" ? "r" : "b"}"/><c:overlay val="0"/></c:legend>`;
}

/** The complete chart part for one plan chart; ranges are qualified with `sheetName`. */
export function chartXml(chart: ChartPlan, sheetName: string, theme: Theme): string {
  const series = resolveSeries(chart, sheetName, theme);
  const title = chart.title
    ? `${titleXml(chart.title, { size: 14, bold: true })}<c:autoTitleDeleted val="0"/>`
    : '<c:autoTitleDeleted val="1"/>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${plotAreaContent(chart, series, theme)}</c:plotArea>` +
    `${legendXml(chart)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFillXml("FFFFFF")}<a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `${chartTextPropertiesXml(theme.font)}</c:chartSpace>`
  );
}
