import type { Resource } from "../model/portfolio";
import { isoFromMonth, workingDaysInMonth } from "../model/calendar";
import { capacityHours, weeklyCapacity } from "../model/weeklyCapacity";
import type { AllocationTotals } from "./allocationTotals";
import type { MonthIndex } from "../model/dates";
import { isOverAllocated } from "./capacityLimits";
import type { CapacityKpis, CapacityRow } from "./report";
import { ratio } from "./ratio";
import { groupResources, type ResourceGroup } from "./resources";
import { ResourceCapacityList, type CapacityPerson } from "./resourceCapacityList";

function capacityRow(month: string, capacity: number, planned: number, actual: number): CapacityRow {
  const utilization = ratio(planned, capacity);
  return {
    month,
    capacityHours: capacity,
    plannedHours: planned,
    actualHours: actual,
    utilization,
    overAllocated: isOverAllocated(utilization),
  };
}

/**
 * Capacity per resource and month (every resource × every month of Allocations, resources in input
 * order, months ascending), then by role, department and month. Roll-ups sum hours and capacity
 * before dividing, so a group's utilization is not an average of its members' utilizations. Months
 * after `asOfMonth` are forward demand (`forecast`); the executive average covers allocated people
 * up to the as-of month, and unallocated people are reported apart (kpi-definitions v2).
 */
export function capacityKpis(
  resources: readonly Resource[],
  totals: AllocationTotals,
  asOfMonth: MonthIndex,
): CapacityKpis {
  const { months, planned, actual } = totals;
  const width = months.length;
  const monthLabels = months.map(isoFromMonth);
  const workingDays = months.map(workingDaysInMonth);
  const capacity = new Float64Array(resources.length * width);
  const people: CapacityPerson[] = [];
  resources.forEach((resource, position) => {
    const weekly = weeklyCapacity(resource);
    people.push({ resource: resource.resource ?? "", role: resource.role, department: resource.department });
    for (let slot = 0; slot < width; slot++) {
      capacity[position * width + slot] = capacityHours(weekly, workingDays[slot] ?? 0);
    }
  });

  // Sums the members' cells per month, then divides once.
  const cells: HourCells = { capacity, planned, actual };
  const groupRows = (groups: readonly ResourceGroup[]) => {
    const sums = groupSums(cells, groups, resources.length, width);
    return groups.flatMap((group, g) =>
      monthLabels.map((label, slot) => {
        const at = g * width + slot;
        const row = capacityRow(label, sums.capacity[at] ?? 0, sums.planned[at] ?? 0, sums.actual[at] ?? 0);
        return { key: group.key, row };
      }),
    );
  };
  const everyone = { key: "", members: resources.map((_, position) => position) };

  return {
    byResource: new ResourceCapacityList(people, monthLabels, capacity, planned, actual),
    byRole: groupRows(groupResources(resources, (r) => r.role)).map(({ key, row }) => ({
      role: key,
      ...row,
    })),
    byDepartment: groupRows(groupResources(resources, (r) => r.department)).map(({ key, row }) => ({
      department: key,
      ...row,
    })),
    byMonth: groupRows([everyone]).map(({ row }, slot) => ({
      ...row,
      forecast: (months[slot] ?? 0) > asOfMonth,
    })),
    ...executiveUtilisation(capacity, planned, months, asOfMonth),
  };
}

/** Hours of people (or groups) × months: cell `position × months + slot`. */
interface HourCells {
  readonly capacity: Float64Array;
  readonly planned: Float64Array;
  readonly actual: Float64Array;
}

/**
 * Each group's cells: the sums of its members' cells, month by month. One pass over the person ×
 * month cells in person order (typed sums, no per-group closures), so each sum adds its members in
 * the order a loop over the group's members would.
 */
function groupSums(
  cells: HourCells,
  groups: readonly ResourceGroup[],
  people: number,
  width: number,
): HourCells {
  const groupOf = new Int32Array(people).fill(-1);
  groups.forEach((group, g) => {
    for (const position of group.members) groupOf[position] = g;
  });
  const sums = {
    capacity: new Float64Array(groups.length * width),
    planned: new Float64Array(groups.length * width),
    actual: new Float64Array(groups.length * width),
  };
  for (let position = 0; position < people; position++) {
    const g = groupOf[position] ?? -1;
    if (g < 0) continue;
    for (let slot = 0; slot < width; slot++) {
      const from = position * width + slot;
      const to = g * width + slot;
      sums.capacity[to] = (sums.capacity[to] ?? 0) + (cells.capacity[from] ?? 0);
      sums.planned[to] = (sums.planned[to] ?? 0) + (cells.planned[from] ?? 0);
      sums.actual[to] = (sums.actual[to] ?? 0) + (cells.actual[from] ?? 0);
    }
  }
  return sums;
}

/**
 * Σ planned / Σ capacity over people planned in at least one reported month, months ≤ asOfMonth;
 * people never planned are counted apart with their average capacity per reported month.
 */
function executiveUtilisation(
  capacity: Float64Array,
  planned: Float64Array,
  months: readonly MonthIndex[],
  asOfMonth: MonthIndex,
): Pick<CapacityKpis, "averageUtilization" | "unallocated"> {
  const width = months.length;
  const people = width === 0 ? 0 : capacity.length / width;
  let plannedSum = 0;
  let capacitySum = 0;
  let idle = 0;
  let idleCapacity = 0;
  for (let position = 0; position < people; position++) {
    const first = position * width;
    let allocated = false;
    for (let slot = 0; slot < width; slot++) if ((planned[first + slot] ?? 0) > 0) allocated = true;
    if (!allocated) {
      idle++;
      for (let slot = 0; slot < width; slot++) idleCapacity += capacity[first + slot] ?? 0;
      continue;
    }
    for (let slot = 0; slot < width && (months[slot] ?? 0) <= asOfMonth; slot++) {
      plannedSum += planned[first + slot] ?? 0;
      capacitySum += capacity[first + slot] ?? 0;
    }
  }
  return {
    averageUtilization: ratio(plannedSum, capacitySum),
    unallocated: { people: idle, capacityHoursPerMonth: width === 0 ? 0 : idleCapacity / width },
  };
}
