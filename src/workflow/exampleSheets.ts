/**
 * The bundled example tracker (src/core/example) as cells the way Excel holds them: dates as
 * 1900-system serials with a date format, percents as fractions with `0%`, errors as their text.
 * The pane adds these sheets to a workbook that has no tracker yet; the tests seed the Excel test
 * double with the same cells.
 */
import type { SheetSpec, SpecCell, TrackerSheets } from "../core/example";
import {
  DEMO_EXAMPLE_OPTIONS,
  generateExamplePortfolio,
  isDateCell,
  isErrorCell,
  isPercentCell,
} from "../core/example";
import { dayFromIso } from "../core/model/calendar";
import type { RawScalar } from "../core/model/raw";

/** Days from 1899-12-30 to 1970-01-01: serial = day number + this (1900 system, dates after March 1900). */
const SERIAL_OF_DAY_ZERO = 25569;

export interface ExampleSheet {
  readonly name: string;
  readonly values: RawScalar[][];
  /** Number format per cell, null = General. */
  readonly formats: (string | null)[][];
}

function cellOf(cell: SpecCell, format: string | undefined): { value: RawScalar; format: string | null } {
  if (cell === null || typeof cell !== "object") {
    return { value: cell, format: typeof cell === "number" && format !== undefined ? format : null };
  }
  if (isDateCell(cell)) {
    const day = dayFromIso(cell.date);
    return day === null
      ? { value: cell.date, format: null }
      : { value: day + SERIAL_OF_DAY_ZERO, format: format ?? "yyyy-mm-dd" };
  }
  if (isPercentCell(cell)) return { value: cell.percent, format: format ?? "0%" };
  if (isErrorCell(cell)) return { value: cell.error, format: null };
  return { value: null, format: null };
}

function sheetCells(sheet: SheetSpec): ExampleSheet {
  const values: RawScalar[][] = [];
  const formats: (string | null)[][] = [];
  for (const row of sheet.titleRows ?? []) {
    values.push([...row]);
    formats.push(row.map(() => null));
  }
  values.push([...sheet.header]);
  formats.push(sheet.header.map(() => null));
  for (const row of sheet.rows) {
    const cells = row.map((c, i) => cellOf(c, sheet.columnFormats?.[i]));
    values.push(cells.map((c) => c.value));
    formats.push(cells.map((c) => c.format));
  }
  return { name: sheet.name, values, formats };
}

export function exampleSheets(spec: TrackerSheets): ExampleSheet[] {
  return spec.sheets.map(sheetCells);
}

/** The example the pane offers: the demo portfolio as at `asOf`, with its planted data errors. */
export function demoExampleSheets(asOf: string): ExampleSheet[] {
  return exampleSheets(generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf, withErrors: true }));
}
