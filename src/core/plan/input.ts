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
}
