/**
 * The index of a part's stored runs, kept as the zip entry's comment: invisible to Excel and to
 * every other reader, and dropped by any program that saves the file again, which is what makes
 * it safe: the index is only believed while the entry's CRC, sizes and the index agree.
 */
import type { RunRecord } from "./storedRun";

const MAGIC = "PMO Pulse row runs 1\n";
/** A zip comment holds at most 65,535 bytes; an index that would not fit is not written. */
export const MAX_INDEX_BYTES = 0xffff;

export interface RunIndex {
  /** CRC-32 and sizes of the whole part, as its zip entry records them. */
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
  /** What the runs' style indexes stand for (see `registerRunFormats`). */
  readonly styles: string;
  /** The part refers to no shared string: it can be read without the shared string table. */
  readonly inlineStrings: boolean;
  /** In the order they appear in the part. */
  readonly runs: readonly RunRecord[];
}

export function runIndexText(index: RunIndex): string {
  return MAGIC + JSON.stringify(index);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is RunRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r["key"] === "string" &&
    isCount(r["rows"]) &&
    isCount(r["offset"]) &&
    isCount(r["length"]) &&
    isCount(r["size"]) &&
    isCount(r["crc"])
  );
}

/** The empty stored block a sync flush ends with: every run starts after one and ends with one. */
const SYNC_FLUSH = [0x00, 0x00, 0xff, 0xff];

function endsWithSyncFlush(data: Uint8Array, end: number): boolean {
  return end >= 4 && SYNC_FLUSH.every((byte, i) => data[end - 4 + i] === byte);
}

/**
 * Whether every run lies on the compressed data's flush points, as our writer leaves them; a
 * cheap check that the index and the bytes belong together before any run is cut out or copied.
 */
export function runsOnFlushPoints(compressed: Uint8Array, index: RunIndex): boolean {
  return index.runs.every(
    (run) =>
      run.length > 0 &&
      (run.offset === 0 || endsWithSyncFlush(compressed, run.offset)) &&
      endsWithSyncFlush(compressed, run.offset + run.length),
  );
}

/**
 * The index in a zip entry's comment, or null when there is none or it does not describe this
 * entry exactly (another program wrote the part, or the comment is not ours): runs in order,
 * inside the compressed data, not overlapping.
 */
export function parseRunIndex(
  comment: string,
  entry: { readonly crc: number; readonly uncompressedSize: number; readonly compressedSize: number },
): RunIndex | null {
  if (!comment.startsWith(MAGIC)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(comment.slice(MAGIC.length));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const index = parsed as Record<string, unknown>;
  const runs = index["runs"];
  if (
    index["crc"] !== entry.crc ||
    index["size"] !== entry.uncompressedSize ||
    index["compressedSize"] !== entry.compressedSize ||
    typeof index["styles"] !== "string" ||
    typeof index["inlineStrings"] !== "boolean" ||
    !Array.isArray(runs) ||
    !runs.every(isRecord)
  )
    return null;
  let end = 0;
  for (const run of runs) {
    if (run.offset < end || run.offset + run.length > entry.compressedSize) return null;
    end = run.offset + run.length;
  }
  return {
    crc: entry.crc,
    size: entry.uncompressedSize,
    compressedSize: entry.compressedSize,
    styles: index["styles"],
    inlineStrings: index["inlineStrings"],
    runs,
  };
}
