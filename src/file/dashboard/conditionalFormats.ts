/**
 * Plan conditional formats → ExcelJS rules.
 *
 * textEquals is an `expression` rule `B5="Green"` on the range's top-left cell (relative, so it
 * moves over the range): exact (case-insensitive) equality, unlike containsText which would also
 * match "Not Green". Icon sets use numeric thresholds: red below thresholds[0], amber below
 * thresholds[1], green otherwise.
 */
import type { ConditionalFormattingRule, Style } from "exceljs";
import type { ConditionalFormatPlan, Theme } from "../../core/plan/types";
import { cellRef, parseRange } from "./a1";
import { argbColor } from "./color";
import { dxfStyle } from "./styles";

function styleFor(theme: Theme, name: keyof Theme["styles"]): Partial<Style> {
  return dxfStyle(theme.styles[name]);
}

function requireCount(
  plan: ConditionalFormatPlan,
  actual: number,
  allowed: readonly number[],
  what: string,
): void {
  if (!allowed.includes(actual)) {
    throw new Error(
      `Conditional format (${plan.kind}) on ${plan.range}: expected ${allowed.join(" or ")} ${what}, got ${actual}`,
    );
  }
}

export function conditionalFormatRule(
  plan: ConditionalFormatPlan,
  theme: Theme,
  priority: number,
): ConditionalFormattingRule {
  switch (plan.kind) {
    case "textEquals": {
      const box = parseRange(plan.range);
      const literal = `"${plan.text.replace(/"/g, '""')}"`;
      return {
        type: "expression",
        priority,
        formulae: [`${cellRef(box.top, box.left)}=${literal}`],
        style: styleFor(theme, plan.style),
      };
    }
    case "cellIs":
      requireCount(plan, plan.values.length, plan.operator === "between" ? [2] : [1], "values");
      return {
        type: "cellIs",
        priority,
        operator: plan.operator,
        formulae: plan.values.map((v) => String(v)),
        style: styleFor(theme, plan.style),
      };
    case "colorScale":
      requireCount(plan, plan.points.length, [2, 3], "points");
      requireCount(plan, plan.colors.length, [plan.points.length], "colours");
      return {
        type: "colorScale",
        priority,
        cfvo: plan.points.map((value) => ({ type: "num", value })),
        color: plan.colors.map((c) => ({ argb: argbColor(c) })),
      };
    case "iconSet":
      return {
        type: "iconSet",
        priority,
        iconSet: plan.icons,
        // The first threshold is the floor of the lowest icon; Excel writes it as percent 0.
        cfvo: [
          { type: "percent", value: 0 },
          { type: "num", value: plan.thresholds[0] },
          { type: "num", value: plan.thresholds[1] },
        ],
      };
  }
}
