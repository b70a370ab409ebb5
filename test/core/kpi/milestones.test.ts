import { milestoneKpis, milestoneSlipDays } from "../../../src/core/kpi/milestones";
import { day, makeMilestone } from "./factory";

describe("milestoneKpis", () => {
  const asOf = day("2026-11-30");
  const milestones = [
    makeMilestone({ baselineDate: day("2026-11-01"), actualDate: day("2026-10-30") }), // hit, slip −2
    makeMilestone({ baselineDate: day("2026-11-01"), actualDate: day("2026-11-05") }), // late, slip 4
    makeMilestone({ baselineDate: day("2026-11-10"), forecastDate: day("2026-12-05") }), // overdue, slip 25
    makeMilestone({ baselineDate: day("2026-12-30") }), // upcoming (asOf + 30), slip 0
    makeMilestone({ baselineDate: day("2026-12-31") }), // beyond the window, slip 0
    makeMilestone({ baselineDate: day("2026-11-30") }), // due today: neither overdue nor upcoming
    makeMilestone({ baselineDate: day("2026-12-10"), actualDate: day("2026-12-02") }), // actual after asOf, slip −8
  ];

  it("counts completion, hits, overdue and upcoming at the as-of date", () => {
    const k = milestoneKpis(milestones, asOf);
    expect(k.total).toBe(7);
    expect(k.completed).toBe(2);
    expect(k.hitRate).toBe(0.5);
    expect(k.overdue).toBe(1);
    expect(k.upcoming).toBe(1);
    expect(k.avgSlipDays).toBeCloseTo(19 / 7, 10);
  });

  it("measures slip from actual, else forecast, else baseline", () => {
    expect(milestones.map(milestoneSlipDays)).toEqual([-2, 4, 25, 0, 0, 0, -8]);
    expect(
      milestoneSlipDays(makeMilestone({ baselineDate: null, actualDate: day("2026-01-01") })),
    ).toBeNull();
  });

  it("gives null rates when there is nothing to divide by", () => {
    expect(milestoneKpis([], asOf)).toEqual({
      total: 0,
      completed: 0,
      hitRate: null,
      overdue: 0,
      upcoming: 0,
      avgSlipDays: null,
    });
  });
});
