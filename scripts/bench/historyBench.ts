import { analyseWorkbooks, type Analysis } from "../../src/core/analyse";
import { HISTORY_PERIODS, type History } from "../../src/core/cycle/history";
import { dayFromIso, endOfPreviousMonth, isoFromDay } from "../../src/core/model/calendar";
import type { RawWorkbook } from "../../src/core/model/raw";
import type { Settings } from "../../src/core/model/settings";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import type { DashboardPlan } from "../../src/core/plan/types";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { writeDashboardXlsx } from "../../src/file/dashboard/writeDashboardXlsx";
import { collectGarbage } from "./memory";

/** monthly-cycle: a 36-period history may add at most this share to the build time. */
export const TARGET_HISTORY_SHARE = 0.2;

export interface HistoryFigures {
  readonly periods: number;
  readonly projectRows: number;
  /** analyse + plan + .xlsx write of one month, without a previous history (best of N). */
  readonly buildMs: number;
  /** The same build continuing a history of `periods - 1` earlier months (best of N). */
  readonly buildWithHistoryMs: number;
  /** Of which analyse + plan (the history's merge, changes, narrative and sheet plan). */
  readonly engineMs: number;
  readonly engineWithHistoryMs: number;
  readonly addedShare: number;
  readonly meetsTarget: boolean;
}

/** The earlier months: this month's rows again under each earlier month-end (the size that matters). */
export function syntheticHistory(current: History, asOf: string, months: number): History {
  const periods: string[] = [];
  let day = dayFromIso(asOf) ?? 0;
  for (let i = 0; i < months; i++) {
    day = endOfPreviousMonth(day);
    periods.unshift(isoFromDay(day));
  }
  return {
    portfolio: periods.flatMap((p) => current.portfolio.map((r) => ({ ...r, asOf: p }))),
    projects: periods.flatMap((p) => current.projects.map((r) => ({ ...r, asOf: p }))),
    risks: periods.flatMap((p) => current.risks.map((r) => ({ ...r, asOf: p }))),
  };
}

function plan(analysis: Analysis): DashboardPlan {
  const { report, attention, cycle } = analysis;
  return buildDashboardPlan({ report, attention, cycle, portfolioName: "Bench", generatedAt: "bench" });
}

async function best(runs: number, work: () => Promise<void>): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/**
 * The cost of the history: the same month built alone and continuing 35 earlier months of the same
 * portfolio (36 periods in PMO History), each as the CLI builds it: analyse, plan, write the .xlsx.
 */
export async function measureHistory(
  raw: RawWorkbook,
  settings: Settings,
  runs: number,
): Promise<HistoryFigures> {
  const options = { template: STANDARD_TEMPLATE, settings };
  const alone = analyseWorkbooks([raw], options);
  const earlier = syntheticHistory(alone.cycle.history, settings.asOf, HISTORY_PERIODS - 1);
  const engine = (history?: History) => () => {
    plan(analyseWorkbooks([raw], history === undefined ? options : { ...options, history }));
    return Promise.resolve();
  };
  const build = (history?: History) => async () => {
    const analysis = analyseWorkbooks([raw], history === undefined ? options : { ...options, history });
    await writeDashboardXlsx(plan(analysis), { timestamp: new Date(0) });
  };
  const engineMs = await best(runs, engine());
  const engineWithHistoryMs = await best(runs, engine(earlier));
  const buildMs = await best(runs, build());
  const buildWithHistoryMs = await best(runs, build(earlier));
  const addedShare = buildWithHistoryMs / buildMs - 1;
  return {
    periods: HISTORY_PERIODS,
    projectRows: alone.cycle.history.projects.length * HISTORY_PERIODS,
    buildMs,
    buildWithHistoryMs,
    engineMs,
    engineWithHistoryMs,
    addedShare,
    meetsTarget: addedShare < TARGET_HISTORY_SHARE,
  };
}
