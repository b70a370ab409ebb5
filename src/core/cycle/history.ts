/**
 * What PMO Pulse keeps from one month to the next (monthly-cycle.md "Periods and history"): one
 * row per period, per project and period, and per open High risk and period, in the owned sheet
 * PMO History. Dates are ISO `YYYY-MM-DD` text; a figure that was not known is null.
 */
export interface PortfolioHistoryRow {
  readonly asOf: string;
  readonly projects: number | null;
  readonly active: number | null;
  readonly bac: number | null;
  readonly pv: number | null;
  readonly ev: number | null;
  readonly ac: number | null;
  readonly eac: number | null;
  readonly vac: number | null;
  readonly spi: number | null;
  readonly cpi: number | null;
  /** Computed RAG counts of the active projects. */
  readonly green: number | null;
  readonly amber: number | null;
  readonly red: number | null;
  readonly unknown: number | null;
  readonly watermelons: number | null;
  readonly openHighRisks: number | null;
  readonly overdueMilestones: number | null;
  readonly compliance: number | null;
}

export interface ProjectHistoryRow {
  readonly asOf: string;
  readonly projectId: string;
  readonly projectName: string | null;
  readonly program: string | null;
  readonly projectManager: string | null;
  readonly phase: string | null;
  readonly reportedRag: string | null;
  /** Green, Amber, Red, or Unknown for a project excluded for a data error. */
  readonly computedRag: string | null;
  readonly bac: number | null;
  readonly ev: number | null;
  readonly ac: number | null;
  readonly eac: number | null;
  readonly spi: number | null;
  readonly cpi: number | null;
  readonly slipDays: number | null;
  readonly openHighRisks: number | null;
  readonly overdueMilestones: number | null;
  readonly lastUpdated: string | null;
  readonly excluded: boolean;
}

/** An open High risk (score ≥ 15) at a period. */
export interface RiskHistoryRow {
  readonly asOf: string;
  readonly riskId: string;
  readonly projectId: string | null;
  readonly title: string | null;
  readonly score: number | null;
}

export interface History {
  readonly portfolio: readonly PortfolioHistoryRow[];
  readonly projects: readonly ProjectHistoryRow[];
  readonly risks: readonly RiskHistoryRow[];
}

export const EMPTY_HISTORY: History = { portfolio: [], projects: [], risks: [] };

/** Periods kept in the history (monthly-cycle.md: `historyPeriods`): three years of months. */
export const HISTORY_PERIODS = 36;
