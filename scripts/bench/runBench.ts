import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import type { ExampleOptions, TrackerSheets } from "../../src/core/example";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import type { Settings } from "../../src/core/model/settings";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { readXlsxFile } from "../../src/file/readXlsx";
import { writeTrackerXlsx } from "../../src/file/writeTrackerXlsx";
import type { BuildFigures, PandasFigures } from "./buildBench";
import {
  CLI_BIN,
  measureBuildProcess,
  measurePandas,
  pandasAvailable,
  summariseBuilds,
  summarisePandas,
} from "./buildBench";
import type { ConsolidateFigures } from "./consolidateBench";
import { measureConsolidate } from "./consolidateBench";
import type { DashboardFigures } from "./dashboardBench";
import { measureDashboard } from "./dashboardBench";
import type { EngineFigures } from "./engineBench";
import { measureEngine, runsFor, TARGET_ALLOCATION_ROWS_PER_SECOND } from "./engineBench";
import type { HistoryFigures } from "./historyBench";
import { measureHistory, previousDashboard } from "./historyBench";
import {
  HISTORY_PROCESS_PAIRS,
  measureHistoryProcesses,
  type HistoryProcessFigures,
} from "./historyProcessBench";
import { collectGarbage } from "./memory";
import { measureStartup, type StartupFigures } from "./startupBench";
import type { OfficeFigures } from "./officeBench";
import { measureOffice } from "./officeBench";
import type { ReadFigures } from "./readBench";
import { measureRead, measureReadInChild } from "./readBench";
import type { BenchSize } from "./sizes";
import { BENCH_AS_OF, sizeOptions } from "./sizes";
import type { Verdict } from "./targets";
import { buildVerdicts, pandasVerdict, readVerdict } from "./targets";
import { countDataRows, rawWorkbookOfSpec } from "./specToRaw";

/** Whole-process builds (and pandas scripts) per size but the scale one; the median is reported. */
export const BUILD_RUNS = 3;
/** Timed engine runs at the scale size (after the warm-up), of which the best is reported. */
export const SCALE_ENGINE_RUNS = 3;
/** Rounds of the start-up processes (each round about half a second). */
export const STARTUP_RUNS = 9;

/** (h)'s one-project workbook: the demo's shape with one project (its people and their hours). */
const ONE_PROJECT_OPTIONS: ExampleOptions = {
  ...DEMO_EXAMPLE_OPTIONS,
  projects: 1,
  programs: 1,
  resources: 20,
  asOf: BENCH_AS_OF,
  withErrors: false,
};

export interface BenchOptions {
  readonly sizes: readonly BenchSize[];
  /** Where the generated tracker files go (the caller creates and removes it). */
  readonly tempDir: string;
  /** The bench entry script: each read then runs in a fresh process. Absent: reads run in this process. */
  readonly entryScript?: string;
  /** Least timed runs (after a warm-up) for the engine (small sizes get more); runs for the plan and the .xlsx write. */
  readonly engineRuns: number;
  readonly dashboardRuns: number;
  /**
   * Pairs of builds, alone and with a 36-period history, of which the fastest of each is kept:
   * more than the dashboard's runs, as holding the earlier dashboard makes collection times vary.
   * Absent: the dashboard's runs.
   */
  readonly historyRuns?: number;
  readonly quick: boolean;
  /** Time the pandas + openpyxl script too (the bench does at the reference size). */
  readonly comparePandas?: boolean;
  /** Progress lines (the bench prints them to stderr). */
  readonly log: (message: string) => void;
  /** The 5,000/200k build's whole-process time, which the scale size is judged against. */
  readonly referenceBuildMs?: number;
}

export interface SizeResult {
  readonly size: BenchSize;
  readonly rows: { readonly all: number; readonly allocations: number };
  readonly read: ReadFigures & {
    readonly rowsPerSecond: number;
    readonly allocationRowsPerSecond: number;
    readonly inChildProcess: boolean;
  };
  readonly engine: EngineFigures;
  /** Null at the scale size (its build is measured end to end only). */
  readonly dashboard:
    | (DashboardFigures & {
        /** (plan + write) / read time of the same portfolio. */
        readonly writeToReadRatio: number;
      })
    | null;
  /** `pmo-pulse build` end to end in a fresh process. */
  readonly build: BuildFigures;
  /** The pandas + openpyxl script on the same file (reference size only); null when skipped. */
  readonly pandas: PandasFigures | null;
  /** Issue 8's verdicts at this size (null where none is set). */
  readonly verdicts: {
    readonly read: Verdict | null;
    readonly build: { readonly time: Verdict; readonly memory: Verdict } | null;
  };
}

