import type { DayNumber } from "../model/dates";
import type { Project } from "../model/portfolio";
import type { Settings } from "../model/settings";
import { isFresh, type FindingCounts } from "./compliance";
import { earnedValueMetrics } from "./earnedValue";
import type { Exclusion } from "./projectSelection";
import { computedRag, isPastDueUnfinished, isWatermelon, reportedRag } from "./rag";
import type { LaborFigures, ProjectKpis } from "./report";
import { earnedScheduleSpi, plannedValue, scheduleSlipDays } from "./schedule";

export interface ProjectContext {
  readonly asOf: DayNumber;
  readonly settings: Settings;
  readonly laborByProject: ReadonlyMap<string, LaborFigures>;
  readonly findingsByProject: ReadonlyMap<string, FindingCounts>;
  readonly exclusions: ReadonlyMap<string, Exclusion>;
}

const NO_LABOR: LaborFigures = { laborCost: 0, plannedLaborCost: 0, unpricedHours: 0 };

const NO_EARNED_VALUE = {
  pv: null,
  ev: null,
  ac: null,
  sv: null,
  cv: null,
  spi: null,
  cpi: null,
  eac: null,
  eacAtypical: null,
  eacComposite: null,
  etc: null,
  vac: null,
  tcpi: null,
  spiT: null,
} as const;

/** Earned value, RAG and schedule figures of a project the KPIs count. Blank money and % count as 0. */
function earnedValueFigures(project: Project, asOf: DayNumber, settings: Settings) {
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
  return {
    computedRag: rag,
    bac,
    pv,
    ev,
    ac,
    ...metrics,
    spiT: earnedScheduleSpi(percentComplete, project.startDate, project.baselineFinish, asOf),
  };
}

/**
 * One project's row: earned value, RAG, schedule, labour cost and data quality. An excluded project
 * (data error or shared ID) has null earned-value figures and computedRag, and is never a watermelon;
 * its bac stays when Budget is valid.
 */
export function projectKpis(project: Project, context: ProjectContext): ProjectKpis {
  const { asOf, settings } = context;
  const exclusion = context.exclusions.get(project.projectId);
  const reported = reportedRag(project.status);
  const figures =
    exclusion === undefined
      ? earnedValueFigures(project, asOf, settings)
      : {
          computedRag: null,
          bac: exclusion.budgetValid ? (project.budget ?? 0) : null,
          ...NO_EARNED_VALUE,
        };
  const findings = context.findingsByProject.get(project.projectId);
  const labor =
    exclusion?.duplicate === true ? NO_LABOR : (context.laborByProject.get(project.projectId) ?? NO_LABOR);
  return {
    projectId: project.projectId,
    projectName: project.projectName,
    program: project.program,
    phase: project.phase,
    reportedRag: reported,
    watermelon: figures.computedRag !== null && isWatermelon(reported, figures.computedRag),
    ...figures,
    slipDays: scheduleSlipDays(project),
    laborCost: labor.laborCost,
    plannedLaborCost: labor.plannedLaborCost,
    unpricedHours: labor.unpricedHours,
    errors: findings?.errors ?? 0,
    warnings: findings?.warnings ?? 0,
    fresh: isFresh(project.lastUpdated, asOf, settings.staleDays),
    excluded: exclusion !== undefined,
  };
}
