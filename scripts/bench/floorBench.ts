import { readFile } from "node:fs/promises";
import { NODE_READ_CODEC } from "../../src/file/zip/nodeReadCodec";
import { DEFAULT_XLSX_LIMITS } from "../../src/xlsx/limits";
import { readEntryAsync } from "../../src/xlsx/zip/readEntry";
import { readZipDirectory } from "../../src/xlsx/zip/zipDirectory";

/**
 * The inflate-and-scan floor of a .xlsx: inflate every part with the CLI reader's own codec
 * (node:zlib on the thread pool, its UTF-8 decoder), decode it and find every "<" in it. No reader
 * can do less and still look at every tag, so the read time divided by this is the reader's own
 * overhead.
 */
export async function measureFloorMs(path: string): Promise<number> {
  const data = new Uint8Array(await readFile(path));
  const start = performance.now();
  let tags = 0;
  for (const entry of readZipDirectory(data, DEFAULT_XLSX_LIMITS)) {
    const decoder = NODE_READ_CODEC.utf8Decoder();
    await readEntryAsync(data, entry, DEFAULT_XLSX_LIMITS.maxPartBytes, NODE_READ_CODEC, (chunk) => {
      const text = decoder.decode(chunk, { stream: true });
      for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at + 1)) tags++;
    });
  }
  const ms = performance.now() - start;
  if (tags === 0) throw new Error(`${path}: no XML found for the floor`);
  return ms;
}
