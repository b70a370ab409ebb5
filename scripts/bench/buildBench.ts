import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { runCli as RunCli } from "../../src/cli/main";
import { BUILD_CHILD_FLAG } from "./childFlags";
import { medianRun } from "./medianRun";
import { runChild } from "./runChild";
import { BENCH_AS_OF } from "./sizes";

/** `pmo-pulse build` on one tracker, end to end in a fresh process. */
export interface BuildFigures {
  /** From the first line of the CLI to the dashboard written (module loading included). */
  readonly wallMs: number;
  /**
   * The whole process as a user waits for it (Node's start, module loading, build, exit), measured
   * by the parent; equal to `wallMs` when the build ran in the bench's own process.
   */
  readonly processMs: number;
  /** The process's peak RSS (the OS's high-water mark). */
  readonly peakRssBytes: number;
  readonly exitCode: number;
  /** Builds timed: the figures are the median one's times, the largest peak and the worst exit code. */
  readonly runs?: number;
}

/** Several builds as one: the median run's times, the largest peak RSS, a failed run's exit code. */
export function summariseBuilds(runs: readonly BuildFigures[]): BuildFigures {
  const median = medianRun(runs, (run) => run.processMs);
  return {
    ...median,
    peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)),
    exitCode: runs.find((run) => run.exitCode !== 0)?.exitCode ?? 0,
    runs: runs.length,
  };
}

/** The project's folder: the nearest one above this file with a package.json (from the sources or dist-bench). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** The CLI as users run it: the bundle in dist/cli (`npm run build:cli`; npm ci builds it). */
const CLI_BUNDLE = join(projectRoot(), "dist", "cli", "main.js");

/** The `pmo-pulse` command itself (`npx pmo-pulse`), which loads that bundle. */
export const CLI_BIN = join(projectRoot(), "bin", "pmo-pulse.js");

/**
 * Runs the CLI's build in this process; the bench calls it through `measureBuildInChild`.
 * `previous`: an earlier dashboard, built on as `--previous` (the monthly cycle).
 */
export async function measureBuild(path: string, outDir: string, previous?: string): Promise<BuildFigures> {
  const start = performance.now();
  // The bundled CLI that bin/pmo-pulse.js runs (npm run build:cli), loaded here as the CLI loads
  // itself: a read child never loads it.
  const { runCli } = (await import(CLI_BUNDLE)) as { runCli: typeof RunCli };
  const exitCode = await runCli(
    [
      "build",
      path,
      "--out",
      join(outDir, "bench-dashboard.xlsx"),
      "--as-of",
      BENCH_AS_OF,
      ...(previous === undefined ? [] : ["--previous", previous]),
    ],
    { out: () => undefined, err: () => undefined, now: () => new Date() },
  );
  const wallMs = performance.now() - start;
  return {
    wallMs,
    processMs: wallMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    exitCode,
  };
}

/**
 * One `pmo-pulse build` as the bench times it: in a fresh process through `childScript` (the
 * bench's entry point), or in this process when there is none (the tests' quick bench).
 */
export function measureBuildProcess(
  childScript: string | undefined,
  path: string,
  outDir: string,
  previous?: string,
): Promise<BuildFigures> {
  return childScript === undefined
    ? measureBuild(path, outDir, previous)
    : measureBuildInChild(childScript, path, outDir, previous);
}

/**
 * `node <childScript> --build-child <tracker> <outDir> [<previous>]` in a fresh process that loads
 * only what the CLI loads (so its peak RSS is the CLI's), timed from spawn to exit.
 */
export async function measureBuildInChild(
  childScript: string,
  path: string,
  outDir: string,
  previous?: string,
): Promise<BuildFigures> {
  const start = performance.now();
  const args = [childScript, BUILD_CHILD_FLAG, path, outDir, ...(previous === undefined ? [] : [previous])];
  const stdout = await runChild(process.execPath, args);
  const processMs = performance.now() - start;
  return { ...(JSON.parse(stdout) as BuildFigures), processMs };
}

/** What the same job costs a plain pandas + openpyxl script; null when /usr/bin/python3 lacks them. */
export interface PandasFigures {
  readonly wallMs: number;
  readonly peakRssBytes: number;
  /** Scripts timed: the median one's time and the largest peak. */
  readonly runs?: number;
}

/** Several pandas runs as one: the median run's time, the largest peak RSS. */
export function summarisePandas(runs: readonly PandasFigures[]): PandasFigures {
  const median = medianRun(runs, (run) => run.wallMs);
  return { ...median, peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)), runs: runs.length };
}

// Reads every sheet (header found by its "Project ID" cell), sums hours per project and budget per
// program, writes the two summaries: the minimum a pandas user would script for the same job.
const PANDAS_SCRIPT = `
import resource, sys, time
start = time.perf_counter()
import pandas as pd
tables = {}
for name, df in pd.read_excel(sys.argv[1], sheet_name=None, engine="openpyxl", header=None).items():
    head = next((i for i in range(min(10, len(df))) if "Project ID" in set(df.iloc[i].astype(str))), 0)
    body = df.iloc[head + 1:]
    body.columns = [str(c) for c in df.iloc[head]]
    tables[name] = body
alloc = tables["Allocations"]
hours = alloc.assign(h=pd.to_numeric(alloc["Actual Hours"], errors="coerce")).groupby("Project ID")["h"].sum()
projects = tables["Projects"]
budget = projects.assign(b=pd.to_numeric(projects["Budget ($)"], errors="coerce")).groupby("Program")["b"].sum()
with pd.ExcelWriter(sys.argv[2], engine="openpyxl") as out:
    hours.to_excel(out, sheet_name="Hours")
    budget.to_excel(out, sheet_name="Budget")
print((time.perf_counter() - start) * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
`;

/** Whether Debian's Python has pandas and openpyxl (the comparison is skipped, visibly, otherwise). */
export async function pandasAvailable(): Promise<boolean> {
  try {
    await runChild("/usr/bin/python3", ["-c", "import pandas, openpyxl"]);
    return true;
  } catch {
    return false;
  }
}

export async function measurePandas(path: string, outDir: string): Promise<PandasFigures> {
  const stdout = await runChild("/usr/bin/python3", [
    "-c",
    PANDAS_SCRIPT,
    path,
    join(outDir, "pandas-summary.xlsx"),
  ]);
  const [wallMs, peakRssBytes] = stdout.trim().split(/\s+/).map(Number);
  return { wallMs: wallMs ?? Number.NaN, peakRssBytes: peakRssBytes ?? Number.NaN };
}
