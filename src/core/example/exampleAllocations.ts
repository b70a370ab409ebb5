import { dayFromYmd, isoFromDay, workingDaysInMonth } from "../model/calendar";
import type { MonthIndex } from "../model/dates";
import type { ExampleProject, ExampleResource } from "./exampleModel";
import type { Rng } from "./random";
import { ROLE_PROFILES } from "./roles";
import { coprimeStride } from "./stride";
import type { DateCell, SpecCell } from "./trackerSheets";

export const ALLOCATION_HEADER: readonly string[] = [
  "Resource",
  "Project ID",
  "Month",
  "Planned Hours",
  "Actual Hours",
];

export interface AllocationPlan {
  readonly firstMonth: MonthIndex;
  readonly months: number;
  /** Months up to and including this one have actual hours. */
  readonly lastActualMonth: MonthIndex;
  /** Exact number of rows wanted, or undefined for the natural 1–3 projects per person. */
  readonly rows: number | undefined;
}

/**
 * Monthly allocations of delivery people (engineers, analysts, Project Managers) to running
 * projects. Each person has a target utilisation — about one in nine is over-allocated (110–140 %),
 * one in nine under-used — split evenly over their projects; actuals scatter around the plan.
 * Rows come out person by person, project by project, month by month, in O(rows).
 */
export function generateAllocationRows(
  rng: Rng,
  resources: readonly ExampleResource[],
  projects: readonly ExampleProject[],
  plan: AllocationPlan,
): SpecCell[][] {
  const deliveryRoles = new Set(ROLE_PROFILES.filter((p) => p.delivery).map((p) => p.role));
  const people = resources.filter((r) => deliveryRoles.has(r.role));
  const running = projects.filter(
    (p) => p.phase === "Planning" || p.phase === "Execution" || p.phase === "Closing",
  );
  const targets = running.length > 0 ? running : projects;
  if (people.length === 0 || targets.length === 0) return [];

  const monthCells: DateCell[] = [];
  const capacityFactor: number[] = [];
  for (let m = 0; m < plan.months; m++) {
    const month = plan.firstMonth + m;
    monthCells.push({ date: isoFromDay(dayFromYmd(Math.floor(month / 12), (month % 12) + 1, 1)) });
    capacityFactor.push(workingDaysInMonth(month) / 5);
  }

  const assignments = plan.rows === undefined ? undefined : Math.ceil(plan.rows / Math.max(1, plan.months));
  if (assignments !== undefined && assignments > people.length * targets.length) {
    throw new RangeError(
      `${plan.rows} allocation rows need more people × projects than ${people.length} × ${targets.length}`,
    );
  }
  const limit = plan.rows ?? Number.POSITIVE_INFINITY;
  const stride = coprimeStride(targets.length, targets.length * 0.618);
  const rows: SpecCell[][] = [];
  people.forEach((person, r) => {
    const perPerson =
      assignments === undefined
        ? Math.min(targets.length, rng.int(1, 3))
        : Math.floor(assignments / people.length) + (r < assignments % people.length ? 1 : 0);
    const utilisation =
      r % 9 === 4 ? rng.real(1.1, 1.4) : r % 9 === 7 ? rng.real(0.3, 0.48) : rng.real(0.65, 0.95);
    const share = utilisation / Math.max(1, perPerson);
    // Distinct projects per person: from a random start, a stride coprime to the list length.
    const first = rng.int(0, targets.length - 1);
    for (let j = 0; j < perPerson && rows.length < limit; j++) {
      const project = targets[(first + j * stride) % targets.length];
      if (!project) continue;
      for (let m = 0; m < plan.months && rows.length < limit; m++) {
        const planned = Math.round(person.weeklyCapacity * (capacityFactor[m] ?? 4) * share);
        const actual =
          plan.firstMonth + m <= plan.lastActualMonth ? Math.round(planned * rng.real(0.8, 1.1)) : null;
        rows.push([person.name, project.id, monthCells[m] ?? null, planned, actual]);
      }
    }
  });
  return rows;
}
