/** How many tasks may run at once, and how much of their weight (a file's bytes, say). */
export interface Concurrency<T> {
  /** Tasks at once, at least 1. */
  readonly limit: number;
  /** Weight at once; a task heavier than this alone still runs, but alone. */
  readonly budget: number;
  readonly weight: (item: T) => number;
}

/**
 * Runs `task` over `items` in their order, several at once within `concurrency`, and gives the
 * results in the items' order. After a task throws, no new one starts; the first error is thrown
 * once the tasks already running have ended (none is left running behind the caller's back).
 */
export function mapConcurrent<T, R>(
  items: readonly T[],
  concurrency: Concurrency<T>,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const limit = Math.max(1, Math.floor(concurrency.limit));
  let next = 0;
  let running = 0;
  let weight = 0;
  let failure: { readonly error: unknown } | null = null;
  return new Promise<R[]>((resolve, reject) => {
    const settle = (): void => {
      if (running > 0) return;
      if (failure !== null) reject(failure.error);
      else if (next >= items.length) resolve(results);
    };
    const start = (): void => {
      while (failure === null && next < items.length && running < limit) {
        const item = items[next] as T;
        const w = concurrency.weight(item);
        if (running > 0 && weight + w > concurrency.budget) break;
        const index = next++;
        running++;
        weight += w;
        // A task that throws synchronously fails like one that rejects.
        Promise.resolve()
          .then(() => task(item, index))
          .then(
            (result) => {
              results[index] = result;
            },
            (error: unknown) => {
              failure ??= { error };
            },
          )
          .finally(() => {
            running--;
            weight -= w;
            start();
            settle();
          });
      }
    };
    start();
    settle();
  });
}
