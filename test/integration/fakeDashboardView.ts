/** The Excel test double's state of one sheet as a SheetView (see test/support/dashboardView.ts). */
import type { ChartType } from "../../src/core/plan/types";
import { columnLetters, formatBounds } from "../excel/support/fakeA1";
import { rangeAddress } from "../excel/support/fakeRange";
import type { FakeChart, FakeConditionalFormat, FakeSheet } from "../excel/support/fakeState";
import type { ChartView, ConditionalFormatView, SheetView, ViewValue } from "../support/dashboardView";
import { localRange, numberText, rgb } from "../support/dashboardView";

const OPERATORS: Readonly<Record<string, string>> = {
  LessThan: "lessThan",
  GreaterThan: "greaterThan",
  Between: "between",
  EqualTo: "equal",
};
const ICON_SETS: Readonly<Record<string, string>> = {
  ThreeTrafficLights1: "3TrafficLights1",
  ThreeSymbols: "3Symbols",
  ThreeArrows: "3Arrows",
};
const CHART_TYPES: Readonly<Record<string, ChartType>> = {
  Doughnut: "doughnut",
  ColumnClustered: "columnClustered",
  BarClustered: "barClustered",
  Line: "line",
  XYScatter: "scatter",
  Bubble: "bubble",
};

interface Rule {
  readonly formula1?: string;
  readonly formula2?: string;
  readonly operator?: string;
}
interface Criterion {
  readonly formula?: string;
  readonly color?: string;
}

function conditionalFormat(cf: FakeConditionalFormat): ConditionalFormatView {
  const range = formatBounds(cf.bounds);
  const s = cf.settings;
  switch (cf.type) {
    case "CellValue": {
      const rule = (s["cellValue.rule"] ?? {}) as Rule;
      const text = /^="(.*)"$/s.exec(rule.formula1 ?? "");
      if (text?.[1] !== undefined && rule.operator === "EqualTo") {
        return { kind: "textEquals", range, rule: text[1].replace(/""/g, '"') };
      }
      const values = [rule.formula1, rule.formula2].filter((v) => v !== undefined).map(numberText);
      return { kind: "cellIs", range, rule: `${OPERATORS[rule.operator ?? ""] ?? ""} ${values.join(",")}` };
    }
    case "ColorScale": {
      const c = (s["colorScale.criteria"] ?? {}) as Record<string, Criterion | undefined>;
      const points = [c.minimum, c.midpoint, c.maximum].filter((p): p is Criterion => p !== undefined);
      return {
        kind: "colorScale",
        range,
        rule: `${points.map((p) => numberText(p.formula)).join(",")} ${points.map((p) => rgb(p.color ?? "")).join(",")}`,
      };
    }
    case "IconSet": {
      const criteria = (s["iconSet.criteria"] ?? []) as Criterion[];
      return {
        kind: "iconSet",
        range,
        rule: `${ICON_SETS[String(s["iconSet.style"])] ?? ""} ${criteria
          .slice(1)
          .map((p) => numberText(p.formula))
          .join(",")}`,
      };
    }
    default:
      return { kind: "cellIs", range, rule: `unexpected ${cf.type}` };
  }
}

function chart(c: FakeChart): ChartView {
  const combo = c.type === "ColumnClustered" && c.series.some((s) => s.chartType === "Line");
  return {
    type: combo ? "columnLine" : (CHART_TYPES[c.type] ?? "line"),
    series: c.series.map((s) => ({
      name: s.name,
      categories: s.xValues ? localRange(rangeAddress(s.xValues)) : "",
      values: s.values ? localRange(rangeAddress(s.values)) : "",
      sizes: s.bubbleSizes ? localRange(rangeAddress(s.bubbleSizes)) : "",
    })),
  };
}

export function fakeSheetView(sheet: FakeSheet): SheetView {
  const cells: Record<string, ViewValue> = {};
  const numberFormats: Record<string, string> = {};
  const formulas: string[] = [];
  for (const [key, cell] of sheet.cells) {
    const [row, col] = key.split(",").map(Number);
    const address = `${columnLetters(col ?? 0)}${row ?? 0}`;
    if (cell.formula !== undefined) formulas.push(address);
    if (cell.value === "") continue;
    // The plan can hold -0 (e.g. a TCPI of 0 ÷ negative); an .xlsx cell stores it as 0, as Excel does.
    cells[address] = Object.is(cell.value, -0) ? 0 : cell.value;
    if (typeof cell.value === "number") numberFormats[address] = cell.numberFormat;
  }
  return {
    cells,
    numberFormats,
    formulas,
    tables: sheet.tables.map((t) => ({ name: t.name, range: formatBounds(t.bounds) })),
    conditionalFormats: sheet.conditionalFormats.map(conditionalFormat),
    charts: sheet.charts.map(chart),
  };
}
