import type { ColumnParser } from "./types";
import { idNumberText } from "./idNumberFormat";
import { parseNumericText } from "./numericText";
import { textOf } from "./parseText";

/**
 * Identifiers: text, or a number read as text without thousands separators, so `1001`, `1,001`
 * (text) and 1001 (a number cell) are the same project. A number shown through an ID format
 * (`"P-"000`, `0000`) is the text it shows: the PM sees `P-007`, and so do the other sheets.
 * @example parseId(1001, null) // "1001"
 * @example parseId(7, '"P-"000') // "P-007"
 */
export function parseId(value: string | number | boolean, format: string | null = null): string {
  if (typeof value === "string") {
    // Only pure numeric text loses its separators; `P-1,001` stays as typed.
    if (value.indexOf(",") >= 0 && !Number.isNaN(parseNumericText(value))) return value.replace(/,/g, "");
    return value;
  }
  if (typeof value === "number") {
    const shown = idNumberText(value, format);
    if (shown !== null) return parseId(shown);
  }
  return textOf(value);
}

export function createIdParser(): ColumnParser {
  return { parse: parseId, usesFormat: true, notices: [] };
}
