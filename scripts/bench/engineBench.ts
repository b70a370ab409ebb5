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
import { collectGarbage } from "./memory";

/** The promised engine speed: validate + KPIs over in-memory tables. */
export const TARGET_ALLOCATION_ROWS_PER_SECOND = 1_000_000;

/** Best time of each stage `analyseWorkbooks` runs, timed separately (they need not add up to the best total). */
export interface StageTimes {
  /** `readPortfolio`: raw grids → typed tables + reading findings. */
  readonly readMs: number;
  readonly validateMs: number;
  /** `computeKpis` + `attentionItems`. */
  readonly kpisMs: number;
}

export interface EngineFigures {
  readonly warmUpRuns: number;
  /** Timed runs after the warm-up. */
  readonly runs: number;
  readonly bestMs: number;
  readonly medianMs: number;
  /** Allocation rows / best time (the whole workbook is analysed in that time, not only allocations). */
  readonly allocationRowsPerSecond: number;
  /** Best time / data rows of every sheet. */
  readonly nsPerRow: number;
  readonly meetsTarget: boolean;
  readonly stages: StageTimes;
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

function bestOf(runs: number, work: () => void): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** The three stages of `analyseWorkbooks`, each the best of `runs`. */
function measureStages(workbooks: readonly RawWorkbook[], settings: Settings, runs: number): StageTimes {
  const read = readPortfolio(workbooks, STANDARD_TEMPLATE, settings);
  const portfolio: Portfolio = {
    ...read,
    findings: [...read.findings, ...validatePortfolio(read, STANDARD_TEMPLATE, settings)],
  };
  const best = (work: () => void): number => bestOf(runs, work)[0] ?? Number.NaN;
  return {
    readMs: best(() => readPortfolio(workbooks, STANDARD_TEMPLATE, settings)),
    validateMs: best(() => validatePortfolio(read, STANDARD_TEMPLATE, settings)),
    kpisMs: best(() => {
      computeKpis(portfolio, settings);
      attentionItems(portfolio, settings.asOf);
    }),
  };
}

/**
 * `analyseWorkbooks` (read tables + validate + KPIs + attention lists) on RawWorkbooks already in
 * memory: warm-up runs, then the best of `runs`, each after a full GC; then each stage on its own.
 */
export function measureEngine(
  workbooks: readonly RawWorkbook[],
  rows: { readonly all: number; readonly allocations: number },
  settings: Settings,
  runs: number,
): { figures: EngineFigures; analysis: Analysis } {
  const options = { template: STANDARD_TEMPLATE, settings };
  let analysis = analyseWorkbooks(workbooks, options);
  for (let run = 1; run < WARM_UP_RUNS; run++) analysis = analyseWorkbooks(workbooks, options);
  const times = bestOf(runs, () => {
    analysis = analyseWorkbooks(workbooks, options);
  });
  const bestMs = times[0] ?? Number.NaN;
  const allocationRowsPerSecond = rows.allocations / (bestMs / 1000);
  return {
    figures: {
      warmUpRuns: WARM_UP_RUNS,
      runs,
      bestMs,
      medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
      allocationRowsPerSecond,
      nsPerRow: (bestMs * 1e6) / rows.all,
      meetsTarget: allocationRowsPerSecond >= TARGET_ALLOCATION_ROWS_PER_SECOND,
      stages: measureStages(workbooks, settings, runs),
      findings: analysis.portfolio.findings.length,
    },
    analysis,
  };
}
