/** Native charts in the test double: type, series ranges, titles, legend, colours and position are recorded. */
import type { FakeContext } from "./fakeContext";
import { officeError } from "./fakeErrors";
import { FakeObject } from "./fakeObject";
import type { FakeRange } from "./fakeRange";
import type { FakeChart, FakeSeries, FakeSheet, RangeRef } from "./fakeState";
import { newId } from "./fakeState";

const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "Line",
  "LineMarkers",
  "XYScatter",
  "Bubble",
  "Doughnut",
  "Pie",
];
const NO_AXES = ["Doughnut", "Pie"];

function oneDimensional(ref: RangeRef, what: string): RangeRef {
  const b = ref.bounds;
  if (b.top !== b.bottom && b.left !== b.right) {
    throw officeError(
      "InvalidArgument",
      `Series ${what} must be one row or one column.`,
      `ChartSeries.${what}`,
    );
  }
  return { sheet: ref.sheet, bounds: { ...b } };
}

function pointCount(series: FakeSeries): number {
  const b = series.values?.bounds;
  return b ? (b.bottom - b.top + 1) * (b.right - b.left + 1) : 0;
}

/** A write-only part of a chart (title, legend, axis, fills); each setter runs `apply` on the chart or series. */
class Part<E> extends FakeObject<E> {
  constructor(ctx: FakeContext, resolver: () => E | null, typeName: string) {
    super(ctx, resolver, typeName);
  }
  protected readProperty(_e: E, name: string): unknown {
    throw officeError("InvalidArgument", `${this.typeName}.${name} is write-only in the test double.`);
  }
  protected setOn(name: string, value: unknown, apply: (e: E) => void): void {
    this.queue(name, value, apply);
  }
}

class ChartTitle extends Part<FakeChart> {
  constructor(
    ctx: FakeContext,
    r: () => FakeChart | null,
    private readonly axis?: "category" | "value",
  ) {
    super(ctx, r, axis ? "ChartAxisTitle" : "ChartTitle");
  }
  set text(v: string) {
    this.setOn("text", v, (c) => {
      if (this.axis && NO_AXES.includes(c.type))
        throw officeError("InvalidOperation", `A ${c.type} chart has no axes.`);
      if (this.axis === "category") c.categoryAxisTitle = v;
      else if (this.axis === "value") c.valueAxisTitle = v;
      else c.title = v;
    });
  }
}

class ChartAxis extends Part<FakeChart> {
  constructor(
    ctx: FakeContext,
    r: () => FakeChart | null,
    private readonly axis: "category" | "value",
  ) {
    super(ctx, r, "ChartAxis");
  }
  get title(): ChartTitle {
    return new ChartTitle(this.ctx, () => this.tryEntity(), this.axis);
  }
  set numberFormat(v: string) {
    this.setOn("numberFormat", v, (c) => {
      if (NO_AXES.includes(c.type)) throw officeError("InvalidOperation", `A ${c.type} chart has no axes.`);
      if (this.axis === "value") c.valueAxisNumberFormat = v;
    });
  }
  set minimum(v: number) {
    this.bound("minimum", "min", v);
  }
  set maximum(v: number) {
    this.bound("maximum", "max", v);
  }
  private bound(name: string, key: "min" | "max", v: number): void {
    this.setOn(name, v, (c) => {
      if (NO_AXES.includes(c.type)) throw officeError("InvalidOperation", `A ${c.type} chart has no axes.`);
      // A category axis takes bounds only when it holds values (scatter and bubble charts).
      if (this.axis === "category" && c.type !== "XYScatter" && c.type !== "Bubble")
        throw officeError("InvalidArgument", "A text category axis has no minimum or maximum.");
      const bounds = (c.axisBounds ??= {});
      (bounds[this.axis] ??= {})[key] = v;
    });
  }
}

class ChartAxes extends Part<FakeChart> {
  get categoryAxis(): ChartAxis {
    return new ChartAxis(this.ctx, () => this.tryEntity(), "category");
  }
  get valueAxis(): ChartAxis {
    return new ChartAxis(this.ctx, () => this.tryEntity(), "value");
  }
}

class ChartLegend extends Part<FakeChart> {
  set visible(v: boolean) {
    this.setOn("visible", v, (c) => (c.legend.visible = v));
  }
  set position(v: string) {
    this.setOn("position", v, (c) => (c.legend.position = v));
  }
}

