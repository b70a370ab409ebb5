/**
 * Column letters of a 1-based column number.
 * @example columnLetters(28) // "AB"
 */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `F12` from 1-based row and column. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + row;
}

/**
 * 1-based row and column of an A1 address (`$` allowed, no sheet name), or null.
 * @example parseA1("$AB$7") // { row: 7, col: 28 }
 */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
