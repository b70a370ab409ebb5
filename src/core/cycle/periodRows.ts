import { isoFromDay } from "../model/calendar";
import type { Portfolio } from "../model/portfolio";
import type { KpiReport, ProjectKpis } from "../kpi/report";
import { isOpenRisk, riskScore, riskSeverity } from "../kpi/risks";
import { isInScope } from "../kpi/scope";
import { uniqueProjects } from "../kpi/uniqueProjects";
import type { AttentionItems } from "../kpi/attentionItems";
import type { History, PortfolioHistoryRow, ProjectHistoryRow, RiskHistoryRow } from "./history";

/** What one period's history rows are made of: the analysis of that period. */
export interface PeriodSource {
  readonly portfolio: Portfolio;
  readonly report: KpiReport;
  readonly attention: AttentionItems;
}

/** KPI v2 marks projects excluded for data errors; older reports have no flag (nothing excluded). */
function isExcluded(project: ProjectKpis): boolean {
  return (project as { readonly excluded?: boolean }).excluded === true;
}

function unknownCount(report: KpiReport): number {
  return (report.portfolio.ragComputed as { readonly Unknown?: number }).Unknown ?? 0;
}

/** The portfolio row of a period. */
export function portfolioRow(report: KpiReport): PortfolioHistoryRow {
  const p = report.portfolio;
  return {
    asOf: report.asOf,
    projects: p.projects,
    active: p.active,
    bac: p.bac,
    pv: p.pv,
    ev: p.ev,
    ac: p.ac,
    eac: p.eac,
    vac: p.vac,
    spi: p.spi,
    cpi: p.cpi,
    green: p.ragComputed.Green,
    amber: p.ragComputed.Amber,
    red: p.ragComputed.Red,
    unknown: unknownCount(report),
    watermelons: p.watermelons,
    openHighRisks: report.risks.high,
    overdueMilestones: report.milestones.overdue,
    compliance: p.compliance,
  };
}

/** Open High risks with an ID, of in-scope projects (the risks the risk KPIs count as High). */
function openHighRisks(source: PeriodSource, cancelled: ReadonlySet<string>): RiskHistoryRow[] {
  const rows: RiskHistoryRow[] = [];
  const seen = new Set<string>();
  for (const risk of source.portfolio.risks) {
    if (risk.riskId === null || !isOpenRisk(risk) || risk.probability === null || risk.impact === null)
      continue;
    if (risk.projectId !== null && cancelled.has(risk.projectId)) continue;
    const score = riskScore(risk.probability, risk.impact);
    if (riskSeverity(score) !== "High" || seen.has(risk.riskId)) continue;
    seen.add(risk.riskId);
    rows.push({
      asOf: source.report.asOf,
      riskId: risk.riskId,
      projectId: risk.projectId,
      title: risk.title,
      score,
    });
  }
  return rows;
}

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * This period's rows of the three history tables, from its analysis: one portfolio row, one row
 * per project of the report (Cancelled ones too, so a move to Cancelled shows as a phase change),
 * one row per open High risk.
 */
export function periodRows(source: PeriodSource): History {
  const { report } = source;
  const sourceProjects = new Map(uniqueProjects(source.portfolio.projects).map((p) => [p.projectId, p]));
  const cancelled = new Set<string>();
  for (const p of report.projects) if (!isInScope(p.phase)) cancelled.add(p.projectId);
  const risks = openHighRisks(source, cancelled);
  const highByProject = countBy(risks, (r) => r.projectId);
  const overdueByProject = countBy(source.attention.overdueMilestones, (m) => m.projectId);
  const projects = report.projects.map((p): ProjectHistoryRow => {
    const project = sourceProjects.get(p.projectId);
    const excluded = isExcluded(p);
    return {
      asOf: report.asOf,
      projectId: p.projectId,
      projectName: p.projectName,
      program: p.program,
      projectManager: project?.projectManager ?? null,
      phase: p.phase,
      reportedRag: p.reportedRag,
      computedRag: excluded ? "Unknown" : ((p.computedRag as string | null) ?? "Unknown"),
      bac: p.bac,
      ev: excluded ? null : p.ev,
      ac: excluded ? null : p.ac,
      eac: excluded ? null : p.eac,
      spi: excluded ? null : p.spi,
      cpi: excluded ? null : p.cpi,
      slipDays: p.slipDays,
      openHighRisks: highByProject.get(p.projectId) ?? 0,
      overdueMilestones: overdueByProject.get(p.projectId) ?? 0,
      lastUpdated: project?.lastUpdated == null ? null : isoFromDay(project.lastUpdated),
      excluded,
    };
  });
  return { portfolio: [portfolioRow(report)], projects, risks };
}
