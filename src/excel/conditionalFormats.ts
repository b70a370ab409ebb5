/** Renders the plan's conditional formats with Office.js rules (ExcelApi 1.6). */
import type { ConditionalFormatPlan, StyleDef, Theme } from "../core/plan/types";
import { hexColor } from "./styleFormat";

const OPERATORS = {
  lessThan: "LessThan",
  greaterThan: "GreaterThan",
  between: "Between",
  equal: "EqualTo",
} as const;
const ICON_SETS = {
  "3TrafficLights1": "ThreeTrafficLights1",
  "3Symbols": "ThreeSymbols",
  "3Arrows": "ThreeArrows",
} as const;

/** A text constant inside a formula: `="On ""hold"""`. */
function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

function applyRuleFormat(format: Excel.ConditionalRangeFormat, def: StyleDef): void {
  if (def.fill !== undefined) format.fill.color = hexColor(def.fill);
  if (def.color !== undefined) format.font.color = hexColor(def.color);
  if (def.bold !== undefined) format.font.bold = def.bold;
  if (def.italic !== undefined) format.font.italic = def.italic;
}

/**
 * Queues one conditional format. `textEquals` is a cell-value rule `= "text"` (exact match; Office's
 * text rule only offers contains/begins/ends).
 */
export function addConditionalFormat(
  sheet: Excel.Worksheet,
  plan: ConditionalFormatPlan,
  theme: Theme,
): void {
  const formats = sheet.getRange(plan.range).conditionalFormats;
  switch (plan.kind) {
    case "textEquals": {
      const cf = formats.add("CellValue");
      cf.cellValue.rule = { formula1: textFormula(plan.text), operator: "EqualTo" };
      applyRuleFormat(cf.cellValue.format, theme.styles[plan.style]);
      return;
    }
    case "cellIs": {
      const cf = formats.add("CellValue");
      const [first, second] = plan.values;
      cf.cellValue.rule = {
        formula1: String(first ?? 0),
        ...(plan.operator === "between" ? { formula2: String(second ?? first ?? 0) } : {}),
        operator: OPERATORS[plan.operator],
      };
      applyRuleFormat(cf.cellValue.format, theme.styles[plan.style]);
      return;
    }
    case "colorScale": {
      const cf = formats.add("ColorScale");
      const point = (i: number) => ({
        type: "Number" as const,
        formula: String(plan.points[i] ?? 0),
        color: hexColor(plan.colors[i] ?? "FFFFFF"),
      });
      const three = plan.points.length >= 3 && plan.colors.length >= 3;
      const last = three ? 2 : 1;
      cf.colorScale.criteria = three
        ? { minimum: point(0), midpoint: point(1), maximum: point(last) }
        : { minimum: point(0), maximum: point(last) };
      return;
    }
    case "iconSet": {
      const cf = formats.add("IconSet");
      cf.iconSet.style = ICON_SETS[plan.icons];
      // The first criterion is the lowest band (red); each next icon starts at its threshold.
      cf.iconSet.criteria = [
        {} as Excel.ConditionalIconCriterion,
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${plan.thresholds[0]}` },
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${plan.thresholds[1]}` },
      ];
      return;
    }
  }
}