class SeriesFill extends Part<FakeSeries> {
  constructor(
    ctx: FakeContext,
    r: () => FakeSeries | null,
    private readonly point?: number,
  ) {
    super(ctx, r, "ChartFill");
  }
  setSolidColor(color: string): void {
    this.setOn("setSolidColor", color, (s) => {
      if (this.point === undefined) s.fill = color;
      else if (this.point >= pointCount(s))
        throw officeError("ItemNotFound", `Point ${this.point} does not exist.`);
      else s.pointFills[this.point] = color;
    });
  }
}

class SeriesLine extends Part<FakeSeries> {
  set color(v: string) {
    this.setOn("color", v, (s) => (s.lineColor = v));
  }
}

class SeriesFormat extends Part<FakeSeries> {
  constructor(
    ctx: FakeContext,
    r: () => FakeSeries | null,
    private readonly point?: number,
  ) {
    super(ctx, r, "ChartSeriesFormat");
  }
  get fill(): SeriesFill {
    return new SeriesFill(this.ctx, () => this.tryEntity(), this.point);
  }
  get line(): SeriesLine {
    return new SeriesLine(this.ctx, () => this.tryEntity(), "ChartLineFormat");
  }
}

class SeriesDataLabels extends Part<FakeSeries> {
  set showSeriesName(v: boolean) {
    this.setOn(
      "showSeriesName",
      v,
      (s) => (s.dataLabels = { visible: false, ...s.dataLabels, showSeriesName: v }),
    );
  }
  set showValue(v: boolean) {
    this.setOn("showValue", v, (s) => (s.dataLabels = { visible: false, ...s.dataLabels, showValue: v }));
  }
}

class ChartPoint extends Part<FakeSeries> {
  constructor(
    ctx: FakeContext,
    r: () => FakeSeries | null,
    private readonly index: number,
  ) {
    super(ctx, r, "ChartPoint");
  }
  get format(): SeriesFormat {
    return new SeriesFormat(this.ctx, () => this.tryEntity(), this.index);
  }
}

class ChartPoints extends Part<FakeSeries> {
  getItemAt(index: number): ChartPoint {
    return new ChartPoint(this.ctx, () => this.tryEntity(), index);
  }
}

export class FakeChartSeries extends Part<FakeSeries> {
  constructor(
    ctx: FakeContext,
    r: () => FakeSeries | null,
    private readonly chart: () => FakeChart,
  ) {
    super(ctx, r, "ChartSeries");
  }
  set name(v: string) {
    this.setOn("name", v, (s) => (s.name = v));
  }
  set chartType(v: string) {
    this.setOn("chartType", v, (s) => {
      if (!CHART_TYPES.includes(v)) throw officeError("InvalidArgument", `Unknown chart type ${v}.`);
      // A series added with series.add has no data until setValues; Microsoft's samples
      // (office-js-snippets excel/10-chart) always call setValues right after add. Changing the
      // type of a series without data is not something they do, so the double refuses it.
      if (s.values === undefined)
        throw officeError(
          "InvalidOperation",
          "Set the series' values before its chart type.",
          "ChartSeries.chartType",
        );
      s.chartType = v;
    });
  }
  setValues(range: FakeRange): void {
    this.setOn("setValues", "Range", (s) => (s.values = oneDimensional(range.entity(), "values")));
  }
  setXAxisValues(range: FakeRange): void {
    this.setOn("setXAxisValues", "Range", (s) => (s.xValues = oneDimensional(range.entity(), "xValues")));
  }
  setBubbleSizes(range: FakeRange): void {
    this.setOn("setBubbleSizes", "Range", (s) => {
      if (this.chart().type !== "Bubble")
        throw officeError("InvalidOperation", "Bubble sizes need a bubble chart.");
      s.bubbleSizes = oneDimensional(range.entity(), "bubbleSizes");
    });
  }
  get format(): SeriesFormat {
    return new SeriesFormat(this.ctx, () => this.tryEntity());
  }
  set overlap(v: number) {
    this.setOn("overlap", v, (s) => {
      if (v < -100 || v > 100) throw officeError("InvalidArgument", "Overlap must be from -100 to 100.");
      s.overlap = v;
    });
  }
  set hasDataLabels(v: boolean) {
    this.setOn("hasDataLabels", v, (s) => (s.dataLabels = { ...(s.dataLabels ?? {}), visible: v }));
  }
  get dataLabels(): SeriesDataLabels {
    return new SeriesDataLabels(this.ctx, () => this.tryEntity(), "ChartDataLabels");
  }
  get points(): ChartPoints {
    return new ChartPoints(this.ctx, () => this.tryEntity(), "ChartPointsCollection");
  }
}

