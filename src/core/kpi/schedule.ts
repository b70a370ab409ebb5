import type { DayNumber } from "../model/dates";
import type { Project } from "../model/portfolio";
import { ratio } from "./ratio";

/**
 * Share of the linear baseline planned by `asOf`: clamp((asOf − Start) / (Baseline Finish − Start), 0, 1).
 * Null without both dates. A zero-length (or inverted) baseline is a step: 1 from Baseline Finish on.
 */
export function linearBaselineFraction(
  start: DayNumber | null,
  baselineFinish: DayNumber | null,
  asOf: DayNumber,
): number | null {
  if (start === null || baselineFinish === null) return null;
  const duration = baselineFinish - start;
  if (duration <= 0) return asOf >= baselineFinish ? 1 : 0;
  return Math.min(1, Math.max(0, (asOf - start) / duration));
}

/**
 * PV: the Planned Value column, else BAC × Planned %, else BAC × the linear baseline (0 without dates).
 */
export function plannedValue(project: Project, bac: number, asOf: DayNumber): number {
  if (project.plannedValue !== null) return project.plannedValue;
  if (project.plannedPercent !== null) return bac * project.plannedPercent;
  const fraction = linearBaselineFraction(project.startDate, project.baselineFinish, asOf);
  return fraction === null ? 0 : bac * fraction;
}

/**
 * Earned schedule on the linear baseline: ES = %Complete × D, AT = asOf − Start, spiT = ES / AT.
 * Null when AT ≤ 0 (the spec's one exception) or D < 0 (a Baseline Finish before the Start, an
 * error); a zero-length baseline (D = 0) earns nothing: ES = 0, spiT = 0.
 * @example earnedScheduleSpi(0.5, 0, 100, 40) // ES 50 / AT 40 = 1.25
 */
export function earnedScheduleSpi(
  percentComplete: number,
  start: DayNumber | null,
  baselineFinish: DayNumber | null,
  asOf: DayNumber,
): number | null {
  if (start === null || baselineFinish === null) return null;
  const duration = baselineFinish - start;
  const actualTime = asOf - start;
  if (duration < 0 || actualTime <= 0) return null;
  return ratio(percentComplete * duration, actualTime);
}

/** (Actual Finish or Forecast Finish or Baseline Finish) − Baseline Finish, in days; null without a baseline. */
export function scheduleSlipDays(project: Project): number | null {
  if (project.baselineFinish === null) return null;
  const expected = project.actualFinish ?? project.forecastFinish ?? project.baselineFinish;
  return expected - project.baselineFinish;
}
