import type { DayNumber, MonthIndex } from "../model/dates";

// Module constants, not globals: global lookups are slow in sandboxes (jest's vm, some add-in hosts).
const floor = Math.floor;

/**
 * Month index of a day number with integer arithmetic only (the civil-from-days algorithm for the
 * proleptic Gregorian calendar). `calendar.monthOfDay` gives the same answer through a `Date`
 * object; this one allocates nothing, for month columns of hundreds of thousands of rows.
 * @example monthIndexOfDay(dayFromYmd(2026, 11, 15)) === monthFromYm(2026, 11)
 */
export function monthIndexOfDay(day: DayNumber): MonthIndex {
  const z = day + 719468;
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}
