import type { MonthIndex } from "../model/dates";
import type { Allocation } from "../model/portfolio";
import type { ResourceIndex } from "./resources";

/** Allocation hours and labour cost, summed in one pass (the hot loop of the whole engine). */
export interface AllocationTotals {
  /** Distinct months present in Allocations, ascending. */
  readonly months: readonly MonthIndex[];
  /** Hours of known resources by [resourcePosition × months.length + monthPosition]. */
  readonly planned: Float64Array;
  readonly actual: Float64Array;
  /** Σ Actual Hours per resource position (also rows without a month). */
  readonly actualByResource: Float64Array;
  /** Σ Actual Hours × hourly rate per Project ID of `projectIds`. */
  readonly laborCostByProject: ReadonlyMap<string, number>;
}

/**
 * Sums allocations per resource and month and costs actual hours per project. `rates` holds each
 * resource's hourly rate (0 when it has none). Rows naming an unknown resource or project add to no
 * figure except the month list (validation reports them).
 */
export function totalAllocations(
  allocations: readonly Allocation[],
  index: ResourceIndex,
  rates: Float64Array,
  projectIds: readonly string[],
): AllocationTotals {
  const distinct = new Set<MonthIndex>();
  for (const allocation of allocations) if (allocation.month !== null) distinct.add(allocation.month);
  const months = [...distinct].sort((a, b) => a - b);
  const slotOf = new Map<MonthIndex, number>();
  months.forEach((month, slot) => slotOf.set(month, slot));

  const width = months.length;
  const count = index.resources.length;
  const planned = new Float64Array(count * width);
  const actual = new Float64Array(count * width);
  const actualByResource = new Float64Array(count);
  // Costs accumulate in a typed array by project position: a Map get+set per row costs 5× more.
  const projectSlot = new Map<string, number>();
  for (const id of projectIds) if (!projectSlot.has(id)) projectSlot.set(id, projectSlot.size);
  const projectCost = new Float64Array(projectSlot.size);
  const indexOf = index.indexOf;

  for (const allocation of allocations) {
    const name = allocation.resource;
    const position = name === null ? undefined : indexOf.get(name);
    if (position === undefined) continue;
    const plannedHours = allocation.plannedHours ?? 0;
    const actualHours = allocation.actualHours ?? 0;
    if (allocation.month !== null) {
      const cell = position * width + (slotOf.get(allocation.month) ?? 0);
      planned[cell] = (planned[cell] ?? 0) + plannedHours;
      actual[cell] = (actual[cell] ?? 0) + actualHours;
    }
    if (actualHours === 0) continue;
    actualByResource[position] = (actualByResource[position] ?? 0) + actualHours;
    const slot = allocation.projectId === null ? undefined : projectSlot.get(allocation.projectId);
    if (slot !== undefined)
      projectCost[slot] = (projectCost[slot] ?? 0) + actualHours * (rates[position] ?? 0);
  }
  const laborCostByProject = new Map<string, number>();
  for (const [id, slot] of projectSlot) laborCostByProject.set(id, projectCost[slot] ?? 0);
  return { months, planned, actual, actualByResource, laborCostByProject };
}
