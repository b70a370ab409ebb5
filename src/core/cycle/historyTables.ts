import type { PortfolioHistoryRow, ProjectHistoryRow, RiskHistoryRow } from "./history";

/** How a history column is written and read back. */
export type HistoryValueKind = "date" | "text" | "count" | "money" | "ratio" | "percent" | "days" | "boolean";

export interface HistoryColumn<Row> {
  readonly header: string;
  readonly key: keyof Row & string;
  readonly kind: HistoryValueKind;
}

export interface HistoryTableDef<Row> {
  /** The Excel table name on PMO History. */
  readonly name: string;
  readonly columns: readonly HistoryColumn<Row>[];
  /** Columns without which a row means nothing (As Of, and the row's ID). */
  readonly required: readonly (keyof Row & string)[];
}

/** The sheet's three tables, column by column in the spec's order: one definition for writing and reading. */
export const PORTFOLIO_HISTORY: HistoryTableDef<PortfolioHistoryRow> = {
  name: "PortfolioHistory",
  required: ["asOf"],
  columns: [
    { header: "As Of", key: "asOf", kind: "date" },
    { header: "Projects", key: "projects", kind: "count" },
    { header: "Active", key: "active", kind: "count" },
    { header: "BAC", key: "bac", kind: "money" },
    { header: "PV", key: "pv", kind: "money" },
    { header: "EV", key: "ev", kind: "money" },
    { header: "AC", key: "ac", kind: "money" },
    { header: "EAC", key: "eac", kind: "money" },
    { header: "VAC", key: "vac", kind: "money" },
    { header: "SPI", key: "spi", kind: "ratio" },
    { header: "CPI", key: "cpi", kind: "ratio" },
    { header: "Green", key: "green", kind: "count" },
    { header: "Amber", key: "amber", kind: "count" },
    { header: "Red", key: "red", kind: "count" },
    { header: "Unknown", key: "unknown", kind: "count" },
    { header: "Watermelons", key: "watermelons", kind: "count" },
    { header: "Open High Risks", key: "openHighRisks", kind: "count" },
    { header: "Overdue Milestones", key: "overdueMilestones", kind: "count" },
    { header: "Compliance", key: "compliance", kind: "percent" },
  ],
};

export const PROJECT_HISTORY: HistoryTableDef<ProjectHistoryRow> = {
  name: "ProjectHistory",
  required: ["asOf", "projectId"],
  columns: [
    { header: "As Of", key: "asOf", kind: "date" },
    { header: "Project ID", key: "projectId", kind: "text" },
    { header: "Project Name", key: "projectName", kind: "text" },
    { header: "Program", key: "program", kind: "text" },
    { header: "Project Manager", key: "projectManager", kind: "text" },
    { header: "Phase", key: "phase", kind: "text" },
    { header: "Reported RAG", key: "reportedRag", kind: "text" },
    { header: "Computed RAG", key: "computedRag", kind: "text" },
    { header: "BAC", key: "bac", kind: "money" },
    { header: "EV", key: "ev", kind: "money" },
    { header: "AC", key: "ac", kind: "money" },
    { header: "EAC", key: "eac", kind: "money" },
    { header: "SPI", key: "spi", kind: "ratio" },
    { header: "CPI", key: "cpi", kind: "ratio" },
    { header: "Slip Days", key: "slipDays", kind: "days" },
    { header: "Open High Risks", key: "openHighRisks", kind: "count" },
    { header: "Overdue Milestones", key: "overdueMilestones", kind: "count" },
    { header: "Last Updated", key: "lastUpdated", kind: "date" },
    { header: "Excluded", key: "excluded", kind: "boolean" },
  ],
};

export const RISK_HISTORY: HistoryTableDef<RiskHistoryRow> = {
  name: "RiskHistory",
  required: ["asOf", "riskId"],
  columns: [
    { header: "As Of", key: "asOf", kind: "date" },
    { header: "Risk ID", key: "riskId", kind: "text" },
    { header: "Project ID", key: "projectId", kind: "text" },
    { header: "Title", key: "title", kind: "text" },
    { header: "Score", key: "score", kind: "count" },
  ],
};
