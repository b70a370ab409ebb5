import type { Analysis } from "../../src/core/analyse";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import type { DashboardPlan } from "../../src/core/plan/types";
import { dashboardXlsxPieces } from "../../src/file/dashboard/writeDashboardXlsx";
import { collectGarbage } from "./memory";

export interface DashboardFigures {
  /** Best time of `buildDashboardPlan` (KPIs → declarative dashboard). */
  readonly planMs: number;
  /** Best time of `dashboardXlsxPieces` (plan → .xlsx bytes with native charts, as the CLI writes them). */
  readonly writeMs: number;
  readonly dashboardBytes: number;
  readonly sheets: number;
}

/** Fixed inputs, so every run builds the same plan. */
const PORTFOLIO_NAME = "Benchmark portfolio";
const GENERATED_AT = "2026-11-02 09:00 UTC";
const TIMESTAMP = new Date("2026-11-02T09:00:00Z");

/** Best of `runs` for the plan build and the .xlsx write, each after a full GC. */
export async function measureDashboard(analysis: Analysis, runs: number): Promise<DashboardFigures> {
  const input = {
    report: analysis.report,
    attention: analysis.attention,
    portfolioName: PORTFOLIO_NAME,
    generatedAt: GENERATED_AT,
  };
  let plan: DashboardPlan = buildDashboardPlan(input);
  let planMs = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    const start = performance.now();
    plan = buildDashboardPlan(input);
    planMs = Math.min(planMs, performance.now() - start);
  }
  let writeMs = Number.POSITIVE_INFINITY;
  let dashboardBytes = 0;
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    const start = performance.now();
    const pieces = await dashboardXlsxPieces(plan, { timestamp: TIMESTAMP });
    writeMs = Math.min(writeMs, performance.now() - start);
    dashboardBytes = pieces.reduce((n, piece) => n + piece.length, 0);
  }
  return { planMs, writeMs, dashboardBytes, sheets: plan.sheets.length };
}
