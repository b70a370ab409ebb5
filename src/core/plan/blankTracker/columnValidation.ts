import { boundsText, defaultBounds } from "../../template/columnGuide";
import type { ColumnDef } from "../../template/types";
import type { DataValidationPlan, DataValidationRule } from "../types";

/** Excel's limits on the input message and error alert (longer text is refused by Excel). */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;
/** An inline list (`"Green,Amber,Red"`) may be at most 255 characters. */
const INLINE_LIST_LIMIT = 255;
/** 1900-01-01 and 9999-12-31 as Excel serials: "any date". */
const FIRST_DATE = 1;
const LAST_DATE = 2958465;

/** Whether Excel can take these values as an inline list: no commas or quotes, short enough. */
export function fitsInline(values: readonly string[]): boolean {
  return values.join(",").length <= INLINE_LIST_LIMIT && values.every((v) => !/[,"]/.test(v));
}

/**
 * The data validation of one blank-tracker column over `range`: a rule with an error alert for
 * typed values (lists, numbers, dates) and the description as input message; `any` with the
 * message alone for text; null when there is neither. `listSource` is the range holding an enum's values
 * when they cannot be inline; `note` is added to the input message (the single-project hint).
 *
 * @example columnValidation(status, "H2:H1048576")?.rule // { kind: "list", values: ["Green", "Amber", "Red"] }
 */
export function columnValidation(
  column: ColumnDef,
  range: string,
  listSource?: string,
  note?: string,
): DataValidationPlan | null {
  const checked = ruleAndAlert(column, listSource);
  const message = [column.description, note, column.required === true ? "Required." : undefined]
    .filter((t): t is string => t !== undefined && t !== "")
    .join(" ");
  if (checked === null && message === "") return null;
  return {
    range,
    rule: checked?.rule ?? { kind: "any" },
    ...(message === ""
      ? {}
      : { prompt: { title: cut(column.header, TITLE_LIMIT), message: cut(message, MESSAGE_LIMIT) } }),
    ...(checked === null
      ? {}
      : {
          error: {
            style: "stop" as const,
            title: cut(`${column.header}: not allowed`, TITLE_LIMIT),
            message: cut(checked.alert, MESSAGE_LIMIT),
          },
        }),
  };
}

function ruleAndAlert(
  column: ColumnDef,
  listSource: string | undefined,
): { rule: DataValidationRule; alert: string } | null {
  const { min, max } = defaultBounds(column);
  const bounds = { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  const bounded = min !== undefined || max !== undefined;
  switch (column.type) {
    case "enum": {
      const values = column.enum?.values ?? [];
      const rule: DataValidationRule =
        listSource === undefined ? { kind: "list", values } : { kind: "list", values, source: listSource };
      return { rule, alert: `Pick one of: ${values.join(", ")}.` };
    }
    case "scale":
      return {
        rule: { kind: "whole", ...bounds },
        alert: `Type a whole number ${boundsText(column)}: 1 very low, 2 low, 3 medium, 4 high, 5 very high.`,
      };
    case "integer":
      return bounded
        ? { rule: { kind: "whole", ...bounds }, alert: `Type a whole number, ${boundsText(column)}.` }
        : null;
    case "number":
      return bounded
        ? { rule: { kind: "decimal", ...bounds }, alert: `Type a number, ${boundsText(column)}.` }
        : null;
    case "currency":
      return bounded
        ? {
            rule: { kind: "decimal", ...bounds },
            alert: `Type an amount, ${boundsText(column)}, without a currency sign.`,
          }
        : null;
    case "percent":
      return {
        rule: { kind: "decimal", ...bounds },
        alert: `Type a percentage, ${boundsText(column)} (e.g. 45%).`,
      };
    case "fraction":
      return {
        rule: { kind: "decimal", ...bounds },
        alert: `Type a number ${boundsText(column)} (e.g. 0.5 for half).`,
      };
    case "date":
      return {
        rule: { kind: "date", min: FIRST_DATE, max: LAST_DATE },
        alert: "Type a date, e.g. 2026-03-31.",
      };
    case "month":
      return {
        rule: { kind: "date", min: FIRST_DATE, max: LAST_DATE },
        alert: "Type the month as a date in it, e.g. 2026-11-01 or Nov 2026.",
      };
    case "text":
    case "id":
      return null;
  }
}

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
