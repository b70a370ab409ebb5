import type { NormRow } from "../model/portfolio";
import { daysAsHours } from "./daysAsHours";
import { monthRatesAsHours } from "./monthRates";
import { personWeeksAsHours } from "./personWeeksAsHours";

/**
 * A column read in units of a person's time rather than hours, priced in hours once the names are
 * linked to the Resources sheet: person-weeks (a plan in FTE), days, or a month's rate (a share
 * of the person's time, or hours a week, in the row's month).
 */
export type PersonTime =
  | { readonly unit: "weeks" | "days"; readonly key: string }
  | { readonly unit: "share" | "weekly"; readonly key: string; readonly month: string };

/** The rows with the column in hours. */
export function personTimeAsHours(
  rows: readonly NormRow[],
  time: PersonTime,
  resources: readonly NormRow[],
): NormRow[] {
  switch (time.unit) {
    case "weeks":
      return personWeeksAsHours(rows, time.key, resources);
    case "days":
      return daysAsHours(rows, time.key, resources);
    case "share":
    case "weekly":
      return monthRatesAsHours(rows, { month: time.month, value: time.key, kind: time.unit }, resources);
  }
}
