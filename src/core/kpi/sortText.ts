/**
 * Code-unit order, the same on every machine and locale (localeCompare is not), so reports are
 * byte-for-byte reproducible.
 */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
