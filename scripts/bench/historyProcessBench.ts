import { summariseBuilds, type BuildFigures } from "./buildBench";
import { TARGET_HISTORY_SHARE } from "./historyBench";

/**
 * (g) as a user waits for it: `pmo-pulse build` alone and with `--previous` a 36-period dashboard,
 * each a whole process. The in-process figures beside it are the fastest of warm runs, which leave
 * out what a fresh process pays to read the earlier dashboard (compiling the code that reads it):
 * that was a third of the added time.
 */
export interface HistoryProcessFigures {
  /** Builds of each kind, run in turn (alone, with --previous, alone…). */
  readonly runs: number;
  /** The median build's whole process, alone and with --previous. */
  readonly aloneMs: number;
  readonly withPreviousMs: number;
  readonly addedShare: number;
  /** The worst exit code of all the builds (0: every one wrote its dashboard). */
  readonly exitCode: number;
  /** Under the target share, and every build succeeded. */
  readonly meetsTarget: boolean;
}

/** The figures of builds alone and with --previous (the median of each, the worst exit code). */
export function historyProcessFigures(
  alone: readonly BuildFigures[],
  withPrevious: readonly BuildFigures[],
): HistoryProcessFigures {
  const a = summariseBuilds(alone);
  const b = summariseBuilds(withPrevious);
  const addedShare = b.processMs / a.processMs - 1;
  const exitCode = a.exitCode !== 0 ? a.exitCode : b.exitCode;
  return {
    runs: Math.min(alone.length, withPrevious.length),
    aloneMs: a.processMs,
    withPreviousMs: b.processMs,
    addedShare,
    exitCode,
    meetsTarget: exitCode === 0 && addedShare < TARGET_HISTORY_SHARE,
  };
}

/** `runs` builds of each kind, in turn, so a slow spell of the machine weighs on both alike. */
export async function measureHistoryProcesses(
  build: (previous?: string) => Promise<BuildFigures>,
  previousPath: string,
  runs: number,
): Promise<HistoryProcessFigures> {
  const alone: BuildFigures[] = [];
  const withPrevious: BuildFigures[] = [];
  for (let run = 0; run < runs; run++) {
    alone.push(await build());
    withPrevious.push(await build(previousPath));
  }
  return historyProcessFigures(alone, withPrevious);
}
