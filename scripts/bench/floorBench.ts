import { readFile } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { NODE_READ_CODEC } from "../../src/file/zip/nodeReadCodec";
import { DEFAULT_XLSX_LIMITS } from "../../src/xlsx/limits";
import type { ReadCodec } from "../../src/xlsx/zip/readCodec";
import { readEntryAsync } from "../../src/xlsx/zip/readEntry";
import { readZipDirectory } from "../../src/xlsx/zip/zipDirectory";

/**
 * Inflated bytes per chunk for the floor: the fastest of 16 KB to 1 MB for inflating, decoding and
 * scanning whole chunks (64 KB: 190-210 ms on the 5,000-project tracker; 1 MB: 470 ms, as a string
 * that large takes fresh memory pages). Fixed here, so tuning the reader's own codec never moves
 * the floor it is judged against.
 */
const FLOOR_CHUNK_BYTES = 64 * 1024;

/** node:zlib on the thread pool, as the CLI reader inflates, in the floor's chunk size; the reader's decoder. */
const FLOOR_CODEC: ReadCodec = {
  inflate: (compressed) => {
    const inflater = createInflateRaw({ chunkSize: FLOOR_CHUNK_BYTES });
    inflater.end(compressed);
    return inflater;
  },
  utf8Decoder: NODE_READ_CODEC.utf8Decoder,
};

/**
 * The inflate-and-scan floor of a .xlsx: inflate every part with node:zlib on the thread pool, as
 * the CLI reader does, decode it with the reader's UTF-8 decoder and find every "<" in it. No
 * reader can do less and still look at every tag, so the read time divided by this is the reader's
 * own overhead.
 */
export async function measureFloorMs(path: string): Promise<number> {
  const data = new Uint8Array(await readFile(path));
  const start = performance.now();
  let tags = 0;
  for (const entry of readZipDirectory(data, DEFAULT_XLSX_LIMITS)) {
    const decoder = FLOOR_CODEC.utf8Decoder();
    await readEntryAsync(data, entry, DEFAULT_XLSX_LIMITS.maxPartBytes, FLOOR_CODEC, (chunk) => {
      const text = decoder.decode(chunk, { stream: true });
      for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at + 1)) tags++;
    });
  }
  const ms = performance.now() - start;
  if (tags === 0) throw new Error(`${path}: no XML found for the floor`);
  return ms;
}
