/** Utilisation above which a person, role or month is over-allocated. */
const OVER_ALLOCATED_ABOVE = 1.0;
/** Utilisation below which a person's month is under-used. */
const UNDER_USED_BELOW = 0.5;

/** Whether a utilisation (null: no capacity) is over-allocated. */
export function isOverAllocated(utilization: number | null): boolean {
  return utilization !== null && utilization > OVER_ALLOCATED_ABOVE;
}

/** Whether a person's month with this utilisation (null: no capacity) is under-used. */
export function isUnderUsed(utilization: number | null): boolean {
  return utilization !== null && utilization < UNDER_USED_BELOW;
}
