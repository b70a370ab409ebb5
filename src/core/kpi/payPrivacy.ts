import type { Resource } from "../model/portfolio";

/**
 * The kind of per-person pay figure a group figure is derived from: `salary` = Annual Salary (the
 * salary table); `rate` = an hourly rate, typed or derived from Annual Salary (labour cost by role).
 */
export type PayFigure = "salary" | "rate";

/** Whether the person has a pay figure of that kind (see `PayFigure`). */
export function hasPayFigure(person: Resource, figure: PayFigure): boolean {
  if (person.annualSalary !== null) return true;
  return figure === "rate" && person.hourlyRate !== null;
}

/**
 * The privacy rule for every pay figure shown by group (kpi-definitions: salary suppression, "the
 * same rule applies to any other per-person pay figure"): a group's figures of a kind show only when
 * at least `minGroupSize` of its members have a figure of that kind; with fewer, a minimum, median or
 * total would be someone's pay.
 * @example isPayGroupSuppressed([salaried, salaried, hourlyOnly], "salary", 3) // true
 * @example isPayGroupSuppressed([salaried, salaried, hourlyOnly], "rate", 3) // false
 */
export function isPayGroupSuppressed(
  members: Iterable<Resource>,
  figure: PayFigure,
  minGroupSize: number,
): boolean {
  let paid = 0;
  for (const person of members) if (hasPayFigure(person, figure)) paid++;
  return paid < minGroupSize;
}