class FakeChartSeriesCollection extends Part<FakeChart> {
  add(name?: string): FakeChartSeries {
    let created: FakeSeries | null = null;
    this.setOn("add", { name }, (c) => {
      created = { name: name ?? `Series${c.series.length + 1}`, pointFills: {} };
      c.series.push(created);
    });
    return new FakeChartSeries(
      this.ctx,
      () => created,
      () => this.entity(),
    );
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this.ctx,
      () => this.entity().series[index] ?? null,
      () => this.entity(),
    );
  }
}

export class FakeChartProxy extends Part<FakeChart> {
  protected override isGone(c: FakeChart): boolean {
    return c.sheet.deleted;
  }
  set name(v: string) {
    this.setOn("name", v, (c) => (c.name = v));
  }
  get title(): ChartTitle {
    return new ChartTitle(this.ctx, () => this.tryEntity());
  }
  get legend(): ChartLegend {
    return new ChartLegend(this.ctx, () => this.tryEntity(), "ChartLegend");
  }
  get axes(): ChartAxes {
    return new ChartAxes(this.ctx, () => this.tryEntity(), "ChartAxes");
  }
  get series(): FakeChartSeriesCollection {
    return new FakeChartSeriesCollection(this.ctx, () => this.tryEntity(), "ChartSeriesCollection");
  }
  setPosition(start: string, end?: string): void {
    this.setOn(
      "setPosition",
      { start, end },
      (c) => (c.position = end === undefined ? { start } : { start, end }),
    );
  }
}

/**
 * A bubble chart is made from its X, Y and size columns side by side, one series per three columns
 * (office-js-snippets excel/10-chart "bubble chart"; Excel's own chart wizard reads a bubble source
 * the same way). A source narrower than three columns has no bubbles, so the double refuses it.
 */
function bubbleChart(ctx: FakeContext, sheet: FakeSheet, ref: RangeRef, seriesBy: string): FakeChart {
  const b = ref.bounds;
  const width = b.right - b.left + 1;
  if (width < 3 || width % 3 !== 0) {
    throw officeError(
      "InvalidArgument",
      "A bubble chart needs X, Y and size columns.",
      "ChartCollection.add",
    );
  }
  const column = (c: number): RangeRef => ({ sheet: ref.sheet, bounds: { ...b, left: c, right: c } });
  const series: FakeSeries[] = [];
  for (let c = b.left; c <= b.right; c += 3) {
    series.push({
      name: `Series${series.length + 1}`,
      xValues: column(c),
      values: column(c + 1),
      bubbleSizes: column(c + 2),
      pointFills: {},
    });
  }
  return {
    id: newId(ctx.state, "CHART"),
    name: `Chart ${sheet.charts.length + 1}`,
    type: "Bubble",
    sheet,
    source: { sheet: ref.sheet, bounds: { ...b } },
    seriesBy,
    series,
    legend: { visible: true },
  };
}

export class FakeChartCollection extends Part<FakeSheet> {
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    let created: FakeChart | null = null;
    this.setOn("add", { type, seriesBy }, (sheet) => {
      if (!CHART_TYPES.includes(type)) throw officeError("InvalidArgument", `Unknown chart type ${type}.`);
      const ref = source.entity();
      const b = ref.bounds;
      if (type === "Bubble") {
        created = bubbleChart(this.ctx, sheet, ref, seriesBy);
        sheet.charts.push(created);
        return;
      }
      const byColumns =
        seriesBy === "Columns" || (seriesBy === "Auto" && b.bottom - b.top >= b.right - b.left);
      const series: FakeSeries[] = [];
      const count = byColumns ? b.right - b.left + 1 : b.bottom - b.top + 1;
      for (let i = 0; i < count; i++) {
        const bounds = byColumns
          ? { ...b, left: b.left + i, right: b.left + i }
          : { ...b, top: b.top + i, bottom: b.top + i };
        series.push({ name: `Series${i + 1}`, values: { sheet: ref.sheet, bounds }, pointFills: {} });
      }
      const id = newId(this.ctx.state, "CHART");
      created = {
        id,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        sheet,
        source: { sheet: ref.sheet, bounds: { ...b } },
        seriesBy,
        series,
        legend: { visible: true },
      };
      sheet.charts.push(created);
    });
    return new FakeChartProxy(this.ctx, () => created, "Chart");
  }
}
