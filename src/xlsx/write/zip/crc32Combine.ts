/**
 * The CRC-32 of two byte strings one after the other, from their CRCs and the second one's length,
 * without the bytes: a stored run of rows is copied into a new part still compressed, and the
 * part's CRC must still cover it. CRC-32 is linear over GF(2), so appending `length` bytes is a
 * 32×32 bit-matrix applied to the first CRC; the matrix for `length` zero bytes is built by
 * repeated squaring (log2(length) steps), then the second CRC is added (xor).
 */

/** `matrix` (32 columns, one per bit of the input) times the bit vector `vector`. */
function times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  let v = vector >>> 0;
  for (let bit = 0; v !== 0; bit++, v >>>= 1) if ((v & 1) !== 0) sum ^= matrix[bit] as number;
  return sum >>> 0;
}

function square(out: Uint32Array, matrix: Uint32Array): void {
  for (let bit = 0; bit < 32; bit++) out[bit] = times(matrix, matrix[bit] as number);
}

/** CRC-32 of A then B, given crc(A), crc(B) and B's length in bytes. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA >>> 0;
  // The operator for one zero bit: shift right, xor the reflected polynomial when the low bit was set.
  const odd = new Uint32Array(32);
  const even = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let bit = 1; bit < 32; bit++) odd[bit] = (1 << (bit - 1)) >>> 0;
  square(even, odd); // two zero bits
  square(odd, even); // four zero bits
  let crc = crcA >>> 0;
  let remaining = lengthB;
  // Each pass squares the operator (one zero byte, then 2, 4, …) and applies it where the length has a 1 bit.
  for (;;) {
    square(even, odd);
    if (remaining % 2 === 1) crc = times(even, crc);
    remaining = Math.floor(remaining / 2);
    if (remaining === 0) break;
    square(odd, even);
    if (remaining % 2 === 1) crc = times(odd, crc);
    remaining = Math.floor(remaining / 2);
    if (remaining === 0) break;
  }
  return (crc ^ crcB) >>> 0;
}
