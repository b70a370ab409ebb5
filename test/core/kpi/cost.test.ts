import { totalAllocations } from "../../../src/core/kpi/allocationTotals";
import { costByMonth, costByProgram, costByRole, hourlyRate, NO_PROGRAM } from "../../../src/core/kpi/cost";
import { indexResources } from "../../../src/core/kpi/resources";
import { ratesByPosition, roleRates } from "../../../src/core/kpi/roleRates";
import { makeAllocation, makeBenchmark, makeRate, makeResource, month } from "./factory";

describe("cost", () => {
  it("takes a person's own rate from Hourly Rate, else Annual Salary / hours per year", () => {
    expect(hourlyRate(makeResource({ hourlyRate: 80, annualSalary: 104_000 }), 2080)).toBe(80);
    expect(hourlyRate(makeResource({ annualSalary: 104_000 }), 2080)).toBe(50);
    expect(hourlyRate(makeResource(), 2080)).toBeNull();
    expect(hourlyRate(makeResource({ annualSalary: 104_000 }), 0)).toBeNull();
  });

  // Developers: rate card 75. PMs: 3 personal rates 100, 90, 100 → pay median 100.
  // Architects: 2 people (below the group size) → benchmark midpoint (156,000 + 208,000) / 2 / 2080 = 87.5.
  // Testers: no card, 1 person, no benchmark → unpriced.
  const resources = [
    makeResource({ resource: "Ana", role: "Developer", annualSalary: 104_000 }),
    makeResource({ resource: "Ben", role: "Developer", hourlyRate: 70 }),
    makeResource({ resource: "Di", role: "PM", hourlyRate: 100 }),
    makeResource({ resource: "Ed", role: "PM", hourlyRate: 90 }),
    makeResource({ resource: "Fay", role: "PM", annualSalary: 208_000 }),
    makeResource({ resource: "Gil", role: "Architect", annualSalary: 150_000 }),
    makeResource({ resource: "Hu", role: "Architect", annualSalary: 170_000 }),
    makeResource({ resource: "Ivo", role: "Tester", hourlyRate: 40 }),
  ];
  const index = indexResources(resources);
  const rates = roleRates({
    resources: index.resources,
    rateCard: [
      makeRate({ role: "Developer", hourlyRate: 75 }),
      makeRate({ role: "Developer", hourlyRate: 99 }),
    ],
    benchmarks: [makeBenchmark({ role: " architect ", marketMin: 156_000, marketMax: 208_000 })],
    hoursPerYear: 2080,
    minGroupSize: 3,
  });
  const byPosition = ratesByPosition(index.resources, rates);
  const totals = totalAllocations(
    [
      makeAllocation({ resource: "Ana", projectId: "P1", actualHours: 10, plannedHours: 12 }),
      makeAllocation({ resource: "Ben", projectId: "P1", actualHours: 2, plannedHours: 2 }),
      makeAllocation({ resource: "Ivo", projectId: "P1", actualHours: 5, plannedHours: 6 }),
      makeAllocation({ resource: "Di", projectId: "P2", actualHours: 1, plannedHours: 1, month: null }),
      makeAllocation({
        resource: "Fay",
        projectId: "P2",
        actualHours: 3,
        plannedHours: 4,
        month: month("2026-10"),
      }),
      makeAllocation({ resource: "Gil", projectId: "P2", actualHours: 4, plannedHours: 4 }),
      makeAllocation({ resource: "Ana", projectId: "P-X", actualHours: 8, plannedHours: 8 }),
    ],
    index,
    byPosition,
    ["P1", "P2"],
  );

  it("prices each role from the rate card, else the pay median of ≥ 3 people, else the benchmark midpoint", () => {
    expect(rates).toEqual([
      { role: "Architect", hourlyRate: 87.5, source: "benchmark" },
      { role: "Developer", hourlyRate: 75, source: "rate-card" },
      { role: "PM", hourlyRate: 100, source: "pay-median" },
      { role: "Tester", hourlyRate: null, source: null },
    ]);
  });

  it("costs actual and planned hours per project at the role rate; hours of a role without a rate are unpriced", () => {
    expect(totals.laborByProject.get("P1")).toEqual({
      laborCost: 12 * 75,
      plannedLaborCost: 14 * 75,
      unpricedHours: 5,
    });
    expect(totals.laborByProject.get("P2")).toEqual({
      laborCost: 4 * 100 + 4 * 87.5,
      plannedLaborCost: 5 * 100 + 4 * 87.5,
      unpricedHours: 0,
    });
  });

  it("rolls labour up by role (every project's hours) and by month", () => {
    expect(costByRole(index.resources, totals, rates)).toEqual([
      {
        role: "Architect",
        headcount: 2,
        actualHours: 4,
        plannedHours: 4,
        hourlyRate: 87.5,
        source: "benchmark",
        laborCost: 350,
        plannedLaborCost: 350,
        unpricedHours: 0,
      },
      {
        role: "Developer",
        headcount: 2,
        actualHours: 20,
        plannedHours: 22,
        hourlyRate: 75,
        source: "rate-card",
        laborCost: 1500,
        plannedLaborCost: 1650,
        unpricedHours: 0,
      },
      {
        role: "PM",
        headcount: 3,
        actualHours: 4,
        plannedHours: 5,
        hourlyRate: 100,
        source: "pay-median",
        laborCost: 400,
        plannedLaborCost: 500,
        unpricedHours: 0,
      },
      {
        role: "Tester",
        headcount: 1,
        actualHours: 5,
        plannedHours: 6,
        hourlyRate: null,
        source: null,
        laborCost: 0,
        plannedLaborCost: 0,
        unpricedHours: 5,
      },
    ]);
    expect(costByMonth(totals, byPosition)).toEqual([
      { month: "2026-10", laborCost: 300, plannedLaborCost: 400, unpricedHours: 0 },
      {
        month: "2026-11",
        laborCost: 20 * 75 + 4 * 87.5,
        plannedLaborCost: 22 * 75 + 4 * 87.5,
        unpricedHours: 5,
      },
    ]);
  });

  it("sums cost by program, programs sorted and projects without one last", () => {
    const project = (program: string | null, bac: number | null, laborCost: number) => ({
      program,
      bac,
      ac: 1,
      eac: bac,
      laborCost,
      plannedLaborCost: 2 * laborCost,
      unpricedHours: 1,
    });
    expect(
      costByProgram([
        project("Zeta", 10, 1),
        project(null, 5, 0),
        project("Alpha", 20, 2),
        project("Zeta", 30, 3),
      ]),
    ).toEqual([
      { program: "Alpha", bac: 20, ac: 1, eac: 20, laborCost: 2, plannedLaborCost: 4, unpricedHours: 1 },
      { program: "Zeta", bac: 40, ac: 2, eac: 40, laborCost: 4, plannedLaborCost: 8, unpricedHours: 2 },
      { program: NO_PROGRAM, bac: 5, ac: 1, eac: 5, laborCost: 0, plannedLaborCost: 0, unpricedHours: 1 },
    ]);
  });
});
