import { bandStatus, median, salaryByRole } from "../../../src/core/kpi/salary";
import { makeBenchmark, makeResource } from "./factory";

describe("salary by role", () => {
  it("computes medians of odd and even counts", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([1, 3, 10])).toBe(3);
    expect(median([1, 3, 10, 20])).toBe(6.5);
  });

  it("places a median below, within or above the market band (bounds inclusive)", () => {
    expect(bandStatus(59_999, 60_000, 80_000)).toBe("below");
    expect(bandStatus(60_000, 60_000, 80_000)).toBe("within");
    expect(bandStatus(80_000, 60_000, 80_000)).toBe("within");
    expect(bandStatus(80_001, 60_000, 80_000)).toBe("above");
  });

  const resources = [
    makeResource({ resource: "A1", role: "Analyst", annualSalary: 95_000 }),
    makeResource({ resource: "A2", role: "Analyst", annualSalary: 60_000, fte: 0.5 }),
    makeResource({ resource: "A3", role: "Analyst", annualSalary: 70_000 }),
    makeResource({ resource: "D1", role: "Developer", annualSalary: 100_000 }),
    makeResource({ resource: "D2", role: "Developer", annualSalary: 120_000 }),
    makeResource({ resource: "D3", role: "Developer", hourlyRate: 50 }),
    makeResource({ resource: "X", role: null, annualSalary: 1 }),
  ];

  it("shows figures for 3 salaried people and suppresses them for 2", () => {
    const rows = salaryByRole(
      resources,
      [
        makeBenchmark({ role: "analyst", marketMin: 65_000, marketMax: 80_000 }),
        makeBenchmark({ role: "Developer", marketMin: 1, marketMax: 2 }),
      ],
      3,
    );
    expect(rows).toEqual([
      {
        role: "Analyst",
        headcount: 3,
        fte: 2.5,
        min: 60_000,
        median: 70_000,
        mean: 75_000,
        max: 95_000,
        suppressed: false,
        marketMin: 65_000,
        marketMax: 80_000,
        bandStatus: "within",
      },
      {
        role: "Developer",
        headcount: 3,
        fte: 3,
        min: null,
        median: null,
        mean: null,
        max: null,
        suppressed: true,
        marketMin: 1,
        marketMax: 2,
        bandStatus: null,
      },
    ]);
  });

  it("reports below/above the band and null without a benchmark", () => {
    const rows = salaryByRole(
      resources,
      [makeBenchmark({ role: "Analyst", marketMin: 75_000, marketMax: 90_000 })],
      3,
    );
    expect(rows[0]?.bandStatus).toBe("below");
    const above = salaryByRole(
      resources,
      [makeBenchmark({ role: "Analyst", marketMin: 40_000, marketMax: 69_999 })],
      3,
    );
    expect(above[0]?.bandStatus).toBe("above");
    expect(salaryByRole(resources, [], 3)[0]).toMatchObject({
      bandStatus: null,
      marketMin: null,
      median: 70_000,
    });
  });

  it("follows minGroupSize: with 2 the Developer group is shown", () => {
    expect(salaryByRole(resources, [], 2)[1]).toMatchObject({
      suppressed: false,
      min: 100_000,
      max: 120_000,
      median: 110_000,
    });
  });
});
