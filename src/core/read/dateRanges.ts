import type { Finding } from "../model/finding";
import type { RawSheet } from "../model/raw";
import type { DateOrder } from "../model/settings";
import { cellAddress as a1 } from "../model/a1";
import { headerKey } from "../model/names";
import type { TableDef } from "../template/types";
import { PROJECTS_TABLE } from "../template/keys";
import { dayFromText } from "../values/parseDate";
import type { BoundColumn, HeaderMatch } from "./headerMatch";
import { sheetFinding } from "./findings";

/** Headers (by `headerKey`) a tool gives one column of both dates under: Notion's `Dates`, monday.com's `Timeline`. */
const RANGE_HEADERS: ReadonlySet<string> = new Set([
  "dates",
  "daterange",
  "timeline",
  "timeframe",
  "projectdates",
  "planneddates",
  "projecttimeline",
]);

/** The template columns a project's range fills: its first date, then its last. */
const RANGE_KEYS: Readonly<Record<string, readonly [string, string]>> = {
  [PROJECTS_TABLE]: ["startDate", "baselineFinish"],
};

/**
 * Between the two dates: Notion's arrow, a dash or `to` between spaces (a hyphen without spaces is
 * inside an ISO date). The first one found splits the text.
 */
const SEPARATORS = ["→", " – ", " — ", " - ", " to "];

/** Filled cells looked at to decide (the first ones under the header). */
const SAMPLE_ROWS = 500;

/** Which end of the range a column plan reads from the cell. */
export type RangeSide = "start" | "end";

/** A range column read as two template columns. */
export interface DateRangeRead {
  readonly column: BoundColumn;
  /** The template columns its first and its last date are read as. */
  readonly keys: readonly [string, string];
  /** A filled cell as written, for the finding. */
  readonly example: string;
  /** The match as the rows are read: both template columns bound to the range column. */
  readonly match: HeaderMatch;
}

/**
 * A range's two dates as written (`January 5, 2026 → December 18, 2026`), or null when the text has
 * no separator. Either side may still be no date: the column's parser reports it at the cell.
 */
export function splitRange(text: string): readonly [string, string] | null {
  for (const separator of SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0) return [text.slice(0, at).trim(), text.slice(at + separator.length).trim()];
  }
  return null;
}

/** The side of a range a plan reads: the start's text (all of it without a separator), or the end's (none then). */
export function rangeSide(text: string, side: RangeSide): string | null {
  const parts = splitRange(text);
  if (parts === null) return side === "start" ? text : null;
  return side === "start" ? parts[0] : parts[1];
}

/**
 * A Projects sheet with neither a Start Date nor a Baseline Finish column, whose `Dates` or
 * `Timeline` column holds both (most of its filled cells two dates with a separator): the first date
 * is read as the Start Date and the second as the Baseline Finish. A decision where the spec is
 * silent: read unmapped, every project was left out of the earned-value figures with two missing
 * columns, though its dates were on the sheet.
 */
export function readDateRange(
  sheet: RawSheet,
  table: TableDef,
  match: HeaderMatch,
  mappedColumns: ReadonlySet<string>,
  order: DateOrder,
): DateRangeRead | null {
  const keys = RANGE_KEYS[table.key];
  if (keys === undefined) return null;
  if (keys.some((k) => match.columns.has(k) || mappedColumns.has(k))) return null;
  if (!keys.every((k) => table.columns.some((c) => c.key === k))) return null;
  for (const column of match.unknown) {
    if (!RANGE_HEADERS.has(headerKey(column.header))) continue;
    const example = rangeExample(sheet, match, column.index, order);
    if (example === null) continue;
    const columns = new Map(match.columns);
    for (const key of keys) columns.set(key, column);
    const unknown = match.unknown.filter((u) => u !== column);
    return { column, keys, example, match: { ...match, columns, unknown } };
  }
  return null;
}

/** The first range in the column when most of its filled cells are ranges of two dates; else null. */
function rangeExample(sheet: RawSheet, match: HeaderMatch, index: number, order: DateOrder): string | null {
  let filled = 0;
  let ranges = 0;
  let example: string | null = null;
  for (let r = match.dataStart; r < match.dataEnd && filled < SAMPLE_ROWS; r++) {
    const value = sheet.cells.value(r, index);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    filled++;
    const parts = typeof value === "string" ? splitRange(value.trim()) : null;
    if (parts === null || dayFromText(parts[0], order) === null || dayFromText(parts[1], order) === null)
      continue;
    ranges++;
    example ??= value.toString().trim();
  }
  return ranges * 2 > filled ? example : null;
}

/** The info that a range column was read as two columns: which, and how. */
export function dateRangeFinding(
  file: string,
  sheet: RawSheet,
  table: TableDef,
  headerRow: number,
  read: DateRangeRead,
): Finding {
  const [first, last] = read.keys.map((k) => table.columns.find((c) => c.key === k)?.header ?? k);
  const cell = a1(headerRow, sheet.left + read.column.index);
  return sheetFinding(
    file,
    sheet.name,
    "info",
    "date-range-split",
    `"${read.column.header}" (${cell}) holds each project's dates as a range ("${read.example}"): the first ` +
      `date is read as the ${first ?? ""} and the second as the ${last ?? ""}. Give them columns of their own ` +
      `if the second date is a forecast rather than the plan.`,
    { cell, row: headerRow, column: read.column.header },
  );
}
