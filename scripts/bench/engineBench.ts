import type { Analysis } from "../../src/core/analyse";
import { analyseWorkbooks } from "../../src/core/analyse";
import { attentionItems } from "../../src/core/kpi/attentionItems";
import { computeKpis } from "../../src/core/kpi/computeKpis";
import type { Portfolio } from "../../src/core/model/portfolio";
import type { RawWorkbook } from "../../src/core/model/raw";
import type { Settings } from "../../src/core/model/settings";
import { readPortfolio } from "../../src/core/read/readPortfolio";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { validatePortfolio } from "../../src/core/validate/validatePortfolio";
import { canCollectGarbage, collectGarbage } from "./memory";

/**
 * The promised engine speed: validate + KPIs over the in-memory core tables (issue: "validate +
 * KPIs on in-memory tables"). Turning raw grids into those tables is part of reading (the
 * template's "Reading" step) and is reported beside it, as is the whole `analyseWorkbooks` call.
 */
export const TARGET_ALLOCATION_ROWS_PER_SECOND = 1_000_000;
/**
 * The target is judged where the per-row cost shows: below this many allocation rows a run takes
 * a couple of milliseconds and fixed per-call work (building indexes, month lists) dominates.
 */
export const TARGET_FROM_ALLOCATION_ROWS = 20_000;

export interface EngineFigures {
  readonly warmUpRuns: number;
  /** Timed runs after the warm-up. */
  readonly runs: number;
  /** validatePortfolio + computeKpis + attentionItems on the normalised tables: best and median. */
  readonly bestMs: number;
  readonly medianMs: number;
  readonly validateMs: number;
  readonly kpisMs: number;
  /** Allocation rows / best validate + KPIs time (every table is checked in that time). */
  readonly allocationRowsPerSecond: number;
  /** Best validate + KPIs time / data rows of every sheet. */
  readonly nsPerRow: number;
  /** True at sizes the target is judged at (see TARGET_FROM_ALLOCATION_ROWS), else always true. */
  readonly meetsTarget: boolean;
  readonly judged: boolean;
  /** readPortfolio (raw grids → typed tables + reading findings), best of N, and its row rate. */
  readonly normaliseMs: number;
  readonly normaliseRowsPerSecond: number;
  /** Heap the normalised tables hold (after a full GC); NaN where the process cannot collect on demand. */
  readonly tablesHeapBytes: number;
  /**
   * Heap one validate + KPIs run allocates over the tables (measured right after the run, before any
   * full GC: results plus garbage not yet collected, so an upper bound of what the run needs at once).
   */
  readonly engineHeapBytes: number;
  /** The whole analyseWorkbooks call, best of N. */
  readonly analyseMs: number;
  readonly findings: number;
}

const WARM_UP_RUNS = 2;
/** Small portfolios get more runs, so each size is timed over a similar amount of work. */
const ROWS_PER_SIZE = 500_000;
const MAX_RUNS = 25;

/** Timed runs for a portfolio: at least `minRuns`, more for small ones (up to 25). */
export function runsFor(allocationRows: number, minRuns: number): number {
  return Math.max(minRuns, Math.min(MAX_RUNS, Math.ceil(ROWS_PER_SIZE / Math.max(1, allocationRows))));
}

/** Sorted times of `runs` runs (after `WARM_UP_RUNS` untimed ones), each after a full GC. */
function timesOf(runs: number, work: () => void): number[] {
  for (let run = 0; run < WARM_UP_RUNS; run++) work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const best = (times: readonly number[]): number => times[0] ?? Number.NaN;

/**
 * The engine on RawWorkbooks already in memory: normalising them into tables, then validate + KPIs
 * (+ attention lists) on those tables, then the whole `analyseWorkbooks` for reference.
 */
export function measureEngine(
  workbooks: readonly RawWorkbook[],
  rows: { readonly all: number; readonly allocations: number },
  settings: Settings,
  runs: number,
): { figures: EngineFigures; analysis: Analysis } {
  const options = { template: STANDARD_TEMPLATE, settings };
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const read = readPortfolio(workbooks, STANDARD_TEMPLATE, settings);
  collectGarbage();
  // Without full collections (Node without --expose-gc, as under Jest) heap figures are noise: NaN.
  const measuresHeap = canCollectGarbage();
  const tablesHeapBytes = measuresHeap
    ? Math.max(0, process.memoryUsage().heapUsed - heapBefore)
    : Number.NaN;
  const normaliseMs = best(timesOf(runs, () => readPortfolio(workbooks, STANDARD_TEMPLATE, settings)));
  let portfolio: Portfolio = read;
  const validateAndKpis = (): void => {
    const findings = [...read.findings];
    for (const f of validatePortfolio(read, STANDARD_TEMPLATE, settings)) findings.push(f);
    portfolio = { ...read, findings };
    // As analyseWorkbooks does: the attention items are listed once and given to the KPIs.
    computeKpis(portfolio, settings, attentionItems(portfolio, settings.asOf));
  };
  const engine = timesOf(runs, validateAndKpis);
  collectGarbage();
  const heapBeforeRun = process.memoryUsage().heapUsed;
  validateAndKpis();
  const engineHeapBytes = measuresHeap
    ? Math.max(0, process.memoryUsage().heapUsed - heapBeforeRun)
    : Number.NaN;
  const validateMs = best(timesOf(runs, () => validatePortfolio(read, STANDARD_TEMPLATE, settings)));
  const kpisMs = best(
    timesOf(runs, () => computeKpis(portfolio, settings, attentionItems(portfolio, settings.asOf))),
  );
  let analysis = analyseWorkbooks(workbooks, options);
  const analyseMs = best(
    timesOf(runs, () => {
      analysis = analyseWorkbooks(workbooks, options);
    }),
  );
  const bestMs = best(engine);
  const allocationRowsPerSecond = rows.allocations / (bestMs / 1000);
  return {
    figures: {
      warmUpRuns: WARM_UP_RUNS,
      runs,
      bestMs,
      medianMs: engine[Math.floor(engine.length / 2)] ?? Number.NaN,
      validateMs,
      kpisMs,
      allocationRowsPerSecond,
      nsPerRow: (bestMs * 1e6) / rows.all,
      meetsTarget:
        rows.allocations < TARGET_FROM_ALLOCATION_ROWS ||
        allocationRowsPerSecond >= TARGET_ALLOCATION_ROWS_PER_SECOND,
      judged: rows.allocations >= TARGET_FROM_ALLOCATION_ROWS,
      normaliseMs,
      normaliseRowsPerSecond: rows.all / (normaliseMs / 1000),
      tablesHeapBytes,
      engineHeapBytes,
      analyseMs,
      findings: analysis.portfolio.findings.length,
    },
    analysis,
  };
}
