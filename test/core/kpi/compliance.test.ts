import { complianceShare, countFindingsByProject, isFresh } from "../../../src/core/kpi/compliance";
import { makeFinding } from "./factory";

describe("compliance", () => {
  it("counts errors and warnings per project, ignoring infos and unattributed findings", () => {
    const counts = countFindingsByProject([
      makeFinding({ projectId: "P1", severity: "error" }),
      makeFinding({ projectId: "P1", severity: "warning" }),
      makeFinding({ projectId: "P1", severity: "warning" }),
      makeFinding({ projectId: "P1", severity: "info" }),
      makeFinding({ projectId: "P2", severity: "warning" }),
      makeFinding({ severity: "error" }),
    ]);
    expect(counts.get("P1")).toEqual({ errors: 1, warnings: 2 });
    expect(counts.get("P2")).toEqual({ errors: 0, warnings: 1 });
    expect(counts.size).toBe(2);
  });

  it("is fresh within staleDays of asOf, stale after, never fresh without a date", () => {
    expect(isFresh(65, 100, 35)).toBe(true);
    expect(isFresh(64, 100, 35)).toBe(false);
    expect(isFresh(null, 100, 35)).toBe(false);
  });

  it("is the share of active projects with no errors and fresh updates", () => {
    expect(
      complianceShare([
        { phase: "Execution", errors: 0, fresh: true },
        { phase: "Planning", errors: 1, fresh: true },
        { phase: null, errors: 0, fresh: false },
        { phase: "On Hold", errors: 0, fresh: true },
        { phase: "Closed", errors: 5, fresh: false },
        { phase: "Cancelled", errors: 5, fresh: false },
      ]),
    ).toBe(0.5);
    expect(complianceShare([{ phase: "Closed", errors: 0, fresh: true }])).toBeNull();
  });
});
