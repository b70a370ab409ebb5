/**
 * Data validation (`<dataValidations>` in the worksheet XML, ECMA-376 CT_DataValidations), written
 * from the plan.
 *
 * @example dataValidationsXml([{ range: "H2:H9", rule: { kind: "list", values: ["Green", "Red"] } }])
 * // '<dataValidations count="1"><dataValidation type="list" allowBlank="1" ... sqref="H2:H9"><formula1>"Green,Red"</formula1>...'
 */
import type { DataValidationPlan, DataValidationRule } from "../../../core/plan/types";
import { parseRange } from "../cellRef";
import { escapeXml } from "../xmlText";

/** Attribute text: escaped, with line breaks kept as character references (parsers fold raw ones). */
function attr(text: string): string {
  return escapeXml(text).replace(/\r?\n/g, "&#10;");
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`A data validation bound must be a finite number, not ${n}`);
  return String(n);
}

/** The rule as `type`/`operator` attributes and formula children. */
function ruleParts(rule: DataValidationRule): { attrs: string; formulas: string[] } {
  switch (rule.kind) {
    case "any":
      return { attrs: "", formulas: [] };
    case "list": {
      if (rule.source !== undefined) return { attrs: ' type="list"', formulas: [rule.source] };
      if (rule.values.some((v) => /[,"]/.test(v)) || rule.values.join(",").length > 255) {
        throw new Error(
          `The list ${rule.values.join(", ")} cannot be written inline (commas, quotes or over 255 characters): give it a source range`,
        );
      }
      return { attrs: ' type="list"', formulas: [`"${rule.values.join(",")}"`] };
    }
    default: {
      const { min, max } = rule;
      if (min !== undefined && max !== undefined) {
        return { attrs: ` type="${rule.kind}"`, formulas: [numberText(min), numberText(max)] };
      }
      if (min !== undefined) {
        return { attrs: ` type="${rule.kind}" operator="greaterThanOrEqual"`, formulas: [numberText(min)] };
      }
      if (max !== undefined) {
        return { attrs: ` type="${rule.kind}" operator="lessThanOrEqual"`, formulas: [numberText(max)] };
      }
      throw new Error(`A ${rule.kind} data validation needs a min or a max`);
    }
  }
}

function validationXml(plan: DataValidationPlan): string {
  const box = parseRange(plan.range);
  const { attrs, formulas } = ruleParts(plan.rule);
  const prompt = plan.prompt
    ? ` showInputMessage="1" promptTitle="${attr(plan.prompt.title)}" prompt="${attr(plan.prompt.message)}"`
    : "";
  const error = plan.error
    ? ` errorStyle="${plan.error.style}" showErrorMessage="1" errorTitle="${attr(plan.error.title)}" error="${attr(plan.error.message)}"`
    : "";
  const sqref = box.top === box.bottom && box.left === box.right ? plan.range.split(":")[0] : plan.range;
  const children = formulas.map((f, i) => `<formula${i + 1}>${escapeXml(f)}</formula${i + 1}>`).join("");
  return `<dataValidation${attrs}${error} allowBlank="1"${prompt} sqref="${escapeXml(sqref ?? plan.range)}">${children}</dataValidation>`;
}

export function dataValidationsXml(validations: readonly DataValidationPlan[]): string {
  return `<dataValidations count="${validations.length}">${validations.map(validationXml).join("")}</dataValidations>`;
}
