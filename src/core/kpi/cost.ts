import type { Resource } from "../model/portfolio";
import type { ProgramCostRow, ProjectKpis, RoleCostRow } from "./report";
import { isPayGroupSuppressed } from "./payPrivacy";
import { ratio } from "./ratio";
import { groupResources } from "./resources";
import { compareText } from "./sortText";

/** The byProgram row of projects without a Program; sorted after every named program. */
export const NO_PROGRAM = "(No program)";

/** Hourly Rate when filled; else Annual Salary / hoursPerYear; null when neither is filled. */
export function hourlyRate(resource: Resource, hoursPerYear: number): number | null {
  if (resource.hourlyRate !== null) return resource.hourlyRate;
  return resource.annualSalary === null ? null : ratio(resource.annualSalary, hoursPerYear);
}

/** Each resource's hourly rate by position, 0 when it has none (its hours then cost nothing). */
export function hourlyRates(resources: readonly Resource[], hoursPerYear: number): Float64Array {
  const rates = new Float64Array(resources.length);
  resources.forEach((resource, position) => {
    rates[position] = hourlyRate(resource, hoursPerYear) ?? 0;
  });
  return rates;
}

export type ProjectCostInput = Pick<ProjectKpis, "program" | "bac" | "ac" | "eac" | "laborCost">;

/** BAC, AC, EAC and labour cost summed per Program over the given projects; programs sorted. */
export function costByProgram(projects: readonly ProjectCostInput[]): ProgramCostRow[] {
  const byProgram = new Map<string, { bac: number; ac: number; eac: number; laborCost: number }>();
  for (const project of projects) {
    const program = project.program ?? NO_PROGRAM;
    let row = byProgram.get(program);
    if (row === undefined) {
      row = { bac: 0, ac: 0, eac: 0, laborCost: 0 };
      byProgram.set(program, row);
    }
    row.bac += project.bac;
    row.ac += project.ac;
    row.eac += project.eac;
    row.laborCost += project.laborCost;
  }
  const rank = (program: string) => (program === NO_PROGRAM ? 1 : 0);
  return [...byProgram.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || compareText(a, b))
    .map(([program, row]) => ({ program, ...row }));
}

/**
 * Actual hours and labour cost per role (roles sorted). The cost is derived from hourly rates, so a
 * role with fewer than minGroupSize people who have a rate (typed, or from Annual Salary) shows hours
 * only: laborCost null, suppressed true, since its cost would reveal individual pay.
 */
export function costByRole(
  resources: readonly Resource[],
  actualByResource: Float64Array,
  rates: Float64Array,
  minGroupSize: number,
): RoleCostRow[] {
  return groupResources(resources, (r) => r.role).map(({ key: role, members }) => {
    let actualHours = 0;
    let laborCost = 0;
    const people: Resource[] = [];
    for (const position of members) {
      const hours = actualByResource[position] ?? 0;
      actualHours += hours;
      laborCost += hours * (rates[position] ?? 0);
      const person = resources[position];
      if (person !== undefined) people.push(person);
    }
    const suppressed = isPayGroupSuppressed(people, "rate", minGroupSize);
    return {
      role,
      headcount: members.length,
      actualHours,
      laborCost: suppressed ? null : laborCost,
      suppressed,
    };
  });
}
