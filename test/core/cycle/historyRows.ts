import type { History, ProjectHistoryRow, RiskHistoryRow } from "../../../src/core/cycle/history";

/** Test builders for history rows: a neutral Execution project, Green, on budget, updated this month. */
export function projectRow(asOf: string, overrides: Partial<ProjectHistoryRow> = {}): ProjectHistoryRow {
  return {
    asOf,
    projectId: "P1",
    projectName: "Apollo",
    program: "Alpha",
    projectManager: "Pat",
    phase: "Execution",
    reportedRag: "Green",
    computedRag: "Green",
    bac: 1000,
    ev: 500,
    ac: 500,
    eac: 1000,
    spi: 1,
    cpi: 1,
    slipDays: 0,
    openHighRisks: 0,
    overdueMilestones: 0,
    lastUpdated: asOf,
    excluded: false,
    ...overrides,
  };
}

export function riskRow(asOf: string, overrides: Partial<RiskHistoryRow> = {}): RiskHistoryRow {
  return { asOf, riskId: "R1", projectId: "P1", title: "Vendor late", score: 16, ...overrides };
}

export function history(projects: ProjectHistoryRow[], risks: RiskHistoryRow[] = []): History {
  return { portfolio: [], projects, risks };
}
