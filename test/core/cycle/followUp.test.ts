import { followUpList, NO_PROJECT_MANAGER } from "../../../src/core/cycle/followUp";
import type { KpiReport, ProjectKpis } from "../../../src/core/kpi/report";
import { projectRow } from "./historyRows";

const NOW = "2026-10-31";

function report(projects: Partial<ProjectKpis>[]): KpiReport {
  const full = projects.map((p) => ({
    projectId: "P1",
    phase: "Execution",
    errors: 0,
    warnings: 0,
    fresh: true,
    ...p,
  }));
  return { projects: full } as unknown as KpiReport;
}

describe("followUpList", () => {
  it("one entry per manager of the active projects, by errors, then stale count, then name", () => {
    const r = report([
      { projectId: "P1", errors: 1, warnings: 2 },
      { projectId: "P2", fresh: false },
      { projectId: "P3", fresh: false },
      { projectId: "P4", errors: 2 },
      { projectId: "P5" },
      { projectId: "P6", phase: "Closed", errors: 9 },
      { projectId: "P7", fresh: false },
    ]);
    const rows = [
      projectRow(NOW, { projectId: "P1", projectManager: "Bea" }),
      projectRow(NOW, { projectId: "P2", projectManager: "Cy", lastUpdated: "2026-06-01" }),
      projectRow(NOW, { projectId: "P3", projectManager: "Cy", lastUpdated: null }),
      projectRow(NOW, { projectId: "P4", projectManager: "Ann" }),
      projectRow(NOW, { projectId: "P5", projectManager: "Al" }),
      projectRow(NOW, { projectId: "P6", projectManager: "Zed" }),
      projectRow(NOW, { projectId: "P7", projectManager: null, lastUpdated: "2026-01-01" }),
    ];
    expect(followUpList(r, rows)).toEqual([
      { projectManager: "Ann", projects: ["P4"], errors: 2, warnings: 0, stale: [], missingUpdates: [] },
      { projectManager: "Bea", projects: ["P1"], errors: 1, warnings: 2, stale: [], missingUpdates: [] },
      {
        projectManager: NO_PROJECT_MANAGER,
        projects: ["P7"],
        errors: 0,
        warnings: 0,
        stale: ["P7"],
        missingUpdates: [],
      },
      {
        projectManager: "Cy",
        projects: ["P2", "P3"],
        errors: 0,
        warnings: 0,
        stale: ["P2"],
        missingUpdates: ["P3"],
      },
      { projectManager: "Al", projects: ["P5"], errors: 0, warnings: 0, stale: [], missingUpdates: [] },
    ]);
  });
});
