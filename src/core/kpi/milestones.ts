import type { DayNumber } from "../model/dates";
import type { Milestone } from "../model/portfolio";
import type { MilestoneKpis } from "./report";
import { ratio } from "./ratio";

/** How far ahead of asOf a milestone counts as upcoming (calendar days). */
export const UPCOMING_WINDOW_DAYS = 30;

/** The date a milestone is expected on: Actual, else Forecast, else Baseline. */
export function expectedDate(milestone: Milestone): DayNumber | null {
  return milestone.actualDate ?? milestone.forecastDate ?? milestone.baselineDate;
}

/** kpi-definitions: overdue = no Actual Date and Baseline Date < asOf. */
export function isOverdueMilestone(m: Milestone, asOf: DayNumber): boolean {
  return m.actualDate === null && m.baselineDate !== null && m.baselineDate < asOf;
}

/** (Actual, else Forecast, else Baseline) − Baseline, in days; null without a Baseline Date. */
export function milestoneSlipDays(milestone: Milestone): number | null {
  if (milestone.baselineDate === null) return null;
  return (expectedDate(milestone) ?? milestone.baselineDate) - milestone.baselineDate;
}

/**
 * Milestone summary at asOf. Complete = Actual Date ≤ asOf; hit = complete and Actual ≤ Baseline;
 * overdue = no Actual and Baseline < asOf; upcoming = no Actual and Baseline in (asOf, asOf + 30].
 * Milestones of `closedProjects` are never overdue or upcoming (v2). avgSlipDays averages slipDays
 * over milestones that have a Baseline Date.
 */
export function milestoneKpis(
  milestones: readonly Milestone[],
  asOf: DayNumber,
  closedProjects: ReadonlySet<string> = new Set(),
): MilestoneKpis {
  let completed = 0;
  let hits = 0;
  let overdue = 0;
  let upcoming = 0;
  let slipTotal = 0;
  let slipCount = 0;
  for (const m of milestones) {
    const baseline = m.baselineDate;
    if (m.actualDate !== null) {
      if (m.actualDate <= asOf) {
        completed++;
        if (baseline !== null && m.actualDate <= baseline) hits++;
      }
    } else if (m.projectId !== null && closedProjects.has(m.projectId)) {
      // A Closed project's open milestone is a validation warning, not a late delivery.
    } else if (isOverdueMilestone(m, asOf)) {
      overdue++;
    } else if (baseline !== null && baseline > asOf && baseline <= asOf + UPCOMING_WINDOW_DAYS) {
      upcoming++;
    }
    const slip = milestoneSlipDays(m);
    if (slip !== null) {
      slipTotal += slip;
      slipCount++;
    }
  }
  return {
    total: milestones.length,
    completed,
    hitRate: ratio(hits, completed),
    overdue,
    upcoming,
    avgSlipDays: ratio(slipTotal, slipCount),
  };
}
