import type { CellRange } from "../../core/model/raw";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  columnLetters,
  parseCellAddress,
  parseRangeAddress,
  quoteSheetName,
} from "../../core/model/a1";

/**
 * The writer's strict A1 helpers: a plan with an address off the sheet is a bug in the plan, so
 * these throw with the address named instead of returning null.
 * @example rangeFormula("PMO Dashboard", "B5:B8") === "'PMO Dashboard'!$B$5:$B$8"
 */
export function cellRef(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new Error(`Row number out of range: ${row}`);
  return `${columnRef(col)}${row}`;
}

/** A column's letters (`28` → `AB`); throws for a column off the sheet. */
export function columnRef(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLUMNS)
    throw new Error(`Column number out of range: ${col}`);
  return columnLetters(col);
}

export function parseCellRef(ref: string): { row: number; col: number } {
  const cell = parseCellAddress(ref);
  if (cell === null) throw new Error(`Not an A1 cell reference on the sheet: "${ref}"`);
  return cell;
}

export function parseRange(range: string): CellRange {
  const box = parseRangeAddress(range);
  if (box === null) throw new Error(`Not an A1 range: "${range}"`);
  return box;
}

/** Number of cells in a one-row or one-column range; throws for a 2-D range. */
export function vectorLength(range: string): number {
  const box = parseRange(range);
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (rows > 1 && cols > 1) throw new Error(`Expected a single row or column, got "${range}"`);
  return rows * cols;
}

/** Absolute, sheet-qualified reference: `'PMO Dashboard'!$B$5:$B$8` (`$B$5` for one cell). */
export function rangeFormula(sheetName: string, range: string): string {
  const box = parseRange(range);
  const tl = `$${columnLetters(box.left)}$${box.top}`;
  const br = `$${columnLetters(box.right)}$${box.bottom}`;
  return `${quoteSheetName(sheetName)}!${tl === br ? tl : `${tl}:${br}`}`;
}
