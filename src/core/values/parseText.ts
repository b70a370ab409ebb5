import type { ColumnParser } from "./types";

/** Text as Excel shows a non-text cell: numbers as written, booleans as TRUE/FALSE. */
export function textOf(value: string | number | boolean): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return value ? "TRUE" : "FALSE";
}

/** Text columns: any non-empty value, trimmed (the reader trims and drops blanks before parsing). */
export function createTextParser(): ColumnParser {
  return { parse: textOf, usesFormat: false, notices: [] };
}
