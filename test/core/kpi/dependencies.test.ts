import { dependencyKpis } from "../../../src/core/kpi/dependencies";
import { day, makeDependency, makeMilestone } from "./factory";

describe("dependencyKpis", () => {
  const milestones = [
    makeMilestone({
      projectId: "P1",
      milestone: "Design sign-off",
      baselineDate: day("2026-11-20"),
      forecastDate: day("2026-12-10"),
    }),
    makeMilestone({ projectId: "P2", milestone: "Build start", baselineDate: day("2026-12-01") }),
    makeMilestone({ projectId: "P2", milestone: "Go live", baselineDate: day("2027-03-01") }),
    makeMilestone({
      projectId: "P1",
      milestone: "Kick-off",
      baselineDate: day("2026-01-10"),
      actualDate: day("2026-01-31"),
    }),
  ];

  it("is at risk when the From milestone is expected after the To milestone", () => {
    const rows = dependencyKpis(
      [
        makeDependency({ fromMilestone: "Design sign-off", toMilestone: "Build start" }),
        makeDependency({ fromMilestone: "Design sign-off", toMilestone: "Go live" }),
        // Actual date (Jan 31) wins over the baseline; Jan 31 is before Dec 1.
        makeDependency({ fromMilestone: "Kick-off", toMilestone: "Build start" }),
      ],
      milestones,
    );
    expect(rows.map((r) => r.atRisk)).toEqual([true, false, false]);
    expect(rows[0]).toEqual({
      fromProject: "P1",
      fromMilestone: "Design sign-off",
      toProject: "P2",
      toMilestone: "Build start",
      atRisk: true,
    });
  });

  it("matches milestone names trimmed and case-insensitively, Project IDs exactly", () => {
    const rows = dependencyKpis(
      [
        makeDependency({ fromMilestone: " design SIGN-OFF ", toMilestone: "build start" }),
        makeDependency({ fromProject: "p1", fromMilestone: "Design sign-off", toMilestone: "Build start" }),
      ],
      milestones,
    );
    expect(rows.map((r) => r.atRisk)).toEqual([true, false]);
  });

  it("is not at risk when a milestone is missing, and skips incomplete rows", () => {
    const rows = dependencyKpis(
      [
        makeDependency({ fromMilestone: "Nope", toMilestone: "Build start" }),
        makeDependency({ toProject: null }),
      ],
      milestones,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.atRisk).toBe(false);
  });
});
