import { columnLetters } from "../model/a1";
import { dayFromIso, serialFromDay } from "../model/calendar";
import type { RawScalar } from "../model/raw";
import type { SheetSpec, SpecCell } from "./trackerSheets";
import { isDateCell, isErrorCell, isPercentCell, sheetRowOfDataRow } from "./trackerSheets";

const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";
const DEFAULT_PERCENT_FORMAT = "0%";

/**
 * The cell value a tracker spec cell becomes in Excel (1900 date system): dates as serials,
 * percents as fractions, errors as their text, non-finite numbers as blank. Writers of the spec
 * (the .xlsx writer, the bench's in-memory workbook) share it so both hold the same cells.
 * Throws a RangeError naming the cell for a date that is not ISO `YYYY-MM-DD`.
 */
export function specCellValue(sheet: SheetSpec, r: number, c: number, cell: SpecCell): RawScalar {
  if (cell === null || typeof cell !== "object") {
    return typeof cell === "number" && !Number.isFinite(cell) ? null : cell;
  }
  if (isDateCell(cell)) {
    const day = dayFromIso(cell.date);
    if (day === null) {
      const at = `${sheet.name}!${columnLetters(c + 1)}${sheetRowOfDataRow(sheet, r)}`;
      throw new RangeError(`${at}: "${cell.date}" is not an ISO date (YYYY-MM-DD)`);
    }
    return serialFromDay(day);
  }
  if (isPercentCell(cell)) return cell.percent;
  if (isErrorCell(cell)) return cell.error;
  return null;
}

/** The number format of a spec cell: its column's format, or the default for dates and percents. */
export function specCellFormat(cell: SpecCell, columnFormat: string | undefined): string | null {
  if (cell !== null && typeof cell === "object") {
    if (isDateCell(cell)) return columnFormat ?? DEFAULT_DATE_FORMAT;
    if (isPercentCell(cell)) return columnFormat ?? DEFAULT_PERCENT_FORMAT;
    return null;
  }
  return typeof cell === "number" && columnFormat !== undefined ? columnFormat : null;
}
