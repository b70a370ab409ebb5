import type { KpiReport } from "../kpi/report";

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

/** Everything the plan is built from. Same inputs give the same plan (generatedAt aside). */
export interface DashboardInput {
  readonly report: KpiReport;
  readonly attention: AttentionItems;
  readonly portfolioName: string;
  /** Shown as written, e.g. `2026-11-29 08:15 UTC`. */
  readonly generatedAt: string;
  /** When the trackers are in the same workbook as the dashboard (the add-in), findings link to their cells. */
  readonly linkFindingsInFile?: string;
}