export interface OfficeResult {
  readonly portfolio: string;
  readonly projects: number;
  readonly allocationRows: number;
  readonly figures: OfficeFigures;
}

export interface BenchResults {
  readonly startedAt: string;
  readonly quick: boolean;
  readonly machine: {
    readonly node: string;
    readonly platform: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly memoryBytes: number;
  };
  readonly sizes: readonly SizeResult[];
  readonly office: readonly OfficeResult[];
  /** (g) The cost of a 36-period history at the reference size (absent in older result files). */
  readonly history?: HistoryFigures & {
    readonly portfolio: string;
    /** Judged at the 5,000-project size only (a tiny portfolio is mostly its history). */
    readonly judged: boolean;
    /** The same as whole `pmo-pulse build` processes (absent in older result files). */
    readonly processes?: HistoryProcessFigures;
  };
  /** (f) Consolidate trackers in the pane: 40 PM files (absent in older result files). */
  readonly consolidate?: ConsolidateFigures;
  /** (h) Start-up of `--help` and a one-project validate against a bare Node (absent in older result files). */
  readonly startup?: StartupFigures;
  readonly targets: {
    readonly allocationRowsPerSecond: number;
    readonly enginePass: boolean;
    readonly officePayloadPass: boolean;
    /** Every read and build verdict of every size. */
    readonly readBuildPass: boolean;
    readonly historyPass: boolean;
    /** (f): the 40 PM files read in under 2 s (true when not measured). */
    readonly consolidatePass: boolean;
    /** (h): `--help` and a one-project validate within 3× `node -e 0` (true when not measured). */
    readonly startupPass: boolean;
    /** (e): the reference build ≤ 0.10× the pandas script; null when not judged (no pandas, --quick). */
    readonly pandasPass: boolean | null;
    readonly allPass: boolean;
  };
  readonly totalSeconds: number;
  /** Whether /usr/bin/python3 had pandas and openpyxl (the comparison is skipped otherwise). */
  readonly pandasAvailable: boolean;
}

const settings: Settings = { ...DEFAULT_SETTINGS, asOf: BENCH_AS_OF };

function sheetsOf(options: ExampleOptions): {
  spec: TrackerSheets;
  rows: { all: number; allocations: number };
} {
  const spec = generateExamplePortfolio(options);
  return { spec, rows: countDataRows(spec) };
}

