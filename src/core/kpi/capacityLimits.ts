/** Utilisation above which a person, role or month is over-allocated. */
export const OVER_ALLOCATED_ABOVE = 1.0;
/** Utilisation below which a person's month is under-used. */
export const UNDER_USED_BELOW = 0.5;
