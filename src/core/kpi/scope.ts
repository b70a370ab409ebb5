import type { Phase } from "../model/portfolio";

/** Cancelled projects are out of scope for every portfolio figure; a missing phase stays in scope. */
export function isInScope(phase: Phase | null): boolean {
  return phase !== "Cancelled";
}

/** Active = every phase except Closed and Cancelled (a missing phase counts as active). */
export function isActive(phase: Phase | null): boolean {
  return phase !== "Closed" && phase !== "Cancelled";
}
