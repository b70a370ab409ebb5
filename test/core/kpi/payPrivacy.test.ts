import { costByRole, hourlyRates } from "../../../src/core/kpi/cost";
import { hasPayFigure, isPayGroupSuppressed } from "../../../src/core/kpi/payPrivacy";
import { salaryByRole } from "../../../src/core/kpi/salary";
import { makeResource } from "./factory";

/**
 * One rule, two figures: salary figures need minGroupSize people with an Annual Salary; labour cost
 * by role (from hourly rates) needs minGroupSize people with a rate, typed or salary-derived.
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
  // Ten actual hours each.
  const hours = new Float64Array(resources.length).fill(10);
  const rates = hourlyRates(resources, 2080);

  it("shows an Analyst's labour cost (3 rates) but suppresses the Analyst salaries (2 salaries)", () => {
    const salary = salaryByRole(resources, [], 3);
    const cost = costByRole(resources, hours, rates, 3);
    expect(salary.map((s) => [s.role, s.suppressed, s.median])).toEqual([
      ["Analyst", true, null],
      ["Designer", false, 93_600],
      ["Tester", true, null],
    ]);
    expect(cost.map((c) => [c.role, c.suppressed, c.laborCost])).toEqual([
      ["Analyst", false, 10 * (50 + 60 + 70)],
      ["Designer", false, 10 * (40 + 45 + 55)],
      ["Tester", true, null],
    ]);
  });
});
