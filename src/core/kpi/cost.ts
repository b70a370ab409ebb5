import { isoFromMonth } from "../model/calendar";
import type { Resource } from "../model/portfolio";
import type { AllocationTotals } from "./allocationTotals";
import type { LaborFigures, MonthCostRow, ProgramCostRow, RoleCostRow, RoleRate } from "./report";
import { ratio } from "./ratio";
import { groupResources } from "./resources";
import { compareText } from "./sortText";

/** The byProgram row of projects without a Program; sorted after every named program. */
export const NO_PROGRAM = "(No program)";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A person's own hourly rate: Hourly Rate when filled, else Annual Salary / hoursPerYear; null
 * when neither is filled. Personal pay: only ever an input to a group figure (the pay median).
 */
export function hourlyRate(resource: Resource, hoursPerYear: number): number | null {
  if (resource.hourlyRate !== null) return resource.hourlyRate;
  return resource.annualSalary === null ? null : ratio(resource.annualSalary, hoursPerYear);
}

export interface ProjectCostInput extends LaborFigures {
  readonly program: string | null;
  readonly bac: number | null;
  readonly ac: number | null;
  readonly eac: number | null;
}

/**
 * BAC, AC, EAC and labour summed per Program over the given projects (the caller passes the
 * projects counted: in scope and not excluded); programs sorted, "(No program)" last.
 */
export function costByProgram(projects: readonly ProjectCostInput[]): ProgramCostRow[] {
  const byProgram = new Map<string, Mutable<Omit<ProgramCostRow, "program">>>();
  for (const project of projects) {
    const program = project.program ?? NO_PROGRAM;
    let row = byProgram.get(program);
    if (row === undefined) {
      row = { bac: 0, ac: 0, eac: 0, laborCost: 0, plannedLaborCost: 0, unpricedHours: 0 };
      byProgram.set(program, row);
    }
    // One running row per program, added to in place.
    row.bac += project.bac ?? 0;
    row.ac += project.ac ?? 0;
    row.eac += project.eac ?? 0;
    row.laborCost += project.laborCost;
    row.plannedLaborCost += project.plannedLaborCost;
    row.unpricedHours += project.unpricedHours;
  }
  const rank = (program: string) => (program === NO_PROGRAM ? 1 : 0);
  return [...byProgram.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || compareText(a, b))
    .map(([program, row]) => ({ program, ...row }));
}

/**
 * Hours and labour per role (roles sorted): hours × the role's rate. Every hour of a role is priced
 * at the same published rate, so the figures reveal no one's pay and need no suppression; a role
 * without a rate shows its hours as unpriced.
 */
export function costByRole(
  resources: readonly Resource[],
  totals: Pick<AllocationTotals, "actualByResource" | "plannedByResource">,
  rates: readonly RoleRate[],
): RoleCostRow[] {
  const rateOf = new Map(rates.map((r) => [r.role, r]));
  return groupResources(resources, (r) => r.role).map(({ key: role, members }) => {
    let actualHours = 0;
    let plannedHours = 0;
    for (const position of members) {
      actualHours += totals.actualByResource[position] ?? 0;
      plannedHours += totals.plannedByResource[position] ?? 0;
    }
    const rate = rateOf.get(role);
    const hourly = rate?.hourlyRate ?? null;
    return {
      role,
      headcount: members.length,
      actualHours,
      plannedHours,
      hourlyRate: hourly,
      source: rate?.source ?? null,
      laborCost: hourly === null ? 0 : actualHours * hourly,
      plannedLaborCost: hourly === null ? 0 : plannedHours * hourly,
      unpricedHours: hourly === null ? actualHours : 0,
    };
  });
}

/** Labour per month of Allocations (ascending), from the resource × month hours and role rates. */
export function costByMonth(
  totals: Pick<AllocationTotals, "months" | "planned" | "actual">,
  rates: Float64Array,
): MonthCostRow[] {
  const width = totals.months.length;
  const laborCost = new Float64Array(width);
  const plannedLaborCost = new Float64Array(width);
  const unpricedHours = new Float64Array(width);
  // Person by person along the person-major cells; each month's sums still add people in order.
  for (let position = 0; position < rates.length; position++) {
    const rate = rates[position] ?? Number.NaN;
    for (let slot = 0; slot < width; slot++) {
      const cell = position * width + slot;
      const actual = totals.actual[cell] ?? 0;
      if (Number.isNaN(rate)) {
        unpricedHours[slot] = (unpricedHours[slot] ?? 0) + actual;
        continue;
      }
      laborCost[slot] = (laborCost[slot] ?? 0) + actual * rate;
      plannedLaborCost[slot] = (plannedLaborCost[slot] ?? 0) + (totals.planned[cell] ?? 0) * rate;
    }
  }
  return totals.months.map((month, slot) => ({
    month: isoFromMonth(month),
    laborCost: laborCost[slot] ?? 0,
    plannedLaborCost: plannedLaborCost[slot] ?? 0,
    unpricedHours: unpricedHours[slot] ?? 0,
  }));
}
