import type { RawScalar, RawSheet } from "../model/raw";
import { isFilledCell, loneTextCell } from "./rowCells";

/** Whether a text holds a digit: a loop, as it runs on the project cell of every row. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Data rows are grid rows `start` … `end - 1`. */
interface DataRows {
  readonly start: number;
  readonly end: number;
}
/** Data rows looked at to tell whether the table's project IDs carry digits. */
const SAMPLE_ROWS = 500;
/** Grid rows and columns are below this, so `r * COLUMNS + c` names one cell. */
const COLUMNS = 1 << 15;

/**
 * Whether nine in ten of a column's IDs (at least two) hold a digit, as `P-101` does. Rows whose
 * only cell is that column's text are the candidate headings themselves: not counted.
 */
function mostlyDigits(sheet: RawSheet, headed: readonly number[], column: number, data: DataRows): boolean {
  let filled = 0;
  let withDigit = 0;
  const cells: RawScalar[] = [];
  for (let r = data.start; r < Math.min(data.end, data.start + SAMPLE_ROWS); r++) {
    const v = sheet.cells.value(r, column);
    if (!isFilledCell(v)) continue;
    if (typeof v === "number" || (typeof v === "string" && hasDigit(v))) {
      withDigit++;
    } else {
      cells.length = 0;
      sheet.cells.copyRow(r, cells);
      if (loneTextCell(headed, cells) === column) continue;
    }
    filled++;
  }
  return withDigit >= 2 && withDigit * 10 >= filled * 9;
}

/**
 * Finds the section headings a grouped tracker writes between its rows (`Digital Programme` over
 * that programme's projects): a row whose one filled cell under the headers is a text that is
 * either merged across columns, or sits in the project column without a digit where the project
 * IDs have digits. Read as data, each would be a project missing every required column; a row
 * with only a project ID (`P-104`, a project not filled in yet) stays data. Returns, for a grid row
 * and its cells, the heading's grid column, or -1.
 */
export function sectionHeadingFinder(
  sheet: RawSheet,
  headed: readonly number[],
  data: DataRows,
  projectColumn: number,
): (r: number, cells: readonly RawScalar[]) => number {
  const merged = new Set<number>();
  for (const m of sheet.merges ?? []) {
    if (m.right > m.left && m.top === m.bottom)
      merged.add((m.top - sheet.top) * COLUMNS + m.left - sheet.left);
  }
  let idsHaveDigits: boolean | null = null;
  return (r, cells) => {
    // The cheap tests first: this runs for every row of every table.
    const inProjectColumn = projectColumn >= 0 ? cells[projectColumn] : undefined;
    const unlikeAnId = typeof inProjectColumn === "string" && !hasDigit(inProjectColumn);
    if (!unlikeAnId && merged.size === 0) return -1;
    const c = loneTextCell(headed, cells);
    if (c < 0) return -1;
    if (merged.has(r * COLUMNS + c)) return c;
    if (!unlikeAnId || c !== projectColumn) return -1;
    idsHaveDigits ??= mostlyDigits(sheet, headed, projectColumn, data);
    return idsHaveDigits ? c : -1;
  };
}
