import { Inflate } from "fflate";
import { formatBytes } from "../limits";
import { damaged, XlsxError } from "../xlsxError";
import type { ReadCodec } from "./readCodec";
import type { ZipEntry } from "./zipDirectory";

const LOCAL_SIGNATURE = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: at most ~1,000× that comes out of one push. */
const INPUT_CHUNK = 16 * 1024;

/** The part grew past the limit while inflating (a zip bomb, or a sheet far too large). */
export class PartTooLargeError extends XlsxError {
  constructor(part: string, limit: number) {
    super(`the part ${part} inflates to more than ${formatBytes(limit)}, far more than a tracker holds`);
    this.name = "PartTooLargeError";
  }
}

function u16(data: Uint8Array, at: number): number {
  return (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8);
}

/** The entry's compressed bytes (found through its local header), or the ones it carries itself. */
export function compressedData(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.compressed !== undefined) return entry.compressed;
  const at = entry.localHeaderOffset;
  const signature = (u16(data, at) + u16(data, at + 2) * 0x10000) >>> 0;
  if (at + 30 > data.length || signature !== LOCAL_SIGNATURE) throw damaged(`local header of ${entry.name}`);
  const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw damaged(`data of ${entry.name} runs past the end (truncated?)`);
  return data.subarray(start, end);
}

/** An error's message; also for errors made in another realm (node:zlib's, seen from a test's sandbox). */
function messageOf(error: unknown): string {
  const message =
    typeof error === "object" && error !== null && "message" in error ? error.message : undefined;
  return typeof message === "string" ? message : String(error);
}

/** The entry's bytes as stored, after the checks both ways of reading it share. */
function storedData(data: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.encrypted)
    throw new XlsxError("the workbook is password-protected; remove the password in Excel and save it again");
  const input = compressedData(data, entry);
  if (entry.method === 0) {
    if (input.length > limit) throw new PartTooLargeError(entry.name, limit);
  } else if (entry.method !== 8) {
    throw damaged(`${entry.name}: compression method ${entry.method}`);
  }
  return input;
}

/**
 * Streams one zip entry's inflated bytes to `onChunk`, a piece at a time, and stops with
 * PartTooLargeError as soon as more than `limit` bytes have come out, whatever the entry declares.
 * Memory stays at one chunk, so neither a bomb nor a huge sheet is ever held whole.
 */
export function readEntry(
  data: Uint8Array,
  entry: ZipEntry,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const input = storedData(data, entry, limit);
  if (entry.method === 0) {
    onChunk(input);
    return;
  }
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > limit) throw new PartTooLargeError(entry.name, limit);
    onChunk(chunk);
  });
  try {
    for (let at = 0; at < input.length; at += INPUT_CHUNK) {
      const end = Math.min(at + INPUT_CHUNK, input.length);
      inflater.push(input.subarray(at, end), end === input.length);
    }
    if (input.length === 0) inflater.push(input, true);
  } catch (error) {
    // fflate's own errors carry a numeric code; anything else came from `onChunk` and goes on as is.
    const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
    if (typeof code !== "number") throw error;
    throw damaged(`${entry.name}: ${messageOf(error)}`);
  }
}

/**
 * `readEntry` with the codec's inflater: the same checks, limit and errors, the chunks awaited as
 * the inflater gives them. Stopping early (over the limit, or `onChunk` throwing) stops the inflater.
 */
export async function readEntryAsync(
  data: Uint8Array,
  entry: ZipEntry,
  limit: number,
  codec: ReadCodec,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const input = storedData(data, entry, limit);
  if (entry.method === 0) {
    onChunk(input);
    return;
  }
  const chunks = codec.inflate(input)[Symbol.asyncIterator]();
  let produced = 0;
  let ended = false;
  try {
    for (;;) {
      const next = await nextChunk(chunks, entry);
      if (next.done === true) {
        ended = true;
        return;
      }
      produced += next.value.length;
      if (produced > limit) throw new PartTooLargeError(entry.name, limit);
      onChunk(next.value);
    }
  } finally {
    // Stops the inflater; a failure to stop must not hide why reading stopped.
    if (!ended) await chunks.return?.().catch(() => undefined);
  }
}

/** The inflater's next chunk; its failure is damaged data (errors of `onChunk` never pass here). */
async function nextChunk(
  chunks: AsyncIterator<Uint8Array>,
  entry: ZipEntry,
): Promise<IteratorResult<Uint8Array>> {
  try {
    return await chunks.next();
  } catch (error) {
    throw damaged(`${entry.name}: ${messageOf(error)}`);
  }
}
