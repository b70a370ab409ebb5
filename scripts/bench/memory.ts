/** Memory figures for the benchmarks: `process.memoryUsage()` sampled while work runs. */

export interface MemoryPeaks {
  /** Largest resident set size seen (bytes). */
  readonly rssBytes: number;
  /** Largest V8 heap in use seen (bytes), garbage included: what the work made the heap hold. */
  readonly heapUsedBytes: number;
}

/** Runs a full GC when Node was started with `--expose-gc` (the bench script does); otherwise nothing. */
export function collectGarbage(): void {
  if (typeof gc === "function") gc();
}

/**
 * Whether `collectGarbage` collects: heap held by something is only measurable between two full
 * collections; without them a scavenge in between can make the difference anything, even negative.
 */
export function canCollectGarbage(): boolean {
  return typeof gc === "function";
}

/**
 * Samples memory every `intervalMs` while `work` runs, plus once before and once after, and keeps
 * the largest values. Long synchronous stretches are not sampled inside, so the heap figure is a
 * lower bound of the true peak; `process.resourceUsage().maxRSS` gives the exact RSS peak.
 */
export async function sampleMemoryDuring<T>(
  work: () => Promise<T>,
  intervalMs = 5,
): Promise<{ result: T; peaks: MemoryPeaks }> {
  let rssBytes = 0;
  let heapUsedBytes = 0;
  const sample = (): void => {
    const usage = process.memoryUsage();
    rssBytes = Math.max(rssBytes, usage.rss);
    heapUsedBytes = Math.max(heapUsedBytes, usage.heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  try {
    const result = await work();
    sample();
    return { result, peaks: { rssBytes, heapUsedBytes } };
  } finally {
    clearInterval(timer);
  }
}

/** The process's peak RSS so far, in bytes (the OS's high-water mark, not a sample). */
export function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
