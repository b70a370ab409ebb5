import { computeKpis } from "../../../src/core/kpi/computeKpis";
import { COST_WITHOUT_HOURS } from "../../../src/core/kpi/costChecks";
import type { TableBinding } from "../../../src/core/model/portfolio";
import { makeAllocation, makePortfolio, makeProject, makeResource, makeSettings } from "./factory";

const allocationsSheet: TableBinding = {
  table: "allocations",
  file: "tracker.xlsx",
  sheet: "Allocations",
  headerRow: 1,
  columns: {},
  missingRequired: [],
  unknownHeaders: [],
};

describe("cost-without-hours", () => {
  const projects = ["P1", "P2", "P3", "P4"].map((projectId) => makeProject({ projectId, actualCost: 5000 }));
  const report = computeKpis(
    makePortfolio({
      bindings: [allocationsSheet],
      projects,
      resources: [makeResource({ resource: "Ana" })],
      allocations: [
        makeAllocation({ resource: "Ana", projectId: "P1", actualHours: 10 }),
        // Booked by someone missing from Resources: the hours are still booked.
        makeAllocation({ resource: "Ghost", projectId: "P2", actualHours: 4 }),
        makeAllocation({ resource: null, projectId: "P3", actualHours: 2 }),
        // Planned only, or zero actual hours: nothing booked.
        makeAllocation({ resource: "Ana", projectId: "P4", plannedHours: 40, actualHours: 0 }),
      ],
    }),
    makeSettings(),
  );

  it("flags only the project with no Actual Hours booked by anyone", () => {
    const flagged = report.validation.findings.filter((f) => f.rule === COST_WITHOUT_HOURS);
    expect(flagged.map((f) => f.projectId)).toEqual(["P4"]);
  });
});
