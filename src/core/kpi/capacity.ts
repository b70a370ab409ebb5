import type { Resource } from "../model/portfolio";
import { isoFromMonth, workingDaysInMonth } from "../model/calendar";
import type { AllocationTotals } from "./allocationTotals";
import type { CapacityKpis, CapacityRow, ResourceCapacityRow } from "./report";
import { ratio } from "./ratio";
import { groupResources, type ResourceGroup } from "./resources";

/** Hours in a full-time week, the default Weekly Capacity before FTE. */
export const FULL_TIME_WEEKLY_HOURS = 40;
export const OVER_ALLOCATED_ABOVE = 1.0;
export const UNDER_USED_BELOW = 0.5;

/** Weekly Capacity when filled, else 40 × FTE (FTE defaults to 1). */
export function weeklyCapacity(resource: Resource): number {
  return resource.weeklyCapacity ?? FULL_TIME_WEEKLY_HOURS * (resource.fte ?? 1);
}

/** Weekly capacity × Monday–Friday days / 5. @example capacityHours(40, 21) // Nov 2026: 168 */
export function capacityHours(weekly: number, workingDays: number): number {
  return (weekly * workingDays) / 5;
}

function capacityRow(month: string, capacity: number, planned: number, actual: number): CapacityRow {
  const utilization = ratio(planned, capacity);
  return {
    month,
    capacityHours: capacity,
    plannedHours: planned,
    actualHours: actual,
    utilization,
    overAllocated: utilization !== null && utilization > OVER_ALLOCATED_ABOVE,
  };
}

/**
 * Capacity per resource and month (every resource × every month of Allocations, resources in input
 * order, months ascending), then by role, department and month. Roll-ups sum hours and capacity
 * before dividing, so a group's utilization is not an average of its members' utilizations.
 */
export function capacityKpis(resources: readonly Resource[], totals: AllocationTotals): CapacityKpis {
  const { months, planned, actual } = totals;
  const width = months.length;
  const monthLabels = months.map(isoFromMonth);
  const workingDays = months.map(workingDaysInMonth);
  const capacity = new Float64Array(resources.length * width);
  const byResource: ResourceCapacityRow[] = [];
  resources.forEach((resource, position) => {
    const weekly = weeklyCapacity(resource);
    const name = resource.resource ?? "";
    for (let slot = 0; slot < width; slot++) {
      const cell = position * width + slot;
      const hours = capacityHours(weekly, workingDays[slot] ?? 0);
      capacity[cell] = hours;
      const plannedHours = planned[cell] ?? 0;
      const utilization = ratio(plannedHours, hours);
      // One literal per resource-month: this list is resources × months long.
      byResource.push({
        resource: name,
        role: resource.role,
        department: resource.department,
        month: monthLabels[slot] ?? "",
        capacityHours: hours,
        plannedHours,
        actualHours: actual[cell] ?? 0,
        utilization,
        overAllocated: utilization !== null && utilization > OVER_ALLOCATED_ABOVE,
        underUsed: utilization !== null && utilization < UNDER_USED_BELOW,
      });
    }
  });

  // Sums the members' cells per month, then divides once.
  const rollUp = (members: readonly number[]): CapacityRow[] =>
    monthLabels.map((label, slot) => {
      let cap = 0;
      let plan = 0;
      let act = 0;
      for (const position of members) {
        const cell = position * width + slot;
        cap += capacity[cell] ?? 0;
        plan += planned[cell] ?? 0;
        act += actual[cell] ?? 0;
      }
      return capacityRow(label, cap, plan, act);
    });
  const everyone = resources.map((_, position) => position);
  const groupRows = (groups: readonly ResourceGroup[]) =>
    groups.flatMap((group) => rollUp(group.members).map((row) => ({ key: group.key, row })));

  return {
    byResource,
    byRole: groupRows(groupResources(resources, (r) => r.role)).map(({ key, row }) => ({
      role: key,
      ...row,
    })),
    byDepartment: groupRows(groupResources(resources, (r) => r.department)).map(({ key, row }) => ({
      department: key,
      ...row,
    })),
    byMonth: rollUp(everyone),
  };
}
