import { isoFromDay } from "../model/calendar";
import type { Portfolio } from "../model/portfolio";
import type { KpiReport } from "../kpi/report";
import { isOpenRisk, riskScore, riskSeverity } from "../kpi/risks";
import { isInScope } from "../kpi/scope";
import { selectProjects } from "../kpi/projectSelection";
import type { AttentionItems } from "../kpi/attentionItems";
import { riskKey } from "./riskKey";
import type { History, PortfolioHistoryRow, ProjectHistoryRow, RiskHistoryRow } from "./history";

/** What one period's history rows are made of: the analysis of that period. */
export interface PeriodSource {
  readonly portfolio: Portfolio;
  readonly report: KpiReport;
  readonly attention: AttentionItems;
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
    unknown: p.ragComputed.Unknown,
    watermelons: p.watermelons,
    openHighRisks: report.risks.high,
    overdueMilestones: report.milestones.overdue,
    compliance: p.compliance,
  };
}

/** Open High risks with an ID, of in-scope projects (the risks the risk KPIs count as High). */
function openHighRisks(source: PeriodSource, outOfScope: ReadonlySet<string>): RiskHistoryRow[] {
  const rows: RiskHistoryRow[] = [];
  const seen = new Set<string>();
  for (const risk of source.portfolio.risks) {
    if (risk.riskId === null || !isOpenRisk(risk) || risk.probability === null || risk.impact === null)
      continue;
    if (risk.projectId !== null && outOfScope.has(risk.projectId)) continue;
    const score = riskScore(risk.probability, risk.impact);
    // A Risk ID names a risk within its project: PMs number their own (R-001 in every file).
    const key = riskKey(risk.projectId, risk.riskId);
    if (riskSeverity(score) !== "High" || seen.has(key)) continue;
    seen.add(key);
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
  const selection = selectProjects(source.portfolio);
  const sourceProjects = new Map(selection.projects.map((p) => [p.projectId, p]));
  // Risks count as the risk KPIs count them: not of Cancelled projects, not of a shared Project ID.
  const outOfScope = new Set(selection.duplicateIds);
  for (const p of report.projects) if (!isInScope(p.phase)) outOfScope.add(p.projectId);
  const risks = openHighRisks(source, outOfScope);
  const highByProject = countBy(risks, (r) => r.projectId);
  const overdueByProject = countBy(source.attention.overdueMilestones, (m) => m.projectId);
  const projects = report.projects.map((p): ProjectHistoryRow => {
    const project = sourceProjects.get(p.projectId);
    const excluded = p.excluded;
    return {
      asOf: report.asOf,
      projectId: p.projectId,
      projectName: p.projectName,
      program: p.program,
      projectManager: project?.projectManager ?? null,
      phase: p.phase,
      reportedRag: p.reportedRag,
      computedRag: p.computedRag ?? "Unknown",
      bac: p.bac,
      ev: p.ev,
      ac: p.ac,
      eac: p.eac,
      spi: p.spi,
      cpi: p.cpi,
      slipDays: p.slipDays,
      openHighRisks: highByProject.get(p.projectId) ?? 0,
      overdueMilestones: overdueByProject.get(p.projectId) ?? 0,
      lastUpdated: project?.lastUpdated == null ? null : isoFromDay(project.lastUpdated),
      excluded,
    };
  });
  return { portfolio: [portfolioRow(report)], projects, risks };
}
