/**
 * Resolves a plan series into the XML pieces every chart group needs: name, data sources with
 * caches, and its colour. Checks the plan's ranges against its caches so a builder bug shows up
 * as a clear error rather than a chart that silently draws the wrong points.
 */
import type { ChartPlan, SeriesPlan, Theme } from "../../../../core/plan/types";
import { rangeFormula, vectorLength } from "../../cellRef";
import { hexColor } from "../../color";
import { escapeXml } from "../../xmlText";
import { categoryRefXml, numberRefXml } from "./dataSource";

export interface ResolvedSeries {
  readonly plan: SeriesPlan;
  /** Index over the whole chart (c:idx and c:order). */
  readonly index: number;
  readonly pointCount: number;
  /** `<c:tx>`. */
  readonly nameXml: string;
  /** `c:numRef` or `c:strRef` for categories / X values. */
  readonly categoriesXml: string;
  readonly valuesXml: string;
  /** Bubble sizes, when the series has them. */
  readonly sizesXml: string | undefined;
  /** `RRGGBB`, or undefined when neither the series nor the palette gives one. */
  readonly color: string | undefined;
}

function where(chart: ChartPlan, series: SeriesPlan): string {
  return `Chart "${chart.id}", series "${series.name}"`;
}

function checkedLength(
  chart: ChartPlan,
  series: SeriesPlan,
  range: string,
  cacheLength: number,
  what: string,
): number {
  let count: number;
  try {
    count = vectorLength(range);
  } catch (error) {
    throw new Error(`${where(chart, series)}: ${what} range: ${(error as Error).message}`, { cause: error });
  }
  if (count !== cacheLength) {
    throw new Error(
      `${where(chart, series)}: ${what} range ${range} has ${count} cells but its cache has ${cacheLength} values`,
    );
  }
  return count;
}

/** Palette colour by position, wrapping round; undefined for an empty palette. */
export function paletteColor(theme: Theme, position: number): string | undefined {
  const colour = theme.palette.length > 0 ? theme.palette[position % theme.palette.length] : undefined;
  return colour === undefined ? undefined : hexColor(colour);
}

export function resolveSeries(chart: ChartPlan, sheetName: string, theme: Theme): ResolvedSeries[] {
  if (chart.series.length === 0) {
    throw new Error(`Chart "${chart.id}" has no series`);
  }
  return chart.series.map((series, index) => {
    // A series may read another sheet (the trend charts read PMO History).
    const source = series.sheet ?? sheetName;
    const categoryCount = checkedLength(
      chart,
      series,
      series.categories,
      series.categoryCache.length,
      "categories",
    );
    const valueCount = checkedLength(chart, series, series.values, series.valueCache.length, "values");
    if (categoryCount !== valueCount) {
      throw new Error(`${where(chart, series)}: ${categoryCount} categories but ${valueCount} values`);
    }
    let sizesXml: string | undefined;
    if (series.sizes !== undefined || series.sizeCache !== undefined) {
      if (series.sizes === undefined || series.sizeCache === undefined) {
        throw new Error(`${where(chart, series)}: bubble sizes need both a range and a cache`);
      }
      const sizeCount = checkedLength(chart, series, series.sizes, series.sizeCache.length, "sizes");
      if (sizeCount !== valueCount) {
        throw new Error(`${where(chart, series)}: ${sizeCount} sizes but ${valueCount} values`);
      }
      sizesXml = numberRefXml(rangeFormula(source, series.sizes), series.sizeCache, sizeCount);
    }
    const own = series.colors?.[0];
    return {
      plan: series,
      index,
      pointCount: valueCount,
      nameXml: `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>`,
      categoriesXml: categoryRefXml(
        rangeFormula(source, series.categories),
        series.categoryCache,
        categoryCount,
      ),
      valuesXml: numberRefXml(rangeFormula(source, series.values), series.valueCache, valueCount),
      sizesXml,
      color: own === undefined ? paletteColor(theme, index) : hexColor(own),
    };
  });
}
