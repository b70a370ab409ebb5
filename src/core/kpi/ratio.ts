/**
 * A ratio whose denominator is 0 is null (shown as "n/a"), never Infinity or NaN.
 * @example ratio(2500, 3000) // 0.8333…; ratio(1, 0) // null
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}
