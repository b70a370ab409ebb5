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

/** The ProjectHistory and RiskHistory rows of one period. */
export interface PeriodHistory {
  readonly projects: readonly ProjectHistoryRow[];
  readonly risks: readonly RiskHistoryRow[];
}

/**
 * A period whose ProjectHistory and RiskHistory rows were left as they were stored in the earlier
 * dashboard: a 36-period history of 5,000 projects is 180,000 rows, and only the previous
 * period's are ever looked at (for the changes). The file writer copies `stored` as it is; the
 * engine calls `read` when it needs the rows.
 */
export interface CarriedPeriod {
  readonly asOf: string;
  readonly projectRows: number;
  readonly riskRows: number;
  /** The rows as stored, opaque to the engine (only the writer that wrote them reads them). */
  readonly stored: { readonly projects?: unknown; readonly risks?: unknown };
  /** Reads the period's rows; called at most once per period, then kept. */
  readonly read: () => PeriodHistory;
}

export interface History {
  readonly portfolio: readonly PortfolioHistoryRow[];
  /** Rows of the periods that are not carried. */
  readonly projects: readonly ProjectHistoryRow[];
  readonly risks: readonly RiskHistoryRow[];
  /** Periods carried unread from an earlier dashboard; none has rows in `projects` or `risks`. */
  readonly carried?: readonly CarriedPeriod[];
}

export const EMPTY_HISTORY: History = { portfolio: [], projects: [], risks: [] };

/** Periods kept in the history (monthly-cycle.md: `historyPeriods`): three years of months. */
export const HISTORY_PERIODS = 36;
