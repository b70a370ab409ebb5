import type { SheetSpec, SpecCell, TrackerSheets } from "../../src/core/example";
import { isDateCell, isErrorCell, isPercentCell, sheetRowOfDataRow } from "../../src/core/example";
import { columnLetters } from "../../src/core/model/a1";
import { dayFromIso } from "../../src/core/model/calendar";
import type { RawScalar, RawSheet, RawWorkbook } from "../../src/core/model/raw";

/** Days between Excel's 1900-system serial 0 (1899-12-30) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";
const DEFAULT_PERCENT_FORMAT = "0%";

/**
 * A tracker description as the RawWorkbook the .xlsx reader would return for the file
 * `writeTrackerXlsx` makes of it (1900 date system, dates as serials with their format, errors as
 * text, rows ending at their last non-blank cell), without writing or reading a file. Lets the
 * engine be measured on tables already in memory.
 *
 * @example rawWorkbookOfSpec(generateExamplePortfolio(options), "bench.xlsx").sheets[0].name; // "Projects"
 */
export function rawWorkbookOfSpec(spec: TrackerSheets, file: string): RawWorkbook {
  return { file, date1904: false, sheets: spec.sheets.map(rawSheetOfSpec) };
}

/** Data rows (below the header) in every sheet, and in the Allocations sheet. */
export function countDataRows(spec: TrackerSheets): { all: number; allocations: number } {
  let all = 0;
  let allocations = 0;
  for (const sheet of spec.sheets) {
    all += sheet.rows.length;
    if (sheet.name === "Allocations") allocations += sheet.rows.length;
  }
  return { all, allocations };
}

function rawSheetOfSpec(sheet: SheetSpec): RawSheet {
  const values: RawScalar[][] = [];
  const formats: (string | null)[][] = [];
  const push = (rowValues: RawScalar[], rowFormats: (string | null)[]): void => {
    let end = rowValues.length;
    while (end > 0 && rowValues[end - 1] === null) end--;
    values.push(rowValues.slice(0, end));
    formats.push(rowFormats.slice(0, end));
  };
  for (const title of sheet.titleRows ?? []) {
    push(
      title.map(finiteOrNull),
      title.map(() => null),
    );
  }
  push(
    [...sheet.header],
    sheet.header.map(() => null),
  );
  const columnFormats = sheet.columnFormats ?? {};
  sheet.rows.forEach((cells, r) => {
    push(
      cells.map((cell, c) => rawValue(sheet, r, c, cell)),
      cells.map((cell, c) => numberFormat(cell, columnFormats[c])),
    );
  });
  return {
    name: sheet.name,
    top: 1,
    left: 1,
    values,
    formats,
    uncalculated: [],
    listObjects: [],
    merges: [],
  };
}

function finiteOrNull(value: RawScalar): RawScalar {
  return typeof value === "number" && !Number.isFinite(value) ? null : value;
}

function rawValue(sheet: SheetSpec, r: number, c: number, cell: SpecCell): RawScalar {
  if (cell === null || typeof cell !== "object") return finiteOrNull(cell);
  if (isDateCell(cell)) {
    const day = dayFromIso(cell.date);
    if (day === null) {
      const at = `${sheet.name}!${columnLetters(c + 1)}${sheetRowOfDataRow(sheet, r)}`;
      throw new RangeError(`${at}: "${cell.date}" is not an ISO date (YYYY-MM-DD)`);
    }
    return day + EXCEL_EPOCH_OFFSET;
  }
  if (isPercentCell(cell)) return cell.percent;
  if (isErrorCell(cell)) return cell.error;
  return null;
}

function numberFormat(cell: SpecCell, columnFormat: string | undefined): string | null {
  if (cell !== null && typeof cell === "object") {
    if (isDateCell(cell)) return columnFormat ?? DEFAULT_DATE_FORMAT;
    if (isPercentCell(cell)) return columnFormat ?? DEFAULT_PERCENT_FORMAT;
    return null;
  }
  return typeof cell === "number" && columnFormat !== undefined ? columnFormat : null;
}
