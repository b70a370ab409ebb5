/**
 * CRC-32 (the zip and PNG polynomial, reflected 0xEDB88320), table-driven: the portable fallback
 * for where no native crc32 exists (the task pane). Node's `zlib.crc32` gives the same numbers.
 *
 * @example crc32(new TextEncoder().encode("123456789")) === 0xcbf43926
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** `previous` continues a CRC over bytes that came before `data` (0 to start). */
export function crc32(data: Uint8Array, previous = 0): number {
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) {
    crc = (TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
