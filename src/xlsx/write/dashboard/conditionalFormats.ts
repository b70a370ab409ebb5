/**
 * Plan conditional formats → `<conditionalFormatting>` elements.
 *
 * textEquals is an `expression` rule `B5="Green"` on the range's top-left cell (relative, so it
 * moves over the range): exact (case-insensitive) equality, unlike containsText which would also
 * match "Not Green". Icon sets use numeric thresholds: red below thresholds[0], amber below
 * thresholds[1], green otherwise.
 */
import type { ConditionalFormatPlan, Theme } from "../../../core/plan/types";
import { cellRef, parseRange } from "../cellRef";
import { hexColor } from "../color";
import type { StyleTable } from "../styleTable";
import { escapeXml } from "../xmlText";
import { dxfFormat } from "./planStyles";

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

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`A conditional format threshold must be finite, not ${n}`);
  return String(n);
}

function formulas(texts: readonly string[]): string {
  return texts.map((f) => `<formula>${escapeXml(f)}</formula>`).join("");
}

function ruleXml(plan: ConditionalFormatPlan, theme: Theme, styles: StyleTable, priority: number): string {
  switch (plan.kind) {
    case "textEquals": {
      const box = parseRange(plan.range);
      const literal = `"${plan.text.replace(/"/g, '""')}"`;
      const dxfId = styles.dxf(dxfFormat(theme.styles[plan.style]));
      return `<cfRule type="expression" dxfId="${dxfId}" priority="${priority}">${formulas([`${cellRef(box.top, box.left)}=${literal}`])}</cfRule>`;
    }
    case "cellIs": {
      requireCount(plan, plan.values.length, plan.operator === "between" ? [2] : [1], "values");
      const dxfId = styles.dxf(dxfFormat(theme.styles[plan.style]));
      return `<cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="${plan.operator}">${formulas(plan.values.map(numberText))}</cfRule>`;
    }
    case "colorScale": {
      requireCount(plan, plan.points.length, [2, 3], "points");
      requireCount(plan, plan.colors.length, [plan.points.length], "colours");
      const cfvo = plan.points.map((p) => `<cfvo type="num" val="${numberText(p)}"/>`).join("");
      const colors = plan.colors.map((c) => `<color rgb="FF${hexColor(c)}"/>`).join("");
      return `<cfRule type="colorScale" priority="${priority}"><colorScale>${cfvo}${colors}</colorScale></cfRule>`;
    }
    case "iconSet": {
      // The first threshold is the floor of the lowest icon; Excel writes it as percent 0.
      const cfvo = `<cfvo type="percent" val="0"/><cfvo type="num" val="${numberText(plan.thresholds[0])}"/><cfvo type="num" val="${numberText(plan.thresholds[1])}"/>`;
      return `<cfRule type="iconSet" priority="${priority}"><iconSet iconSet="${plan.icons}">${cfvo}</iconSet></cfRule>`;
    }
  }
}

export function conditionalFormattingXml(
  plans: readonly ConditionalFormatPlan[],
  theme: Theme,
  styles: StyleTable,
): string {
  return plans
    .map((plan, i) => {
      parseRange(plan.range);
      return `<conditionalFormatting sqref="${escapeXml(plan.range)}">${ruleXml(plan, theme, styles, i + 1)}</conditionalFormatting>`;
    })
    .join("");
}
