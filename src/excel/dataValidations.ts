/**
 * A plan's data validation through Office.js (`Range.dataValidation`, ExcelApi 1.8): the same rule,
 * input message and error alert the .xlsx writer puts in `<dataValidations>`.
 */
import type { DataValidationPlan, DataValidationRule } from "../core/plan/types";
import { isoFromDay } from "../core/model/calendar";

/** Office.js dates in rules are ISO text; the plan holds Excel serials (1900 system). */
function serialIso(serial: number): string {
  return isoFromDay(serial - 25569);
}

function bounds(
  rule: Extract<DataValidationRule, { min?: number }>,
  show: (n: number) => string | number,
): Excel.BasicDataValidation | Excel.DateTimeDataValidation {
  const { min, max } = rule;
  if (min !== undefined && max !== undefined) {
    return { operator: "Between", formula1: show(min), formula2: show(max) } as Excel.BasicDataValidation;
  }
  if (min !== undefined)
    return { operator: "GreaterThanOrEqualTo", formula1: show(min) } as Excel.BasicDataValidation;
  if (max !== undefined)
    return { operator: "LessThanOrEqualTo", formula1: show(max) } as Excel.BasicDataValidation;
  throw new Error(`A ${rule.kind} data validation needs a min or a max`);
}

/** The Office.js rule, or null for `any` (only the prompt is set). */
export function officeRule(rule: DataValidationRule): Excel.DataValidationRule | null {
  switch (rule.kind) {
    case "any":
      return null;
    case "list":
      return {
        list: {
          inCellDropDown: true,
          source: rule.source === undefined ? rule.values.join(",") : `=${rule.source}`,
        },
      };
    case "whole":
      return { wholeNumber: bounds(rule, (n) => n) as Excel.BasicDataValidation };
    case "decimal":
      return { decimal: bounds(rule, (n) => n) as Excel.BasicDataValidation };
    case "date":
      return { date: bounds(rule, serialIso) as Excel.DateTimeDataValidation };
  }
}

/** Queues the validation on `range` (which must have none: Excel refuses overlapping rules). */
export function applyDataValidation(range: Excel.Range, plan: DataValidationPlan): void {
  const validation = range.dataValidation;
  const rule = officeRule(plan.rule);
  if (rule !== null) validation.rule = rule;
  validation.ignoreBlanks = true;
  if (plan.prompt)
    validation.prompt = { showPrompt: true, title: plan.prompt.title, message: plan.prompt.message };
  if (plan.error) {
    const style = { stop: "Stop", warning: "Warning", information: "Information" } as const;
    validation.errorAlert = {
      showAlert: true,
      style: style[plan.error.style],
      title: plan.error.title,
      message: plan.error.message,
    };
  }
}
