import type { RawScalar, RawSheet } from "../model/raw";
import { isFilledCell } from "./rowCells";

/** Data rows are grid rows `start` … `end - 1`. */
interface DataRows {
  readonly start: number;
  readonly end: number;
}

/**
 * The grid column of a row's one text cell under the headers when the row holds that text and
 * numbers only, at least one (a summary row's shape: a name, and dates or amounts); -1 for a row
 * with two or more texts (a data row: a name and a manager, a status…), -2 for any other row.
 * `numbers` gets the columns of the numbers. Stops at the second text: most rows are data rows.
 */
function summaryShape(headed: readonly number[], cells: readonly RawScalar[], numbers: number[]): number {
  numbers.length = 0;
  let text = -2;
  for (let i = 0; i < headed.length; i++) {
    const c = headed[i] as number;
    const v = cells[c];
    if (!isFilledCell(v)) continue;
    if (typeof v === "number") numbers.push(c);
    else if (text >= 0) return -1;
    else text = c;
  }
  return text >= 0 && numbers.length > 0 ? text : -2;
}

/** Whether `sum` and `value` are the same amount, up to the rounding of adding fractions. */
function sameAmount(value: number, sum: number): boolean {
  return Math.abs(value - sum) <= 1e-9 * Math.max(1, Math.abs(sum));
}

/**
 * How one number of the candidate row relates to its column over the group below: 3 when it is
 * the total of two or more different amounts (a rolled-up budget), 2 when it is the group's
 * earliest or latest (a rolled-up start or finish), 1 when it is a fraction within the group's
 * range (a rolled-up % Complete, an average), 0 otherwise.
 */
function rollUpFit(value: number, column: readonly number[]): number {
  if (column.length === 0) return 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of column) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  // A total of two or more different amounts is telling evidence; a bound alone can be a coincidence.
  if (sum !== min && sum !== max && sameAmount(value, sum)) return 3;
  if (value === min || value === max || sameAmount(value, sum)) return 2;
  return value >= min && value <= max && value >= 0 && value <= 1 ? 1 : 0;
}

/** Summary rows right under a summary row (nested levels) looked past before its group. */
const MAX_NESTED = 3;

/**
 * Finds the summary rows of a tracker exported with its hierarchy (Smartsheet's parent rows, a
 * plan's summary tasks, a programme row over its projects): a row with one text, its name, and
 * numbers only, each number rolling up the rows grouped under it (their earliest start, latest
 * finish or total; a fraction within their range), at least one exactly, over two or more rows.
 * The rows under it are data rows: they hold two texts or more (a name and a manager, a status)
 * where the summary row has one. Read as data, each such row was a project missing its manager,
 * status and phase. In a table keyed by IDs the name may stand beside a blank ID; a row with a
 * name alone is not one (see `sectionHeadingFinder`). Returns, for a grid row and its cells, the
 * name's grid column, or -1.
 */
export function summaryRowFinder(
  sheet: RawSheet,
  headed: readonly number[],
  data: DataRows,
  projectColumn: number,
): (r: number, cells: readonly RawScalar[]) => number {
  const row: RawScalar[] = [];
  const numbers: number[] = [];
  const below: number[] = [];
  return (r, cells) => {
    const name = summaryShape(headed, cells, numbers);
    // The name is the project cell, or the project cell is blank (an ID table's parent row).
    if (name < 0 || (projectColumn >= 0 && name !== projectColumn && isFilledCell(cells[projectColumn])))
      return -1;
    // The group: the rows below, past summary rows right under this one (a nested level), up to
    // the next summary row, a blank row or the table's end.
    const columns = new Map<number, number[]>(numbers.map((c) => [c, []]));
    let rows = 0;
    let nested = 0;
    for (let g = r + 1; g < data.end; g++) {
      row.length = 0;
      sheet.cells.copyRow(g, row);
      const shape = summaryShape(headed, row, below);
      if (shape >= 0) {
        // At most a few levels: a sheet whose every row has this shape must not be scanned again per row.
        if (rows > 0 || ++nested > MAX_NESTED) break;
        continue;
      }
      if (shape === -2) break;
      rows++;
      for (const [c, values] of columns) {
        const v = row[c];
        if (typeof v === "number") values.push(v);
      }
    }
    // One row under it could be a project that happens to share the dates: two or more are asked.
    if (rows < 2) return -1;
    // Every number rolls up; and one is a total, or two are bounds (a start and a finish): one
    // date that happens to be the earliest is not enough to leave a row out.
    let bounds = 0;
    let total = false;
    for (const c of numbers) {
      const fit = rollUpFit(cells[c] as number, columns.get(c) ?? []);
      if (fit === 0) return -1;
      if (fit === 3) total = true;
      if (fit >= 2) bounds++;
    }
    return total || bounds >= 2 ? name : -1;
  };
}
