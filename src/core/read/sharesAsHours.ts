import { workingDaysInMonth } from "../model/calendar";
import type { NormRow } from "../model/portfolio";
import { capacityHours, FULL_TIME_WEEKLY_HOURS } from "../model/weeklyCapacity";
import { RESOURCE } from "../template/keys";
import type { MonthsAcrossRead } from "./monthsAcross";

/** A Resources row's weekly hours as the capacity rule has them: Weekly Capacity, else 40 × FTE. */
function weeklyHours(person: NormRow): number {
  const weekly = person["weeklyCapacity"];
  if (typeof weekly === "number") return weekly;
  const fte = person["fte"];
  return FULL_TIME_WEEKLY_HOURS * (typeof fte === "number" ? fte : 1);
}

/**
 * A resource plan in FTE, read across (`MonthsAcrossRead.shares`): each row's share of the
 * person's time becomes that share of the person's capacity in its month, the hours the
 * utilisation then divides by the same capacity (so 50 % + 60 % of one person is 110 % utilised,
 * as the PMO planned). A person the Resources sheet does not list (reported as such) counts as full
 * time. Hours are kept to the hundredth. Run once the names are linked to the Resources sheet.
 */
export function sharesAsHours(
  rows: readonly NormRow[],
  across: MonthsAcrossRead,
  resources: readonly NormRow[],
): NormRow[] {
  const weekly = new Map<string, number>();
  for (const person of resources) {
    const name = person[RESOURCE];
    if (typeof name === "string" && !weekly.has(name)) weekly.set(name, weeklyHours(person));
  }
  return rows.map((row): NormRow => {
    const share = row[across.value.key];
    const month = row[across.month.key];
    if (typeof share !== "number" || typeof month !== "number") return row;
    const name = row[RESOURCE];
    const hours = capacityHours(
      (typeof name === "string" ? weekly.get(name) : undefined) ?? FULL_TIME_WEEKLY_HOURS,
      workingDaysInMonth(month),
    );
    return { ...row, [across.value.key]: Math.round(share * hours * 100) / 100 };
  });
}
