/**
 * PMO History in the open workbook: written by the atomic refresh, read back by the ownership
 * marker (never a user's sheet of the same name), and left exactly as it was by a refresh that
 * fails at any sync.
 */
import { analyseWorkbooks, type Analysis } from "../../src/core/analyse";
import type { History } from "../../src/core/cycle/history";
import { EMPTY_HISTORY } from "../../src/core/cycle/history";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio, previousMonthExample } from "../../src/core/example";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import { SHEET_NAMES } from "../../src/core/model/ownedSheets";
import type { DashboardPlan } from "../../src/core/plan/types";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { AppError } from "../../src/excel/appError";
import { readOpenWorkbookHistory, refreshOpenWorkbookDashboard } from "../../src/excel/entryPoints";
import { rawWorkbookOfSpec } from "../../scripts/bench/specToRaw";
import { createFakeExcel, seedSheet, seedTable, type FakeExcel } from "./support/fakeExcel";

const OCTOBER = "2026-10-31";
const SEPTEMBER = "2026-09-30";
const spec = generateExamplePortfolio({
  ...DEMO_EXAMPLE_OPTIONS,
  projects: 6,
  asOf: OCTOBER,
  withErrors: false,
});

function analyse(asOf: string, history: History): Analysis {
  const tracker = asOf === OCTOBER ? spec : previousMonthExample(spec, SEPTEMBER);
  return analyseWorkbooks([rawWorkbookOfSpec(tracker, "Portfolio.xlsx")], {
    template: STANDARD_TEMPLATE,
    settings: { ...DEFAULT_SETTINGS, asOf },
    history,
  });
}

function planOf(analysis: Analysis): DashboardPlan {
  const { report, attention, cycle } = analysis;
  return buildDashboardPlan({ report, attention, cycle, portfolioName: "Portfolio", generatedAt: "fixed" });
}

const september = analyse(SEPTEMBER, EMPTY_HISTORY);

/** A workbook whose September dashboard (and history) PMO Pulse wrote. */
async function afterSeptember(fake = createFakeExcel({ name: "Portfolio.xlsx" })): Promise<FakeExcel> {
  await refreshOpenWorkbookDashboard(planOf(september), {}, fake.run);
  return fake;
}

describe("PMO History in the open workbook", () => {
  it("reads back what the refresh wrote, and a month later holds both periods", async () => {
    const fake = await afterSeptember();
    const first = await readOpenWorkbookHistory(fake.run);
    expect(first).toEqual(september.cycle.history);
    const october = analyse(OCTOBER, first);
    await refreshOpenWorkbookDashboard(planOf(october), {}, fake.run);
    const second = await readOpenWorkbookHistory(fake.run);
    expect(second).toEqual(october.cycle.history);
    expect([...new Set(second.portfolio.map((r) => r.asOf))]).toEqual([SEPTEMBER, OCTOBER]);
    // The trend charts on the dashboard read PMO History's cells.
    const dashboard = fake.state.sheets.find((s) => s.name === SHEET_NAMES.dashboard);
    const trends = dashboard?.charts.filter((c) => c.name.startsWith("trend")) ?? [];
    expect(trends.map((c) => `${c.name}:${c.type}`)).toEqual(["trendSpiCpi:Line", "trendRag:ColumnStacked"]);
    for (const series of trends.flatMap((c) => c.series)) {
      expect(series.values?.sheet.name).toBe(SHEET_NAMES.history);
      expect(series.xValues?.sheet.name).toBe(SHEET_NAMES.history);
    }
  });

  it("is empty in a workbook without PMO Pulse sheets", async () => {
    expect(await readOpenWorkbookHistory(createFakeExcel().run)).toEqual(EMPTY_HISTORY);
  });

  it("never reads or takes over a user's own sheet named PMO History", async () => {
    const fake = createFakeExcel({ name: "Portfolio.xlsx" });
    const mine = seedSheet(fake.state, {
      name: SHEET_NAMES.history,
      values: [
        ["As Of", "Projects"],
        ["2020-01-31", 99],
      ],
    });
    seedTable(fake.state, mine, "PortfolioHistory", "A1:B2");
    expect(await readOpenWorkbookHistory(fake.run)).toEqual(EMPTY_HISTORY);
    const userSheet = JSON.stringify(fake.snapshot().sheets[0]);
    await afterSeptember(fake);
    expect(JSON.stringify(fake.snapshot().sheets[0])).toBe(userSheet);
    expect(fake.state.sheets.map((s) => s.name)).toContain(`${SHEET_NAMES.history} (2)`);
    expect(await readOpenWorkbookHistory(fake.run)).toEqual(september.cycle.history);
  });

  it("stays as it was when the next refresh fails at any sync", async () => {
    const probe = await afterSeptember();
    const octoberAnalysis = analyse(OCTOBER, await readOpenWorkbookHistory(probe.run));
    const october = planOf(octoberAnalysis);
    const start = probe.syncs.length;
    await refreshOpenWorkbookDashboard(october, { budgetBytes: 60_000 }, probe.run);
    const total = probe.syncs.length - start;
    expect(total).toBeGreaterThan(3);
    for (let at = 1; at <= total; at++) {
      const fake = await afterSeptember();
      const before = fake.snapshot().sheets.find((s) => s.name === SHEET_NAMES.history);
      fake.failSync(fake.syncs.length + at);
      const error = await refreshOpenWorkbookDashboard(october, { budgetBytes: 60_000 }, fake.run).catch(
        (e: unknown) => e,
      );
      if (at === total) {
        // The last sync freezes panes after the commit; its failure keeps the refresh (and the new
        // period), by design (office-js#3148: a freeze must never roll a refresh back).
        expect({ at, failed: error instanceof AppError }).toEqual({ at, failed: false });
        expect(await readOpenWorkbookHistory(fake.run)).toEqual(octoberAnalysis.cycle.history);
        continue;
      }
      expect({ at, failed: error instanceof AppError }).toEqual({ at, failed: true });
      expect(fake.snapshot().sheets.find((s) => s.name === SHEET_NAMES.history)).toEqual(before);
      expect(await readOpenWorkbookHistory(fake.run)).toEqual(september.cycle.history);
    }
  });
});
