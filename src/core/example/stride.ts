/**
 * A step through `length` slots that visits every slot once before repeating: any stride coprime
 * to the length does, so `(start + i × stride) % length` gives distinct slots for i < length in
 * O(1) each, with no "already used?" set. The search starts at `from` (clamped to 1..length).
 *
 * @example
 * coprimeStride(10, 4); // 7 (4, 5 and 6 share a factor with 10)
 */
export function coprimeStride(length: number, from: number): number {
  let stride = Math.min(Math.max(1, Math.floor(from)), Math.max(1, length));
  while (gcd(stride, length) !== 1) stride++;
  return stride;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
