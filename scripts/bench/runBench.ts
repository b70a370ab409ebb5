import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import type { ExampleOptions, TrackerSheets } from "../../src/core/example";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import type { Settings } from "../../src/core/model/settings";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { writeTrackerXlsx } from "../../src/file/writeTrackerXlsx";
import type { BuildFigures, PandasFigures } from "./buildBench";
import { measureBuild, measureBuildInChild, measurePandas, pandasAvailable } from "./buildBench";
import type { ConsolidateFigures } from "./consolidateBench";
import { measureConsolidate } from "./consolidateBench";
import type { DashboardFigures } from "./dashboardBench";
import { measureDashboard } from "./dashboardBench";
import type { EngineFigures } from "./engineBench";
import { measureEngine, runsFor, TARGET_ALLOCATION_ROWS_PER_SECOND } from "./engineBench";
import type { HistoryFigures } from "./historyBench";
import { measureHistory } from "./historyBench";
import { collectGarbage } from "./memory";
import type { OfficeFigures } from "./officeBench";
import { measureOffice } from "./officeBench";
import type { ReadFigures } from "./readBench";
import { measureRead, measureReadInChild } from "./readBench";
import type { BenchSize } from "./sizes";
import { BENCH_AS_OF, sizeOptions } from "./sizes";
import { countDataRows, rawWorkbookOfSpec } from "./specToRaw";

export interface BenchOptions {
  readonly sizes: readonly BenchSize[];
  /** Where the generated tracker files go (the caller creates and removes it). */
  readonly tempDir: string;
  /** The bench entry script: each read then runs in a fresh process. Absent: reads run in this process. */
  readonly entryScript?: string;
  /** Least timed runs (after a warm-up) for the engine (small sizes get more); runs for the plan and the .xlsx write. */
  readonly engineRuns: number;
  readonly dashboardRuns: number;
  readonly quick: boolean;
  /** Time the pandas + openpyxl script too (the bench does for the largest size). */
  readonly comparePandas?: boolean;
  /** Progress lines (the bench prints them to stderr). */
  readonly log: (message: string) => void;
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
  readonly dashboard: DashboardFigures & {
    /** (plan + write) / read time of the same portfolio. */
    readonly writeToReadRatio: number;
  };
  /** `pmo-pulse build` end to end in a fresh process. */
  readonly build: BuildFigures;
  /** The pandas + openpyxl script on the same file (largest size only); null when skipped. */
  readonly pandas: PandasFigures | null;
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
  /** (e) The cost of a 36-period history at the largest size (absent in older result files). */
  readonly history?: HistoryFigures & { readonly portfolio: string };
  /** (f) Consolidate trackers in the pane: 40 PM files (absent in older result files). */
  readonly consolidate?: ConsolidateFigures;
  readonly targets: {
    readonly allocationRowsPerSecond: number;
    readonly enginePass: boolean;
    readonly officePayloadPass: boolean;
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
): Promise<{ result: SizeResult; spec: TrackerSheets }> {
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
  const expectedGridRows = raw.sheets.reduce((n, s) => n + s.values.length, 0);
  if (read.gridRows !== expectedGridRows) {
    throw new Error(`${file}: the reader returned ${read.gridRows} rows, expected ${expectedGridRows}`);
  }

  const runs = runsFor(rows.allocations, options.engineRuns);
  log(`[${size.label}] (b) validate + KPIs, best of ${runs}`);
  collectGarbage();
  const { figures: engine, analysis } = measureEngine([raw], rows, settings, runs);

  log(`[${size.label}] (c) dashboard plan + .xlsx write, best of ${options.dashboardRuns}`);
  const dashboard = await measureDashboard(analysis, options.dashboardRuns);

  log(`[${size.label}] (e) pmo-pulse build, end to end`);
  const build =
    options.entryScript === undefined
      ? await measureBuild(path, options.tempDir)
      : await measureBuildInChild(options.entryScript, path, options.tempDir);
  let pandas: PandasFigures | null = null;
  if (options.comparePandas === true && (await pandasAvailable())) {
    log(`[${size.label}] (e) the same job as a pandas + openpyxl script`);
    pandas = await measurePandas(path, options.tempDir);
  }
  const seconds = read.wallMs / 1000;
  return {
    spec,
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
      dashboard: { ...dashboard, writeToReadRatio: (dashboard.planMs + dashboard.writeMs) / read.wallMs },
      build,
      pandas,
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

/**
 * The whole benchmark: (a) read, (b) engine, (c) dashboard for every size; (d) the Office.js path
 * for the demo portfolio and the largest size. Sizes run one after another, each dropped before
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

  const largest = options.sizes[options.sizes.length - 1];
  let history: BenchResults["history"];
  for (const size of options.sizes) {
    const { result, spec } = await runSize(size, { ...options, comparePandas: size === largest });
    sizes.push(result);
    if (size === largest) {
      office.push(await runOffice(size.label, spec, result.rows, size.projects, options.log));
      options.log(
        `[${size.label}] (e) the same month with a 36-period history, best of ${options.dashboardRuns}`,
      );
      collectGarbage();
      const raw = rawWorkbookOfSpec(spec, "bench.xlsx");
      history = { portfolio: size.label, ...(await measureHistory(raw, settings, options.dashboardRuns)) };
    }
    collectGarbage();
  }

  options.log(
    `(f) consolidating 40 PM tracker files as the task pane does, best of ${options.dashboardRuns}`,
  );
  const consolidate = await measureConsolidate(options.dashboardRuns, BENCH_AS_OF);

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
    targets: {
      allocationRowsPerSecond: TARGET_ALLOCATION_ROWS_PER_SECOND,
      enginePass: sizes.every((s) => s.engine.meetsTarget),
      officePayloadPass: office.every((o) => o.figures.withinLimit),
    },
    totalSeconds: (performance.now() - started) / 1000,
    pandasAvailable: await pandasAvailable(),
  };
}
