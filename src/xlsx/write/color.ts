/**
 * Plan colours are `RRGGBB` (a leading `#` is tolerated). ExcelJS wants ARGB; DrawingML wants
 * the six digits.
 *
 * @example hexColor("#1f77b4") === "1F77B4"; argbColor("1F77B4") === "FF1F77B4"
 */
export function hexColor(value: string): string {
  const hex = value.trim().replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) {
    throw new Error(`Colour must be RRGGBB hex, got "${value}"`);
  }
  return hex;
}

export function argbColor(value: string): string {
  return `FF${hexColor(value)}`;
}
