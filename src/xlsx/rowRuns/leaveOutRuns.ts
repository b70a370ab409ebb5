/**
 * Reads a part written with stored runs without them: their compressed bytes are cut out of the
 * entry (each run is a byte-aligned stretch that refers to nothing around it, so what is left is
 * still one valid DEFLATE stream) and handed back unread. Reading the PMO History of a 36-period
 * dashboard then inflates its small tables only, not its 180,000 project rows.
 */
import { concatBytes } from "../concatBytes";
import { compressedData } from "../zip/readEntry";
import type { ZipEntry } from "../zip/zipDirectory";
import { parseRunIndex, runsOnFlushPoints } from "./runIndex";
import { StoredRun } from "./storedRun";

/**
 * The entry without its runs, and the runs in the order they are stored; null when the entry has
 * no index of ours that matches it exactly (then the part is read whole, as any other).
 */
export function leaveOutRuns(
  data: Uint8Array,
  entry: ZipEntry,
): { readonly entry: ZipEntry; readonly runs: readonly StoredRun[]; readonly inlineStrings: boolean } | null {
  if (entry.comment === undefined || entry.method !== 8 || entry.encrypted) return null;
  const index = parseRunIndex(entry.comment, entry);
  if (index === null || index.runs.length === 0) return null;
  const compressed = compressedData(data, entry);
  if (!runsOnFlushPoints(compressed, index)) return null;
  const rest: Uint8Array[] = [];
  let at = 0;
  const runs = index.runs.map((run) => {
    rest.push(compressed.subarray(at, run.offset));
    at = run.offset + run.length;
    return new StoredRun(
      run.key,
      run.rows,
      compressed.subarray(run.offset, at),
      run.crc,
      run.size,
      index.styles,
    );
  });
  rest.push(compressed.subarray(at));
  const left = concatBytes(rest);
  const runBytes = runs.reduce((n, r) => n + r.size, 0);
  return {
    entry: {
      ...entry,
      compressed: left,
      compressedSize: left.length,
      uncompressedSize: index.size - runBytes,
    },
    runs,
    inlineStrings: index.inlineStrings,
  };
}
