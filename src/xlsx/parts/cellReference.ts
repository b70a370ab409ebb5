/**
 * Reads the column of a cell reference such as "AB12" in place (it runs once per cell of every
 * sheet, so it neither slices nor allocates). Returns the 1-based column, or 0 when the text is not
 * a plain A1 reference on the sheet (the caller then counts columns itself).
 */
export function referenceColumn(text: string, start: number, end: number): number {
  let i = start;
  let col = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const letters = i - start;
  let row = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return 0;
    row = row * 10 + (c - 48);
  }
  if (letters === 0 || letters > 3 || col > 16_384 || row < 1 || row > 1_048_576) return 0;
  return col;
}

/** A non-negative decimal integer attribute (a style index) in place; -1 when it is not one. */
export function unsignedInteger(text: string, start: number, end: number): number {
  if (end === start || end - start > 9) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}
