/**
 * Parses a cell reference such as "AB12" into its column (1-based) and row, fast: it runs once per
 * cell of every sheet. Returns false when the text is not a plain A1 reference on the sheet.
 */
export class CellReference {
  row = 0;
  col = 0;

  parse(text: string): boolean {
    const n = text.length;
    let i = 0;
    let col = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
      else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
      else break;
    }
    let row = 0;
    const digits = i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return false;
      row = row * 10 + (c - 48);
    }
    if (digits === 0 || digits > 3 || i === digits || col > 16_384 || row < 1 || row > 1_048_576)
      return false;
    this.row = row;
    this.col = col;
    return true;
  }
}
