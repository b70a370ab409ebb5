import { totalAllocations } from "../../../src/core/kpi/allocationTotals";
import { costByProgram, costByRole, hourlyRate, hourlyRates, NO_PROGRAM } from "../../../src/core/kpi/cost";
import { indexResources } from "../../../src/core/kpi/resources";
import { makeAllocation, makeResource } from "./factory";

describe("cost", () => {
  it("uses Hourly Rate, else Annual Salary / hours per year", () => {
    expect(hourlyRate(makeResource({ hourlyRate: 80, annualSalary: 104_000 }), 2080)).toBe(80);
    expect(hourlyRate(makeResource({ annualSalary: 104_000 }), 2080)).toBe(50);
    expect(hourlyRate(makeResource(), 2080)).toBeNull();
    expect(hourlyRate(makeResource({ annualSalary: 104_000 }), 0)).toBeNull();
  });

  const resources = [
    makeResource({ resource: "Ana", role: "Developer", annualSalary: 104_000 }), // 50 / h
    makeResource({ resource: "Ben", role: "Developer", hourlyRate: 70 }),
    makeResource({ resource: "Cy", role: "Developer" }), // no pay data: costs nothing
    makeResource({ resource: "Di", role: "PM", hourlyRate: 100 }),
    makeResource({ resource: "Ed", role: "PM", hourlyRate: 90 }),
    makeResource({ resource: "Fay", role: "PM", annualSalary: 208_000 }), // 100 / h
  ];
  const index = indexResources(resources);
  const rates = hourlyRates(index.resources, 2080);
  const totals = totalAllocations(
    [
      makeAllocation({ resource: "Ana", projectId: "P1", actualHours: 10 }),
      makeAllocation({ resource: "Ben", projectId: "P1", actualHours: 2 }),
      makeAllocation({ resource: "Cy", projectId: "P1", actualHours: 5 }),
      makeAllocation({ resource: "Di", projectId: "P2", actualHours: 1, month: null }),
      makeAllocation({ resource: "Fay", projectId: "P2", actualHours: 3 }),
    ],
    index,
    rates,
    ["P1", "P2"],
  );

  it("costs actual hours per project at each person's rate", () => {
    expect(totals.laborCostByProject.get("P1")).toBe(10 * 50 + 2 * 70);
    expect(totals.laborCostByProject.get("P2")).toBe(100 + 300);
  });

  it("suppresses role cost when fewer than minGroupSize people have a salary or rate", () => {
    expect(costByRole(index.resources, totals.actualByResource, rates, 3)).toEqual([
      { role: "Developer", headcount: 3, actualHours: 17, laborCost: null, suppressed: true },
      { role: "PM", headcount: 3, actualHours: 4, laborCost: 400, suppressed: false },
    ]);
    expect(costByRole(index.resources, totals.actualByResource, rates, 2)[0]).toMatchObject({
      laborCost: 640,
      suppressed: false,
    });
  });

  it("sums cost by program, programs sorted and projects without one last", () => {
    const project = (program: string | null, bac: number, laborCost: number) => ({
      program,
      bac,
      ac: 1,
      eac: bac,
      laborCost,
    });
    expect(
      costByProgram([
        project("Zeta", 10, 1),
        project(null, 5, 0),
        project("Alpha", 20, 2),
        project("Zeta", 30, 3),
      ]),
    ).toEqual([
      { program: "Alpha", bac: 20, ac: 1, eac: 20, laborCost: 2 },
      { program: "Zeta", bac: 40, ac: 2, eac: 40, laborCost: 4 },
      { program: NO_PROGRAM, bac: 5, ac: 1, eac: 5, laborCost: 0 },
    ]);
  });
});
