import type { NormRow, Resource } from "../model/portfolio";
import { FULL_TIME_WEEKLY_HOURS, weeklyCapacity } from "../model/weeklyCapacity";
import { RESOURCE } from "../template/keys";

/** A Resources row's Weekly Capacity and FTE, each null unless a number: what the capacity rule takes. */
export function capacityFields(person: NormRow): Pick<Resource, "weeklyCapacity" | "fte"> {
  const numberOrNull = (value: unknown): number | null => (typeof value === "number" ? value : null);
  return { weeklyCapacity: numberOrNull(person["weeklyCapacity"]), fte: numberOrNull(person["fte"]) };
}

/**
 * A resource plan in FTE (months across holding shares, or periods with an allocation %): each
 * row's amount is person-weeks (the share × the working days it covers / 5), priced here in the
 * person's weekly hours, so the utilisation that divides by the same capacity is the share the
 * PMO planned (50 % + 60 % of one person is 110 %). A person the Resources sheet does not list
 * (reported as such) counts as full time. Hours are kept to the hundredth. Run once the names are
 * linked to the Resources sheet.
 */
export function personWeeksAsHours(
  rows: readonly NormRow[],
  valueKey: string,
  resources: readonly NormRow[],
): NormRow[] {
  return inPersonHours(rows, valueKey, resources, (person) =>
    person === undefined ? FULL_TIME_WEEKLY_HOURS : weeklyCapacity(capacityFields(person)),
  );
}

/**
 * Each row's amount at `valueKey`, in units of a person's time, as hours: × `hoursPerUnit` of the
 * row's person on the Resources sheet (undefined: a person it does not list), to the hundredth.
 */
export function inPersonHours(
  rows: readonly NormRow[],
  valueKey: string,
  resources: readonly NormRow[],
  hoursPerUnit: (person: NormRow | undefined) => number,
): NormRow[] {
  const rate = new Map<string, number>();
  for (const person of resources) {
    const name = person[RESOURCE];
    if (typeof name === "string" && !rate.has(name)) rate.set(name, hoursPerUnit(person));
  }
  const unlisted = hoursPerUnit(undefined);
  return rows.map((row): NormRow => {
    const amount = row[valueKey];
    if (typeof amount !== "number") return row;
    const name = row[RESOURCE];
    const hours = (typeof name === "string" ? rate.get(name) : undefined) ?? unlisted;
    return { ...row, [valueKey]: Math.round(amount * hours * 100) / 100 };
  });
}
