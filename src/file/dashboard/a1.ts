/**
 * A1 addresses as the plan uses them: 1-based rows and columns, ranges on one sheet (`B5:B16`).
 *
 * @example parseRange("B5:C8") // { top: 5, left: 2, bottom: 8, right: 3 }
 * @example rangeFormula("PMO Dashboard", "B5:B8") === "'PMO Dashboard'!$B$5:$B$8"
 */

export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

export interface RangeBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** `1` → `A`, `28` → `AB`. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COL) {
    throw new Error(`Column number out of range: ${col}`);
  }
  let n = col;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `(5, 2)` → `B5`. */
export function cellRef(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) {
    throw new Error(`Row number out of range: ${row}`);
  }
  return `${columnLetters(col)}${row}`;
}

/** Parses `B5` or `$B$5`. */
export function parseCellRef(ref: string): CellAddress {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!match || match[1] === undefined || match[2] === undefined) {
    throw new Error(`Not an A1 cell reference: "${ref}"`);
  }
  let col = 0;
  for (const ch of match[1].toUpperCase()) {
    col = col * 26 + (ch.charCodeAt(0) - 64);
  }
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROW || col > MAX_COL) {
    throw new Error(`A1 cell reference outside the sheet: "${ref}"`);
  }
  return { row, col };
}

/** Parses `B5:C8` (either corner order) or a single cell `B5`. */
export function parseRange(range: string): RangeBox {
  const parts = range.split(":");
  const [first, second] = parts;
  if (parts.length > 2 || first === undefined) {
    throw new Error(`Not an A1 range: "${range}"`);
  }
  const a = parseCellRef(first);
  const b = second === undefined ? a : parseCellRef(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Number of cells in a one-row or one-column range; throws for a 2-D range. */
export function vectorLength(range: string): number {
  const box = parseRange(range);
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (rows > 1 && cols > 1) {
    throw new Error(`Expected a single row or column, got "${range}"`);
  }
  return rows * cols;
}

/**
 * Quotes a sheet name for a formula when Excel would: anything but a plain identifier, or a name
 * that reads as a cell reference or boolean. Apostrophes inside are doubled.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[Rr][0-9]*[Cc]?[0-9]*$/.test(name) &&
    !/^[Cc][0-9]*$/.test(name) &&
    !/^(true|false)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Absolute, sheet-qualified reference: `'PMO Dashboard'!$B$5:$B$8` (`$B$5` for one cell). */
export function rangeFormula(sheetName: string, range: string): string {
  const box = parseRange(range);
  const tl = `$${columnLetters(box.left)}$${box.top}`;
  const br = `$${columnLetters(box.right)}$${box.bottom}`;
  return `${quoteSheetName(sheetName)}!${tl === br ? tl : `${tl}:${br}`}`;
}
