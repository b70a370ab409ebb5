import type { ColumnParser } from "./types";
import { parseNumericText } from "./numericText";
import { textOf } from "./parseText";

/**
 * Identifiers: text, or a number read as text without thousands separators, so `1001`, `1,001`
 * (text) and 1001 (a number cell, whatever its format) are the same project.
 * @example parseId(1001) // "1001"
 */
export function parseId(value: string | number | boolean): string {
  if (typeof value === "string") {
    // Only pure numeric text loses its separators; `P-1,001` stays as typed.
    if (value.indexOf(",") >= 0 && !Number.isNaN(parseNumericText(value))) return value.replace(/,/g, "");
    return value;
  }
  return textOf(value);
}

export function createIdParser(): ColumnParser {
  return { parse: parseId, usesFormat: false, notices: [] };
}
