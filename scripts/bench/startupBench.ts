// (h) Start-up, issue 8's third item: `pmo-pulse --help` and validating a one-project workbook,
// each within 3× a bare `node -e 0`, all three whole processes as a user starts them.
import { runChild } from "./runChild";
import { medianRun } from "./medianRun";

/** Issue 8: each command within this many times a bare Node start. */
export const STARTUP_RATIO = 3;

export interface StartupFigures {
  /** Rounds of the three processes, run in turn. */
  readonly runs: number;
  /** Medians of the whole processes, spawn to exit. */
  readonly nodeMs: number;
  readonly helpMs: number;
  readonly validateMs: number;
  /** Medians of each round's own ratio to that round's `node -e 0`: a slow spell weighs on both. */
  readonly helpRatio: number;
  readonly validateRatio: number;
  readonly meetsTarget: boolean;
}

/** One Node process from spawn to exit, in ms; rejects when it fails (a validate with findings exits 1: not here). */
async function timeProcess(args: readonly string[]): Promise<number> {
  const start = performance.now();
  await runChild(process.execPath, args);
  return performance.now() - start;
}

/** The medians and verdict of rounds of `[node -e 0, --help, validate]` times. */
export function startupFigures(rounds: readonly (readonly [number, number, number])[]): StartupFigures {
  const median = (values: number[]): number => medianRun(values, (v) => v);
  const helpRatio = median(rounds.map(([node, help]) => help / node));
  const validateRatio = median(rounds.map(([node, , validate]) => validate / node));
  return {
    runs: rounds.length,
    nodeMs: median(rounds.map(([node]) => node)),
    helpMs: median(rounds.map(([, help]) => help)),
    validateMs: median(rounds.map(([, , validate]) => validate)),
    helpRatio,
    validateRatio,
    meetsTarget: helpRatio <= STARTUP_RATIO && validateRatio <= STARTUP_RATIO,
  };
}

/**
 * `runs` rounds of `node -e 0`, `node <bin> --help` and `node <bin> validate <onePath> --as-of
 * <asOf>` in turn, after one round not counted (the disk cache warm for all three).
 */
export async function measureStartup(
  bin: string,
  onePath: string,
  asOf: string,
  runs: number,
): Promise<StartupFigures> {
  const round = async (): Promise<[number, number, number]> => [
    await timeProcess(["-e", "0"]),
    await timeProcess([bin, "--help"]),
    await timeProcess([bin, "validate", onePath, "--as-of", asOf]),
  ];
  await round();
  const rounds: [number, number, number][] = [];
  for (let run = 0; run < runs; run++) rounds.push(await round());
  return startupFigures(rounds);
}

/** The report's line. */
export function startupLines(f: StartupFigures | undefined): string[] {
  if (f === undefined) return [];
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const verdict = (ratio: number) =>
    `${ratio.toFixed(2)}× (≤ ${STARTUP_RATIO}×: ${ratio <= STARTUP_RATIO ? "PASS" : "FAIL"})`;
  return [
    `(h) Start-up, whole processes, median of ${f.runs} rounds run in turn: node -e 0 ${ms(f.nodeMs)}; ` +
      `pmo-pulse --help ${ms(f.helpMs)}, ${verdict(f.helpRatio)}; ` +
      `validate a one-project workbook ${ms(f.validateMs)}, ${verdict(f.validateRatio)}`,
  ];
}
