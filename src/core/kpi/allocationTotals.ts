import type { MonthIndex } from "../model/dates";
import type { Allocation } from "../model/portfolio";
import type { LaborFigures } from "./report";
import type { ResourceIndex } from "./resources";

/** Allocation hours and labour cost, summed in one pass (the hot loop of the whole engine). */
export interface AllocationTotals {
  /** Distinct months present in Allocations, ascending. */
  readonly months: readonly MonthIndex[];
  /** Hours of known resources by [resourcePosition × months.length + monthPosition]. */
  readonly planned: Float64Array;
  readonly actual: Float64Array;
  /** Σ Actual / Planned Hours per resource position (also rows without a month). */
  readonly actualByResource: Float64Array;
  readonly plannedByResource: Float64Array;
  /** Labour priced by role per Project ID of `projectIds`. */
  readonly laborByProject: ReadonlyMap<string, LaborFigures>;
  /** The Project IDs of `projectIds` with Actual Hours booked on any row, known resource or not. */
  readonly hoursBooked: ReadonlySet<string>;
}

/**
 * Sums allocations per resource and month and prices hours per project at the resource's role
 * rate (`rates` by resource position, NaN when the role has none: those actual hours are
 * unpriced). Rows naming an unknown resource or project add to no figure except the month list
 * and the projects with hours booked (validation reports them).
 */
export function totalAllocations(
  allocations: readonly Allocation[],
  index: ResourceIndex,
  rates: Float64Array,
  projectIds: readonly string[],
): AllocationTotals {
  // Indexed loops over the allocation rows: a for…of allocates an iterator result per row until the
  // loop is optimised, and this function runs once on hundreds of thousands of rows.
  const distinct = new Set<MonthIndex>();
  for (let i = 0; i < allocations.length; i++) {
    const month = (allocations[i] as Allocation).month;
    if (month !== null) distinct.add(month);
  }
  const months = [...distinct].sort((a, b) => a - b);
  const slotOf = new Map<MonthIndex, number>();
  months.forEach((month, slot) => slotOf.set(month, slot));

  const width = months.length;
  const count = index.resources.length;
  const planned = new Float64Array(count * width);
  const actual = new Float64Array(count * width);
  const actualByResource = new Float64Array(count);
  const plannedByResource = new Float64Array(count);
  // Costs accumulate in typed arrays by project position: a Map get+set per row costs 5× more.
  const projectSlot = new Map<string, number>();
  for (const id of projectIds) if (!projectSlot.has(id)) projectSlot.set(id, projectSlot.size);
  const cost = new Float64Array(projectSlot.size);
  const plannedCost = new Float64Array(projectSlot.size);
  const unpriced = new Float64Array(projectSlot.size);
  const booked = new Uint8Array(projectSlot.size);
  const indexOf = index.indexOf;
  // Allocation rows come in runs of one person (or one project): the last lookup is kept.
  let lastName: string | null = null;
  let lastPosition: number | undefined;
  let lastProject: string | null = null;
  let lastSlot: number | undefined;

  for (let i = 0; i < allocations.length; i++) {
    const allocation = allocations[i] as Allocation;
    if (allocation.projectId !== lastProject) {
      lastProject = allocation.projectId;
      lastSlot = lastProject === null ? undefined : projectSlot.get(lastProject);
    }
    const slot = lastSlot;
    const plannedHours = allocation.plannedHours ?? 0;
    const actualHours = allocation.actualHours ?? 0;
    // Booked hours count whoever booked them (the cost cross-checks ask), so before the resource.
    if (slot !== undefined && actualHours > 0) booked[slot] = 1;
    const name = allocation.resource;
    if (name !== lastName) {
      lastName = name;
      lastPosition = name === null ? undefined : indexOf.get(name);
    }
    const position = lastPosition;
    if (position === undefined) continue;
    if (allocation.month !== null) {
      const cell = position * width + (slotOf.get(allocation.month) ?? 0);
      planned[cell] = (planned[cell] ?? 0) + plannedHours;
      actual[cell] = (actual[cell] ?? 0) + actualHours;
    }
    actualByResource[position] = (actualByResource[position] ?? 0) + actualHours;
    plannedByResource[position] = (plannedByResource[position] ?? 0) + plannedHours;
    if (slot === undefined) continue;
    const rate = rates[position] ?? Number.NaN;
    if (Number.isNaN(rate)) {
      unpriced[slot] = (unpriced[slot] ?? 0) + actualHours;
    } else {
      cost[slot] = (cost[slot] ?? 0) + actualHours * rate;
      plannedCost[slot] = (plannedCost[slot] ?? 0) + plannedHours * rate;
    }
  }
  const laborByProject = new Map<string, LaborFigures>();
  const hoursBooked = new Set<string>();
  for (const [id, slot] of projectSlot) {
    laborByProject.set(id, {
      laborCost: cost[slot] ?? 0,
      plannedLaborCost: plannedCost[slot] ?? 0,
      unpricedHours: unpriced[slot] ?? 0,
    });
    if (booked[slot] === 1) hoursBooked.add(id);
  }
  return { months, planned, actual, actualByResource, plannedByResource, laborByProject, hoursBooked };
}
