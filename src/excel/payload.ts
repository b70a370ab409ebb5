/**
 * Request size control. Excel on the web rejects a request or response over 5 MB, so every batch
 * is kept under an estimated budget with room left for Office.js's own envelope.
 */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** Estimated envelope of one queued operation (object path, action id, property name). */
export const OPERATION_OVERHEAD_BYTES = 300;

/** Estimated response size of one cell when reading `values` + `numberFormat`. */
export const READ_BYTES_PER_CELL = 40;

/**
 * The UTF-8 size of a value's JSON: the 5 MB limit is on request bytes, and tracker text in other
 * scripts takes 2–3 bytes per character (4 for a surrogate pair), not the 1 that `.length` counts.
 */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 2 units and 4 bytes: +1 for each half.
    if (c >= 0x80) bytes += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdfff ? 1 : 2;
  }
  return bytes;
}

/** Excel said a request or response was too large (the batch did not run). */
export function isPayloadError(error: unknown): boolean {
  const code =
    typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : "";
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Groups items into batches whose summed size stays within `budget` (an item larger than it gets its own batch). */
export function packBySize<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = size(item);
    if (current.length > 0 && used + bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Runs `queue(batch)` + `context.sync()` for each batch, one after the other. Chunked syncs are the
 * point here (each batch is as large as Excel allows), so this is not the "sync in a loop" pattern.
 */
export async function syncBatches<T>(
  context: Excel.RequestContext,
  batches: readonly T[],
  queue: (batch: T, index: number) => void,
  index = 0,
): Promise<void> {
  const batch = batches[index];
  if (batch === undefined) return;
  queue(batch, index);
  await context.sync();
  await syncBatches(context, batches, queue, index + 1);
}

/**
 * Like `syncBatches` for writes, but a batch Excel rejects as too large (estimates are estimates)
 * is split in half and each half sent on its own; Excel runs nothing of a rejected request, so
 * queueing its steps again is safe. A single step that is still too large fails.
 */
export async function syncWriteBatches<T>(
  context: Excel.RequestContext,
  batches: readonly T[][],
  queue: (batch: readonly T[], index: number) => void,
): Promise<void> {
  let sent = 0;
  const send = async (batch: readonly T[]): Promise<void> => {
    queue(batch, sent);
    try {
      await context.sync();
      sent++;
    } catch (error) {
      if (!isPayloadError(error) || batch.length < 2) throw error;
      const half = Math.ceil(batch.length / 2);
      await send(batch.slice(0, half));
      await send(batch.slice(half));
    }
  };
  await batches.reduce<Promise<void>>(
    (previous, batch) => previous.then(() => send(batch)),
    Promise.resolve(),
  );
}
