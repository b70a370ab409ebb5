/**
 * The bundled example tracker (src/core/example) as cells: seeded into the Excel test double for
 * the browser harness, or as a RawWorkbook for tests, with values as Office.js gives them (dates as
 * 1900-system serials with a date format, percents as fractions with `0%`, errors as their text).
 */
import type { SheetSpec, SpecCell, TrackerSheets } from "../../../src/core/example";
import { isDateCell, isErrorCell, isPercentCell } from "../../../src/core/example";
import { dayFromIso } from "../../../src/core/model/calendar";
import type { RawScalar, RawWorkbook } from "../../../src/core/model/raw";
import type { SeedSheet } from "../../excel/support/fakeExcel";
import type { CellValue } from "../../excel/support/fakeState";

/** Days from 1899-12-30 to 1970-01-01: serial = day number + this (1900 system, dates after March 1900). */
const SERIAL_OF_DAY_ZERO = 25569;

function cellOf(cell: SpecCell, format: string | undefined): { value: RawScalar; format: string | null } {
  if (cell === null || typeof cell !== "object") {
    return { value: cell, format: typeof cell === "number" && format !== undefined ? format : null };
  }
  if (isDateCell(cell)) {
    const day = dayFromIso(cell.date);
    if (day === null) throw new Error(`example tracker: bad date ${cell.date}`);
    return { value: day + SERIAL_OF_DAY_ZERO, format: format ?? "yyyy-mm-dd" };
  }
  if (isPercentCell(cell)) return { value: cell.percent, format: format ?? "0%" };
  if (isErrorCell(cell)) return { value: cell.error, format: null };
  return { value: null, format: null };
}

function grid(sheet: SheetSpec): { values: RawScalar[][]; formats: (string | null)[][] } {
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
  return { values, formats };
}

/** Sheets to seed into the Excel test double (`seedSheet`). */
export function exampleSeeds(spec: TrackerSheets): SeedSheet[] {
  return spec.sheets.map((sheet) => {
    const { values, formats } = grid(sheet);
    return {
      name: sheet.name,
      values: values.map((row) => row.map((v): CellValue => (v === null ? "" : v))),
      formats: formats.map((row) => row.map((f) => f ?? undefined)),
    };
  });
}

/** The tracker as the Office.js reader would return it. */
export function exampleRawWorkbook(spec: TrackerSheets, file: string): RawWorkbook {
  return {
    file,
    date1904: false,
    sheets: spec.sheets.map((sheet) => ({ name: sheet.name, top: 1, left: 1, ...grid(sheet) })),
  };
}
