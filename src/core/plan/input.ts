import type { MonthlyCycle } from "../cycle/monthlyCycle";
import type { AttentionItems } from "../kpi/attentionItems";
import type { KpiReport } from "../kpi/report";

/** Everything the plan is built from. Same inputs give the same plan (generatedAt aside). */
export interface DashboardInput {
  readonly report: KpiReport;
  readonly attention: AttentionItems;
  readonly portfolioName: string;
  /** Shown as written, e.g. `2026-11-29 08:15 UTC`. */
  readonly generatedAt: string;
  /** When the trackers are in the same workbook as the dashboard (the add-in), findings link to their cells. */
  readonly linkFindingsInFile?: string;
  /** The month in its history (monthly-cycle.md); without it the plan has no history or follow-up sheets. */
  readonly cycle?: MonthlyCycle;
  /** The files read, with their modification dates (`YYYY-MM-DD HH:MM UTC`), listed on PMO Validation. */
  readonly sources?: readonly SourceFile[];
}

export interface SourceFile {
  readonly file: string;
  readonly modified: string | null;
}
