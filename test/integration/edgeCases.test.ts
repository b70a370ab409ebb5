/**
 * Dashboards for the portfolios real PMOs start with: one project and no other sheet, a workbook
 * that is not a tracker at all. Each still renders all six sheets, with notes where a section has
 * no data instead of empty charts, and reads back from the written .xlsx.
 */
import { analyseWorkbooks } from "../../src/core/analyse";
import { buildDashboardPlan } from "../../src/core/plan/buildDashboardPlan";
import { OWNED_SHEET_NAMES, SHEET_NAMES } from "../../src/core/model/ownedSheets";
import { STANDARD_TEMPLATE } from "../../src/core/template/standardTemplate";
import { writeDashboardXlsx } from "../../src/file/dashboard/writeDashboardXlsx";
import { sheet, testSettings, workbook } from "../core/support/rawWorkbook";
import { xlsxDashboardView } from "../support/xlsxDashboardView";

const PROJECT_HEADER = [
  "Project ID",
  "Project Name",
  "Project Manager",
  "Phase",
  "Status",
  "Start Date",
  "Baseline Finish",
  "Budget",
  "Actual Cost",
  "% Complete",
  "Last Updated",
];

async function render(raw: ReturnType<typeof workbook>) {
  const settings = testSettings({ asOf: "2026-03-31" });
  const { report, attention, cycle } = analyseWorkbooks([raw], { template: STANDARD_TEMPLATE, settings });
  const plan = buildDashboardPlan({ report, attention, cycle, portfolioName: "Edge", generatedAt: "fixed" });
  return { report, plan, view: await xlsxDashboardView(await writeDashboardXlsx(plan)) };
}

function texts(view: Map<string, { cells: Readonly<Record<string, unknown>> }>, name: string): unknown[] {
  return Object.values(view.get(name)?.cells ?? {});
}

describe("dashboards for sparse portfolios", () => {
  it("renders a single project with no optional sheets", async () => {
    // Serials: 2026-01-05 = 46027, 2026-06-30 = 46203, 2026-03-20 = 46101.
    const raw = workbook("one.xlsx", [
      sheet("Projects", [
        PROJECT_HEADER,
        ["P-1", "Apollo", "Ann", "Execution", "Green", 46027, 46203, 100000, 40000, 0.35, 46101],
      ]),
    ]);
    const { report, plan, view } = await render(raw);
    expect(report.portfolio.active).toBe(1);
    expect([...view.keys()]).toEqual([...OWNED_SHEET_NAMES]);
    // Charts that have data are drawn; the ones without (capacity, risks, cost by role) are notes.
    expect(plan.sheets.flatMap((s) => s.charts.map((c) => c.id))).toEqual([
      "ragDistribution",
      "budgetByProgram",
      "spiVsCpi",
    ]);
    expect(view.get(SHEET_NAMES.dashboard)?.charts.map((c) => c.type)).toEqual([
      "doughnut",
      "columnClustered",
      "bubble",
    ]);
    expect(texts(view, SHEET_NAMES.dashboard)).toEqual(
      expect.arrayContaining([
        "No allocations: add an Allocations sheet to see capacity vs demand.",
        "No open risks.",
      ]),
    );
    expect(texts(view, SHEET_NAMES.capacity)).toContain(
      "No capacity data: add Resources and Allocations sheets to see utilisation.",
    );
    expect(texts(view, SHEET_NAMES.projects)).toContain("Apollo");
  });

  it("renders a workbook that is not a tracker, with the one finding that says so", async () => {
    const raw = workbook("notes.xlsx", [sheet("Sheet1", [["Shopping list"], ["Milk"], ["Eggs"]])]);
    const { report, plan, view } = await render(raw);
    expect(report.validation.findings.map((f) => f.rule)).toEqual(["not-a-tracker"]);
    expect(plan.sheets.flatMap((s) => s.charts)).toEqual([]);
    expect(view.get(SHEET_NAMES.validation)?.cells["A5"]).toBe("Severity");
    expect(texts(view, SHEET_NAMES.validation)).toContain("not-a-tracker");
  });
});
