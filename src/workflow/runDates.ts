/** The dates a run uses when the PMO has not chosen them. */
import { dayFromYmd, endOfPreviousMonth, isoFromDay } from "../core/model/calendar";

/** The default as-of date: the last day of the month before `now` (local calendar). */
export function defaultAsOf(now: Date): string {
  return isoFromDay(endOfPreviousMonth(dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate())));
}

/** `2026-11-29 08:15 UTC`, the form DashboardInput.generatedAt shows. */
export function generatedAtText(now: Date): string {
  return `${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
