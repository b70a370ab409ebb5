/** The demo portfolio's analysis and dashboard plan, built exactly as `pmo-pulse demo` builds them. */
import { analyseWorkbooks, type Analysis } from "../../src/core/analyse";
import { DEMO_AS_OF, DEMO_PREVIOUS_AS_OF } from "../../src/cli/commands/demo";
import type { History } from "../../src/core/cycle/history";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio, previousMonthExample } from "../../src/core/example";
import type { TrackerSheets } from "../../src/core/example";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import type { DashboardPlan } from "../../src/core/plan/types";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { readXlsxBuffer } from "../../src/file/readXlsx";
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";

async function analyse(spec: TrackerSheets, asOf: string, history?: History): Promise<Analysis> {
  const raw = await readXlsxBuffer(await trackerXlsxBuffer(spec), "example-portfolio.xlsx");
  return analyseWorkbooks([raw], {
    template: STANDARD_TEMPLATE,
    settings: { ...DEFAULT_SETTINGS, asOf },
    ...(history === undefined ? {} : { history }),
  });
}

/** This month's analysis, continuing last month's history as the demo's second build does. */
export async function demoAnalysis(): Promise<Analysis> {
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: DEMO_AS_OF, withErrors: true });
  const lastMonth = await analyse(previousMonthExample(spec, DEMO_PREVIOUS_AS_OF), DEMO_PREVIOUS_AS_OF);
  return analyse(spec, DEMO_AS_OF, lastMonth.cycle.history);
}

export async function demoPlan(generatedAt = "2026-11-02 08:15 UTC"): Promise<DashboardPlan> {
  const { report, attention, cycle } = await demoAnalysis();
  return buildDashboardPlan({ report, attention, cycle, portfolioName: "Example portfolio", generatedAt });
}
