import type { CellRange } from "./raw";

/**
 * A1 addressing shared by every layer: 1-based rows and columns, ranges on one sheet (`B5:B16`).
 * @example columnLetters(28) // "AB"
 * @example parseRangeAddress("C8:B5") // { top: 5, left: 2, bottom: 8, right: 3 }
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnLetters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** Parses `B12` or `$B$12` (no sheet name) into 1-based row/col; null when malformed or off the sheet. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLUMNS) return null;
  return { row, col };
}

/** Parses `B5:C8` (either corner order) or a single cell `B5`; null when malformed. */
export function parseRangeAddress(range: string): CellRange | null {
  const parts = range.split(":");
  if (parts.length > 2) return null;
  const a = parseCellAddress(parts[0] ?? "");
  const b = parts[1] === undefined ? a : parseCellAddress(parts[1]);
  if (a === null || b === null) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * A sheet name as a finding names a place (`Projects!F12`, `'Status Report'!B7`): quoted unless a
 * plain identifier, apostrophes inside doubled. Looser than `quoteSheetName`: a message is read by
 * people, not parsed as a formula.
 */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A sheet name as a formula reference needs it: quoted unless a plain identifier that cannot be
 * read as a cell reference or boolean; apostrophes inside are doubled (`'O''Brien'`).
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
