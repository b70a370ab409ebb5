import { summariseBuilds, type BuildFigures } from "./buildBench";
import { TARGET_HISTORY_SHARE } from "./historyBench";
import { medianRun } from "./medianRun";

/**
 * (g) as a user waits for it: `pmo-pulse build` alone and with `--previous` a 36-period dashboard,
 * each a whole process. The in-process figures beside it are the fastest of warm runs, which leave
 * out what a fresh process pays to read the earlier dashboard (compiling the code that reads it):
 * that was a third of the added time.
 */
/** Pairs of builds (alone, then with --previous): five, as the read's floor ratio takes. */
export const HISTORY_PROCESS_PAIRS = 5;

export interface HistoryProcessFigures {
  /** Builds of each kind, run in turn (alone, with --previous, alone…). */
  readonly runs: number;
  /** The median build's whole process, alone and with --previous. */
  readonly aloneMs: number;
  readonly withPreviousMs: number;
  /**
   * The median of each pair's own share (a build with --previous against the build alone just
   * before it), as read / floor is judged: one slow build moves a ratio of medians, not this.
   */
  readonly addedShare: number;
  /** The worst exit code of all the builds (0: every one wrote its dashboard). */
  readonly exitCode: number;
  /** Under the target share, and every build succeeded. */
  readonly meetsTarget: boolean;
}

/** The figures of builds alone and with --previous, run in pairs (medians, the worst exit code). */
export function historyProcessFigures(
  alone: readonly BuildFigures[],
  withPrevious: readonly BuildFigures[],
): HistoryProcessFigures {
  const a = summariseBuilds(alone);
  const b = summariseBuilds(withPrevious);
  const pairs = Math.min(alone.length, withPrevious.length);
  const shares = Array.from(
    { length: pairs },
    (_, i) => (withPrevious[i] as BuildFigures).processMs / (alone[i] as BuildFigures).processMs - 1,
  );
  const addedShare = shares.length === 0 ? Number.NaN : medianRun(shares, (share) => share);
  const exitCode = a.exitCode !== 0 ? a.exitCode : b.exitCode;
  return {
    runs: pairs,
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
