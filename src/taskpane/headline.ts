/**
 * The headline numbers the pane shows after a build: what a PMO reads first on the dashboard,
 * taken from the same KPI report the dashboard was drawn from.
 */
import type { MonthlyCycle } from "../core/cycle/monthlyCycle";
import type { KpiReport, RagCounts } from "../core/kpi/report";

export interface Headline {
  readonly asOf: string;
  readonly projects: number;
  /** Projects not Closed or Cancelled: the RAG counts are over these. */
  readonly active: number;
  /** RAG as the PMs reported it (active projects). */
  readonly rag: RagCounts;
  /** Active projects whose reported RAG is blank or not Green/Amber/Red. */
  readonly ragNotReported: number;
  /** Reported Green, computed Red. */
  readonly watermelons: number;
  readonly overdueMilestones: number;
  readonly errors: number;
  readonly warnings: number;
  /** The changes since the previous period in PMO History (monthly-cycle.md); null without one. */
  readonly sincePrevious: { readonly asOf: string; readonly changes: number } | null;
}

export function headlineOf(
  report: KpiReport,
  cycle?: Pick<MonthlyCycle, "previousAsOf" | "changes">,
): Headline {
  const p = report.portfolio;
  const rag = p.ragReported;
  return {
    asOf: report.asOf,
    projects: p.projects,
    active: p.active,
    rag,
    ragNotReported: Math.max(0, p.active - rag.Green - rag.Amber - rag.Red),
    watermelons: p.watermelons,
    overdueMilestones: report.milestones.overdue,
    errors: report.validation.errors,
    warnings: report.validation.warnings,
    sincePrevious:
      cycle === undefined || cycle.previousAsOf === null
        ? null
        : { asOf: cycle.previousAsOf, changes: cycle.changes.length },
  };
}
