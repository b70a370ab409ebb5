import { hasPayFigure, isPayGroupSuppressed } from "../../../src/core/kpi/payPrivacy";
import { roleRates } from "../../../src/core/kpi/roleRates";
import { salaryByRole } from "../../../src/core/kpi/salary";
import { makeResource } from "./factory";

/**
 * One rule, two figures: salary figures need minGroupSize people with an Annual Salary; a role's
 * pay-median rate needs minGroupSize people with a rate, typed or salary-derived.
 */
describe("pay privacy", () => {
  const salaried = makeResource({ annualSalary: 104_000 });
  const hourlyOnly = makeResource({ hourlyRate: 60 });
  const unpaid = makeResource();

  it("tells which people have a pay figure of each kind", () => {
    expect([salaried, hourlyOnly, unpaid].map((p) => hasPayFigure(p, "salary"))).toEqual([
      true,
      false,
      false,
    ]);
    expect([salaried, hourlyOnly, unpaid].map((p) => hasPayFigure(p, "rate"))).toEqual([true, true, false]);
  });

  it("suppresses a group with fewer than minGroupSize people holding the figure shown", () => {
    const group = [salaried, salaried, hourlyOnly];
    expect(isPayGroupSuppressed(group, "salary", 3)).toBe(true);
    expect(isPayGroupSuppressed(group, "rate", 3)).toBe(false);
    expect(isPayGroupSuppressed(group, "salary", 2)).toBe(false);
    expect(isPayGroupSuppressed([salaried, unpaid, hourlyOnly], "rate", 3)).toBe(true);
    expect(isPayGroupSuppressed([], "rate", 1)).toBe(true);
  });

  // Analysts: 2 salaries + 1 hourly rate. Designers: 3 salaries. Testers: 1 salary, 1 rate, 1 neither.
  const resources = [
    makeResource({ resource: "Ana", role: "Analyst", annualSalary: 104_000 }), // 50 / h
    makeResource({ resource: "Ben", role: "Analyst", annualSalary: 124_800 }), // 60 / h
    makeResource({ resource: "Cy", role: "Analyst", hourlyRate: 70 }),
    makeResource({ resource: "Di", role: "Designer", annualSalary: 83_200 }), // 40 / h
    makeResource({ resource: "Ed", role: "Designer", annualSalary: 93_600 }),
    makeResource({ resource: "Fay", role: "Designer", annualSalary: 114_400 }),
    makeResource({ resource: "Gus", role: "Tester", annualSalary: 62_400 }), // 30 / h
    makeResource({ resource: "Hal", role: "Tester", hourlyRate: 35 }),
    makeResource({ resource: "Ivy", role: "Tester" }),
  ];
  it("prices Analysts at their pay median (3 rates) but suppresses the Analyst salaries (2 salaries)", () => {
    const salary = salaryByRole(resources, [], 3);
    const rates = roleRates({ resources, rateCard: [], benchmarks: [], hoursPerYear: 2080, minGroupSize: 3 });
    expect(salary.map((s) => [s.role, s.suppressed, s.median])).toEqual([
      ["Analyst", true, null],
      ["Designer", false, 93_600],
      ["Tester", true, null],
    ]);
    // Designers: 40, 45, 55 → 45. Testers: 2 rates, below the group size, no benchmark: unpriced.
    expect(rates).toEqual([
      { role: "Analyst", hourlyRate: 60, source: "pay-median" },
      { role: "Designer", hourlyRate: 45, source: "pay-median" },
      { role: "Tester", hourlyRate: null, source: null },
    ]);
  });
});