async function runSize(
  size: BenchSize,
  options: BenchOptions,
): Promise<{ result: SizeResult; spec: TrackerSheets; path: string }> {
  const { log } = options;
  log(`[${size.label}] generating ${size.projects} projects, ${size.allocationRows} allocation rows`);
  const { spec, rows } = sheetsOf(sizeOptions(size));
  const file = `bench-${size.projects}-${size.allocationRows}.xlsx`;
  const path = join(options.tempDir, file);
  await writeTrackerXlsx(spec, path);

  log(`[${size.label}] (a) reading the .xlsx`);
  const read =
    options.entryScript === undefined
      ? await measureRead(path)
      : await measureReadInChild(options.entryScript, path);
  const raw = rawWorkbookOfSpec(spec, file);
  const expectedGridRows = raw.sheets.reduce((n, s) => n + s.cells.height, 0);
  if (read.gridRows !== expectedGridRows) {
    throw new Error(`${file}: the reader returned ${read.gridRows} rows, expected ${expectedGridRows}`);
  }

  // The scale size is timed fewer times (each run there takes most of a second), but still the
  // best of several, as at every size: one run is whatever the collector did during it.
  const runs = size.role === "scale" ? SCALE_ENGINE_RUNS : runsFor(rows.allocations, options.engineRuns);
  log(`[${size.label}] (b) validate + KPIs, best of ${runs}`);
  collectGarbage();
  const { figures: engine, analysis } = measureEngine([raw], rows, settings, runs);

  let dashboard: SizeResult["dashboard"] = null;
  if (size.role !== "scale") {
    log(`[${size.label}] (c) dashboard plan + .xlsx write, best of ${options.dashboardRuns}`);
    const figures = await measureDashboard(analysis, options.dashboardRuns);
    dashboard = { ...figures, writeToReadRatio: (figures.planMs + figures.writeMs) / read.wallMs };
  }

  // Whole processes: the median of several, and the pandas script alternated with the build, so
  // a slow spell of the machine weighs on both sides of the ratio alike. The scale size runs once.
  const processRuns = options.entryScript === undefined || size.role === "scale" ? 1 : BUILD_RUNS;
  const comparePandas = options.comparePandas === true && (await pandasAvailable());
  const builds: BuildFigures[] = [];
  const pandasRuns: PandasFigures[] = [];
  for (let run = 1; run <= processRuns; run++) {
    log(`[${size.label}] (e) pmo-pulse build, end to end (${run} of ${processRuns})`);
    builds.push(await measureBuildProcess(options.entryScript, path, options.tempDir));
    if (comparePandas) {
      log(`[${size.label}] (e) the same job as a pandas + openpyxl script (${run} of ${processRuns})`);
      pandasRuns.push(await measurePandas(path, options.tempDir));
    }
  }
  const build = summariseBuilds(builds);
  const pandas = pandasRuns.length === 0 ? null : summarisePandas(pandasRuns);
  const seconds = read.wallMs / 1000;
  return {
    spec,
    path,
    result: {
      size,
      rows,
      read: {
        ...read,
        rowsPerSecond: rows.all / seconds,
        allocationRowsPerSecond: rows.allocations / seconds,
        inChildProcess: options.entryScript !== undefined,
      },
      engine,
      dashboard,
      build,
      pandas,
      verdicts: {
        read: readVerdict(size.role, read.floorRatio),
        build: buildVerdicts(size.role, build, options.referenceBuildMs ?? null),
      },
    },
  };
}

async function runOffice(
  portfolio: string,
  spec: TrackerSheets,
  rows: { all: number; allocations: number },
  projects: number,
  log: (message: string) => void,
): Promise<OfficeResult> {
  log(`[${portfolio}] (d) Office.js read + refresh through the Excel test double`);
  collectGarbage();
  const figures = await measureOffice(rawWorkbookOfSpec(spec, "example-portfolio.xlsx"), settings);
  return { portfolio, projects, allocationRows: rows.allocations, figures };
}

function targetsOf(
  sizes: readonly SizeResult[],
  office: readonly OfficeResult[],
  history: BenchResults["history"],
  consolidate: BenchResults["consolidate"],
  startup: BenchResults["startup"],
): BenchResults["targets"] {
  const enginePass = sizes.every((s) => s.engine.meetsTarget);
  const officePayloadPass = office.every((o) => o.figures.withinLimit);
  const readBuildPass = sizes.every(
    (s) =>
      (s.verdicts.read?.pass ?? true) &&
      (s.verdicts.build?.time.pass ?? true) &&
      (s.verdicts.build?.memory.pass ?? true),
  );
  // Both the warm in-process figure and the whole processes a user waits for.
  const historyPass =
    history === undefined ||
    !history.judged ||
    (history.meetsTarget && (history.processes?.meetsTarget ?? true));
  const consolidatePass = consolidate?.meetsTarget ?? true;
  const startupPass = startup?.meetsTarget ?? true;
  const pandasVerdicts = sizes
    .map((s) => pandasVerdict(s.size.role, s.build.processMs, s.pandas?.wallMs ?? null))
    .filter((v) => v !== null);
  const pandasPass = pandasVerdicts.length === 0 ? null : pandasVerdicts.every((v) => v.pass);
  return {
    allocationRowsPerSecond: TARGET_ALLOCATION_ROWS_PER_SECOND,
    enginePass,
    officePayloadPass,
    readBuildPass,
    historyPass,
    consolidatePass,
    startupPass,
    pandasPass,
    allPass:
      enginePass &&
      officePayloadPass &&
      readBuildPass &&
      historyPass &&
      consolidatePass &&
      startupPass &&
      pandasPass !== false,
  };
}

