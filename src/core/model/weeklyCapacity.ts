import type { Resource } from "./portfolio";

/** Hours in a full-time week, the default Weekly Capacity before FTE. */
export const FULL_TIME_WEEKLY_HOURS = 40;

/** Weekly Capacity when filled, else 40 × FTE (FTE defaults to 1). */
export function weeklyCapacity(resource: Pick<Resource, "weeklyCapacity" | "fte">): number {
  return resource.weeklyCapacity ?? FULL_TIME_WEEKLY_HOURS * (resource.fte ?? 1);
}

/** Weekly capacity × Monday–Friday days / 5. @example capacityHours(40, 21) // Nov 2026: 168 */
export function capacityHours(weekly: number, workingDays: number): number {
  return (weekly * workingDays) / 5;
}
