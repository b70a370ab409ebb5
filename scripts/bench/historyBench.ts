import { analyseWorkbooks, type Analysis } from "../../src/core/analyse";
import { HISTORY_PERIODS, type History } from "../../src/core/cycle/history";
import { dayFromIso, endOfPreviousMonth, isoFromDay } from "../../src/core/model/calendar";
import type { RawWorkbook } from "../../src/core/model/raw";
import type { Settings } from "../../src/core/model/settings";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import type { DashboardPlan } from "../../src/core/plan/types";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { dashboardXlsxPieces, writeDashboardXlsx } from "../../src/file/dashboard/writeDashboardXlsx";
import { dashboardHistory } from "../../src/file/history/dashboardHistory";
import { NODE_RUN_CODEC } from "../../src/file/zip/nodeRunCodec";
import { DEFAULT_XLSX_LIMITS } from "../../src/xlsx/limits";
import { collectGarbage } from "./memory";

/** monthly-cycle: a 36-period history may add at most this share to the build time. */
export const TARGET_HISTORY_SHARE = 0.2;

export interface HistoryFigures {
  readonly periods: number;
  readonly projectRows: number;
  /** analyse + plan + .xlsx write of one month, without a previous history (best of N). */
  readonly buildMs: number;
  /**
   * The same build continuing an earlier dashboard whose PMO History holds `periods` months, as
   * `pmo-pulse build --previous` does it: that dashboard read, its history read back, then
   * analyse, plan and write (best of N).
   */
  readonly buildWithHistoryMs: number;
  /** Of which reading the earlier dashboard and its history back (best of N). */
  readonly readBackMs: number;
  /** The earlier dashboard's size. */
  readonly previousBytes: number;
  /** Of which analyse + plan (the history's merge, changes with the previous period read, narrative and sheet plan). */
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

/** `work` timed whole. */
function timed(work: () => Promise<void>): () => Promise<number> {
  return async () => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
}

/**
 * The fastest of `runs` runs of each piece of work, run in turn (a, b, a, b…), each timing itself
 * (what comes before its clock is left out) after a collection: a slow spell of the machine or a
 * fuller heap later in the process weighs on every piece, not on whichever ran last.
 */
export async function fastestInTurn<const Works extends readonly (() => Promise<number>)[]>(
  runs: number,
  works: Works,
): Promise<{ [K in keyof Works]: number }> {
  const fastest = works.map(() => Number.POSITIVE_INFINITY);
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < works.length; i++) {
      collectGarbage();
      fastest[i] = Math.min(
        fastest[i] ?? Number.POSITIVE_INFINITY,
        await (works[i] as () => Promise<number>)(),
      );
    }
  }
  return fastest as { [K in keyof Works]: number };
}

/**
 * The earlier dashboard of the history bench: this month over 35 earlier ones, so its PMO History
 * holds 36 periods (`--previous` reads it).
 */
export async function previousDashboard(raw: RawWorkbook, settings: Settings): Promise<Buffer> {
  const options = { template: STANDARD_TEMPLATE, settings };
  const alone = analyseWorkbooks([raw], options);
  const earlier = syntheticHistory(alone.cycle.history, settings.asOf, HISTORY_PERIODS - 1);
  return writeDashboardXlsx(plan(analyseWorkbooks([raw], { ...options, history: earlier })), {
    timestamp: new Date(0),
  });
}

/**
 * The cost of the history: the same month built alone, and built with `--previous` an earlier
 * dashboard of the same portfolio holding 36 periods in PMO History, each as the CLI builds it
 * (reading the earlier dashboard back included): the monthly-cycle target is under +20 %.
 */
export async function measureHistory(
  raw: RawWorkbook,
  settings: Settings,
  runs: number,
  /** The earlier dashboard (`previousDashboard`), also given to the whole-process builds. */
  previous: Uint8Array,
): Promise<HistoryFigures> {
  const options = { template: STANDARD_TEMPLATE, settings };
  const alone = analyseWorkbooks([raw], options);
  // As `--previous` reads it: PortfolioHistory, with the stored periods carried unread.
  const readBack = (): Promise<History> => {
    // With the CLI's codec: the previous period's rows inflate through node:zlib, as in readPrevious.
    const history = dashboardHistory(previous, "previous.xlsx", DEFAULT_XLSX_LIMITS, NODE_RUN_CODEC);
    if (history === null) throw new Error("the earlier dashboard has no PMO History");
    return Promise.resolve(history);
  };
  // The history is read back before each timed run: a carried period keeps its rows once read.
  const engine = (history?: () => Promise<History>) => async () => {
    const given = history === undefined ? undefined : await history();
    const start = performance.now();
    plan(analyseWorkbooks([raw], given === undefined ? options : { ...options, history: given }));
    return performance.now() - start;
  };
  const build = (withPrevious: boolean) => async () => {
    const history = withPrevious ? await readBack() : undefined;
    const analysis = analyseWorkbooks([raw], history === undefined ? options : { ...options, history });
    // As the CLI writes it: the zip's pieces, not copied into one buffer.
    await dashboardXlsxPieces(plan(analysis), { timestamp: new Date(0) });
  };
  const [engineMs, engineWithHistoryMs] = await fastestInTurn(runs, [engine(), engine(readBack)]);
  const [readBackMs] = await fastestInTurn(runs, [
    timed(async () => {
      await readBack();
    }),
  ]);
  const [buildMs, buildWithHistoryMs] = await fastestInTurn(runs, [timed(build(false)), timed(build(true))]);
  const addedShare = buildWithHistoryMs / buildMs - 1;
  return {
    periods: HISTORY_PERIODS,
    projectRows: alone.cycle.history.projects.length * HISTORY_PERIODS,
    buildMs,
    buildWithHistoryMs,
    readBackMs,
    previousBytes: previous.length,
    engineMs,
    engineWithHistoryMs,
    addedShare,
    meetsTarget: addedShare < TARGET_HISTORY_SHARE,
  };
}
