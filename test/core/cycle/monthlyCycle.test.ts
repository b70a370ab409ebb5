import { analyseWorkbooks } from "../../../src/core/analyse";
import { cycleJson } from "../../../src/core/cycle/monthlyCycle";
import type { History } from "../../../src/core/cycle/history";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../../src/core/example";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import { STANDARD_TEMPLATE } from "../../../src/core/template/standardTemplate";
import { rawWorkbookOfSpec } from "../../../scripts/bench/specToRaw";

function analyse(asOf: string, history?: History) {
  const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf, withErrors: true });
  return analyseWorkbooks([rawWorkbookOfSpec(spec, "example.xlsx")], {
    template: STANDARD_TEMPLATE,
    settings: { ...DEFAULT_SETTINGS, asOf },
    ...(history ? { history } : {}),
  });
}

describe("monthlyCycle through analyseWorkbooks", () => {
  const september = analyse("2026-09-30");
  const october = analyse("2026-10-31", september.cycle.history);

  it("without a history holds this period only, with no previous period and no changes", () => {
    const json = cycleJson(september.cycle);
    expect(json.history.periods).toEqual(["2026-09-30"]);
    expect(json.previousAsOf).toBeNull();
    expect(json.changes).toEqual([]);
    expect(json.history.portfolio).toHaveLength(1);
    expect(september.cycle.history.projects).toHaveLength(september.report.projects.length);
    expect(september.cycle.narrative.length).toBeGreaterThanOrEqual(3);
    expect(september.cycle.narrative.length).toBeLessThanOrEqual(6);
  });

  it("adds the next period and compares with it", () => {
    expect(cycleJson(october.cycle).history.periods).toEqual(["2026-09-30", "2026-10-31"]);
    expect(october.cycle.previousAsOf).toBe("2026-09-30");
    expect(october.cycle.history.portfolio[1]).toMatchObject({
      asOf: "2026-10-31",
      active: october.report.portfolio.active,
      bac: october.report.portfolio.bac,
      red: october.report.portfolio.ragComputed.Red,
      openHighRisks: october.report.risks.high,
    });
  });

  it("a rebuild of the same month leaves the history and the changes unchanged", () => {
    const again = analyse("2026-10-31", october.cycle.history);
    expect(again.cycle.history).toEqual(october.cycle.history);
    expect(again.cycle.changes).toEqual(october.cycle.changes);
    expect(again.cycle.narrative).toEqual(october.cycle.narrative);
  });

  it("follow-up lists every active project under each of its managers", () => {
    const listed = october.cycle.followUp.flatMap((f) => f.projects).sort();
    const active = october.report.projects.filter((p) => p.phase !== "Closed" && p.phase !== "Cancelled");
    expect([...new Set(listed)]).toEqual(active.map((p) => p.projectId).sort());
    // The demo's PRJ-0007 is two PMs' projects sharing an ID: both are chased for it.
    const sharing = october.cycle.followUp.filter((f) => f.projects.includes("PRJ-0007"));
    const managers = october.portfolio.projects
      .filter((p) => p.projectId === "PRJ-0007")
      .map((p) => p.projectManager);
    expect(sharing.map((f) => f.projectManager).sort()).toEqual([...new Set(managers)].sort());
    expect(sharing).toHaveLength(2);
    expect(listed.length).toBe(active.length + 1);
  });
});
