import { compareText } from "./sortText";
import { dayFromIso, isoFromDay } from "../model/calendar";
import type { Portfolio } from "../model/portfolio";
import { isOverdueMilestone } from "./milestones";
import { selectProjects } from "./projectSelection";
import { isOverdueRisk, riskScore } from "./risks";
import { isInScope } from "./scope";

/** An overdue milestone for the "needs attention" lists (no Actual Date, Baseline Date before as-of). */
export interface OverdueMilestone {
  readonly projectId: string;
  readonly milestone: string;
  readonly baselineDate: string;
  readonly daysOverdue: number;
}

/** An open risk whose Due Date is before the as-of date. */
export interface OverdueRisk {
  readonly riskId: string;
  readonly projectId: string;
  readonly title: string;
  readonly owner: string | null;
  readonly dueDate: string;
  readonly daysOverdue: number;
  readonly score: number;
}

export interface AttentionItems {
  readonly overdueMilestones: readonly OverdueMilestone[];
  readonly overdueRisks: readonly OverdueRisk[];
}

/**
 * The overdue milestones and risk actions the dashboard lists by name, most overdue first. Rows of
 * Cancelled projects and of Project IDs shared by differing rows are out, as in the KPIs; a Closed
 * project's milestones are never overdue.
 */
export function attentionItems(portfolio: Portfolio, asOfIso: string): AttentionItems {
  const asOf = dayFromIso(asOfIso);
  if (asOf === null) return { overdueMilestones: [], overdueRisks: [] };
  const selection = selectProjects(portfolio);
  const out = new Set<string>(selection.duplicateIds);
  const closed = new Set<string>();
  for (const p of selection.projects) {
    if (!isInScope(p.phase)) out.add(p.projectId);
    if (p.phase === "Closed") closed.add(p.projectId);
  }
  const inScope = (projectId: string | null) => projectId === null || !out.has(projectId);
  const overdueMilestones: OverdueMilestone[] = [];
  for (const m of portfolio.milestones) {
    if (!isOverdueMilestone(m, asOf) || m.baselineDate === null || !inScope(m.projectId)) continue;
    if (m.projectId !== null && closed.has(m.projectId)) continue;
    overdueMilestones.push({
      projectId: m.projectId ?? "",
      milestone: m.milestone ?? "",
      baselineDate: isoFromDay(m.baselineDate),
      daysOverdue: asOf - m.baselineDate,
    });
  }
  const overdueRisks: OverdueRisk[] = [];
  for (const r of portfolio.risks) {
    if (!isOverdueRisk(r, asOf) || r.dueDate === null || !inScope(r.projectId)) continue;
    overdueRisks.push({
      riskId: r.riskId ?? "",
      projectId: r.projectId ?? "",
      title: r.title ?? "",
      owner: r.owner,
      dueDate: isoFromDay(r.dueDate),
      daysOverdue: asOf - r.dueDate,
      score: r.probability !== null && r.impact !== null ? riskScore(r.probability, r.impact) : 0,
    });
  }
  overdueMilestones.sort((a, b) => b.daysOverdue - a.daysOverdue || compareText(a.projectId, b.projectId));
  overdueRisks.sort((a, b) => b.daysOverdue - a.daysOverdue || compareText(a.riskId, b.riskId));
  return { overdueMilestones, overdueRisks };
}
