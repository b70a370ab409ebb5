import type { DayNumber } from "../model/dates";
import type { Project } from "../model/portfolio";
import type { Settings } from "../model/settings";
import { isFresh, type FindingCounts } from "./compliance";
import { earnedValueMetrics } from "./earnedValue";
import { computedRag, isPastDueUnfinished, isWatermelon, reportedRag } from "./rag";
import type { ProjectKpis } from "./report";
import { earnedScheduleSpi, plannedValue, scheduleSlipDays } from "./schedule";

export interface ProjectContext {
  readonly asOf: DayNumber;
  readonly settings: Settings;
  readonly laborCostByProject: ReadonlyMap<string, number>;
  readonly findingsByProject: ReadonlyMap<string, FindingCounts>;
}

/** One project's row: earned value, RAG, schedule, labour cost and data quality. Blank money and % count as 0. */
export function projectKpis(project: Project, context: ProjectContext): ProjectKpis {
  const { asOf, settings } = context;
  const bac = project.budget ?? 0;
  const ac = project.actualCost ?? 0;
  const percentComplete = project.percentComplete ?? 0;
  const ev = bac * percentComplete;
  const pv = plannedValue(project, bac, asOf);
  const metrics = earnedValueMetrics({ bac, pv, ev, ac });
  const rag = computedRag(
    { spi: metrics.spi, cpi: metrics.cpi, pastDueUnfinished: isPastDueUnfinished(project, asOf) },
    settings.ragGreen,
    settings.ragAmber,
  );
  const reported = reportedRag(project.status);
  const findings = context.findingsByProject.get(project.projectId);
  return {
    projectId: project.projectId,
    projectName: project.projectName,
    program: project.program,
    phase: project.phase,
    reportedRag: reported,
    computedRag: rag,
    watermelon: isWatermelon(reported, rag),
    bac,
    pv,
    ev,
    ac,
    ...metrics,
    spiT: earnedScheduleSpi(percentComplete, project.startDate, project.baselineFinish, asOf),
    slipDays: scheduleSlipDays(project),
    laborCost: context.laborCostByProject.get(project.projectId) ?? 0,
    errors: findings?.errors ?? 0,
    warnings: findings?.warnings ?? 0,
    fresh: isFresh(project.lastUpdated, asOf, settings.staleDays),
  };
}
