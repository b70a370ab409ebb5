import type { Finding } from "../model/finding";
import type { RawSheet } from "../model/raw";
import type { ColumnDef, TableDef } from "../template/types";
import { cellAddress as a1 } from "../model/a1";
import { headerKey } from "../model/names";
import { columnNames } from "../template/tableNames";
import { enumReader } from "../values/enumValue";
import { textOf } from "../values/parseText";
import type { BoundColumn, HeaderMatch } from "./findHeader";
import { quotedList, sheetFinding } from "./findings";

/** Data rows looked at to tell which of two columns holds a list column's values. */
const SAMPLE_ROWS = 500;

/** A list column read from another column of the same name because its values fit (see `preferFittingColumns`). */
export interface ColumnReadByValues {
  readonly key: string;
  /** The column now read. */
  readonly chosen: BoundColumn;
  /** The column the header alone had chosen, now an unknown column. */
  readonly passedOver: BoundColumn;
  /** A few of the passed-over column's values that are not allowed values, as written. */
  readonly misfits: readonly string[];
}

export interface Fit {
  readonly fitting: number;
  readonly filled: number;
  readonly misfits: string[];
}

export function fitOf(
  sheet: RawSheet,
  match: HeaderMatch,
  column: BoundColumn,
  read: (text: string) => string | null,
): Fit {
  let fitting = 0;
  let filled = 0;
  const misfits: string[] = [];
  const end = Math.min(match.dataEnd, match.dataStart + SAMPLE_ROWS);
  for (let r = match.dataStart; r < end; r++) {
    const value = sheet.cells.value(r, column.index);
    if (value === null) continue;
    const text = textOf(value).trim();
    if (text === "") continue;
    filled++;
    if (read(text) !== null) fitting++;
    else if (misfits.length < 3 && !misfits.includes(text)) misfits.push(text);
  }
  return { fitting, filled, misfits };
}

/** Most of the filled cells hold allowed values. */
export const mostlyFits = (fit: Fit): boolean => fit.filled > 0 && fit.fitting * 2 > fit.filled;

export function namesColumn(def: ColumnDef, header: string): boolean {
  const key = headerKey(header);
  return columnNames(def).some((name) => headerKey(name) === key);
}

/**
 * A list (enum) column whose header names it twice: third-party trackers carry a lifecycle
 * `Status` (In Progress, Not Started…) beside the `RAG` the template's Status means. The header
 * rule takes the exact header; when its values are mostly not allowed values and the other
 * column's mostly are, the other column is read instead and the first becomes an unknown column.
 * Columns the PMO mapped by hand (`mapped`) are never second-guessed.
 */
export function preferFittingColumns(
  sheet: RawSheet,
  table: TableDef,
  match: HeaderMatch,
  mapped: ReadonlySet<string>,
): { match: HeaderMatch; readByValues: ColumnReadByValues[] } {
  const readByValues: ColumnReadByValues[] = [];
  let columns: Map<string, BoundColumn> | null = null;
  let unknown = match.unknown;
  for (const def of table.columns) {
    const bound = match.columns.get(def.key);
    if (def.enum === undefined || bound === undefined || mapped.has(def.key)) continue;
    const rivals = unknown.filter((u) => namesColumn(def, u.header));
    if (rivals.length === 0) continue;
    const read = enumReader(def.enum);
    const boundFit = fitOf(sheet, match, bound, read);
    if (mostlyFits(boundFit)) continue;
    const rival = rivals.find((u) => mostlyFits(fitOf(sheet, match, u, read)));
    if (rival === undefined) continue;
    columns ??= new Map(match.columns);
    columns.set(def.key, rival);
    unknown = [...unknown.filter((u) => u !== rival), bound].sort((a, b) => a.index - b.index);
    readByValues.push({ key: def.key, chosen: rival, passedOver: bound, misfits: boundFit.misfits });
  }
  if (columns === null) return { match, readByValues };
  return { match: { ...match, columns, unknown }, readByValues };
}

/** One info per list column read by its values, at the chosen column's header cell. */
export function readByValuesFindings(
  file: string,
  sheet: RawSheet,
  table: TableDef,
  headerRow: number,
  readByValues: readonly ColumnReadByValues[],
): Finding[] {
  return readByValues.map(({ key, chosen, passedOver, misfits }) => {
    const def = table.columns.find((c) => c.key === key);
    const name = def?.header ?? key;
    const cell = (column: BoundColumn): string => a1(headerRow, sheet.left + column.index);
    const holds = misfits.length > 0 ? `holds other values (${quotedList(misfits)})` : "is empty";
    return sheetFinding(
      file,
      sheet.name,
      "info",
      "column-read-by-values",
      `Sheet "${sheet.name}" has two columns that could be ${name}: "${passedOver.header}" ` +
        `(${cell(passedOver)}) ${holds}, so ${name} is read from ` +
        `"${chosen.header}" (${cell(chosen)}), whose values are ${def?.enum?.values.join(", ") ?? ""}. ` +
        `Map the columns if this is wrong.`,
      { cell: cell(chosen), row: headerRow, column: chosen.header },
    );
  });
}