/**
 * The whole benchmark: (a) read, (b) engine, (c) dashboard for every size; (d) the Office.js path
 * for the demo portfolio and the reference size. Sizes run one after another, each dropped before
 * the next, so one size's garbage does not weigh on the next one's figures.
 */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const sizes: SizeResult[] = [];
  const office: OfficeResult[] = [];

  const demo = sheetsOf({ ...DEMO_EXAMPLE_OPTIONS, asOf: BENCH_AS_OF, withErrors: true });
  office.push(
    await runOffice(
      "demo (40 projects, planted errors)",
      demo.spec,
      demo.rows,
      DEMO_EXAMPLE_OPTIONS.projects,
      options.log,
    ),
  );

  // The Office.js path and the history cost at the reference size (the largest one with --quick).
  const reference =
    options.sizes.find((s) => s.role === "reference") ?? options.sizes[options.sizes.length - 1];
  let history: BenchResults["history"];
  let referenceBuildMs: number | undefined;
  for (const size of options.sizes) {
    const { result, spec, path } = await runSize(size, {
      ...options,
      comparePandas: size === reference,
      ...(referenceBuildMs === undefined ? {} : { referenceBuildMs }),
    });
    sizes.push(result);
    if (size.role === "reference") referenceBuildMs = result.build.processMs;
    if (size === reference) {
      const historyRuns = options.historyRuns ?? options.dashboardRuns;
      office.push(await runOffice(size.label, spec, result.rows, size.projects, options.log));
      options.log(`[${size.label}] (g) the same month with a 36-period history, best of ${historyRuns}`);
      collectGarbage();
      // Read as the CLI reads it: the history's cost includes collecting while the earlier
      // dashboard is written back, and the row arrays of `rawWorkbookOfSpec` (which the file reader
      // no longer makes) would add about 0.2 s of that which no user's build pays.
      const raw = await readXlsxFile(path);
      // One earlier dashboard for both measures: warm in this process, and whole processes.
      const previous = await previousDashboard(raw, settings);
      const inProcess = await measureHistory(raw, settings, historyRuns, previous);
      options.log(`[${size.label}] (g) pmo-pulse build alone and with --previous, whole processes in turn`);
      const previousPath = join(options.tempDir, "previous-36-periods.xlsx");
      await writeFile(previousPath, previous);
      const processes = await measureHistoryProcesses(
        (given) => measureBuildProcess(options.entryScript, path, options.tempDir, given),
        previousPath,
        options.entryScript === undefined ? 1 : HISTORY_PROCESS_PAIRS,
      );
      history = { portfolio: size.label, judged: size.role === "reference", ...inProcess, processes };
    }
    collectGarbage();
  }

  options.log(
    `(f) consolidating 40 PM tracker files as the task pane does, best of ${options.dashboardRuns}, then as the CLI builds them`,
  );
  const consolidate = await measureConsolidate(options.dashboardRuns, BENCH_AS_OF, {
    folder: join(options.tempDir, "pm-files"),
    runs: options.entryScript === undefined ? 1 : BUILD_RUNS,
    build: (folder) => measureBuildProcess(options.entryScript, folder, options.tempDir),
  });

  options.log("(h) start-up: node -e 0, pmo-pulse --help and validating a one-project workbook, in turn");
  const onePath = join(options.tempDir, "one-project.xlsx");
  await writeTrackerXlsx(generateExamplePortfolio(ONE_PROJECT_OPTIONS), onePath);
  const startup = await measureStartup(
    CLI_BIN,
    onePath,
    BENCH_AS_OF,
    options.entryScript === undefined ? 1 : STARTUP_RUNS,
  );

  const cpu = cpus();
  return {
    startedAt,
    quick: options.quick,
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? "unknown",
      memoryBytes: totalmem(),
    },
    sizes,
    office,
    ...(history === undefined ? {} : { history }),
    consolidate,
    startup,
    targets: targetsOf(sizes, office, history, consolidate, startup),
    totalSeconds: (performance.now() - started) / 1000,
    pandasAvailable: await pandasAvailable(),
  };
}
