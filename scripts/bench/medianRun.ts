/**
 * The run whose time is the median of `runs` (the lower middle one for an even count). One whole
 * process is hostage to the machine's mood: on the shared 2-core machine the same build has taken
 * 2.7 s and 4.4 s within an hour, so a verdict rests on the middle of several runs, not on one.
 */
export function medianRun<T>(runs: readonly T[], timeOf: (run: T) => number): T {
  if (runs.length === 0) throw new Error("medianRun needs at least one run");
  const sorted = [...runs].sort((a, b) => timeOf(a) - timeOf(b));
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}
