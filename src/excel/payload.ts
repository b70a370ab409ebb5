/**
 * Request size control. Excel on the web rejects a request or response over 5 MB, so every batch
 * is kept under an estimated budget with room left for Office.js's own envelope.
 */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** Estimated envelope of one queued operation (object path, action id, property name). */
export const OPERATION_OVERHEAD_BYTES = 300;

/** Estimated response size of one cell when reading `values` + `numberFormat`. */
export const READ_BYTES_PER_CELL = 40;

export function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
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
