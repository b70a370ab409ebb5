/** The dates a run uses when the PMO has not chosen them. */
import { dayFromYmd, endOfPreviousMonth, isoFromDay } from "../core/model/calendar";

/** The default as-of date: the last day of the month before `now` (local calendar). */
export function defaultAsOf(now: Date): string {
  return isoFromDay(endOfPreviousMonth(dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate())));
}
