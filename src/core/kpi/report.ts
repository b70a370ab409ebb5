import type { Finding } from "../model/finding";
import type { Rag, Phase, UnidentifiedProject } from "../model/portfolio";
import type { Settings } from "../model/settings";
import type { CapacityRow } from "./capacityRows";
import type { ResourceCapacityList } from "./resourceCapacityList";

export type { CapacityRow, ResourceCapacityRow } from "./capacityRows";

/**
 * The KPI document: exactly the "Machine-readable output" of kpi-definitions.md. Dates are
 * `YYYY-MM-DD`, months `YYYY-MM`, money full-precision numbers, a ratio with a zero denominator null.
 */
export interface RagCounts {
  readonly Green: number;
  readonly Amber: number;
  readonly Red: number;
}

/** Computed RAG counts: an excluded project (data error) has no computed RAG and counts as Unknown. */
export interface ComputedRagCounts extends RagCounts {
  readonly Unknown: number;
}

/** A project left out of every portfolio figure, and why (the reason names the cell). */
export interface ExcludedProject {
  readonly projectId: string;
  readonly reason: string;
}

export interface PortfolioKpis {
  readonly projects: number;
  readonly active: number;
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
  readonly sv: number;
  readonly cv: number;
  readonly spi: number | null;
  readonly cpi: number | null;
  readonly eac: number;
  readonly vac: number;
  readonly ragReported: RagCounts;
  readonly ragComputed: ComputedRagCounts;
  readonly watermelons: number;
  readonly compliance: number | null;
  /** Projects in scope whose figures are in the sums above (in scope and not excluded). */
  readonly counted: number;
  readonly excluded: readonly ExcludedProject[];
  /**
   * Projects rows not counted because their Project ID is blank or unreadable (`#REF!`), with the
   * ID's cell and the row's name: an addition to the contract's keys, so a budget that left the
   * totals is never unexplained. Absent when there are none.
   */
  readonly unidentified?: readonly UnidentifiedProject[];
}

/**
 * One project's figures. An excluded project (a data error in an earned-value input, or a Project
 * ID shared by differing rows) has null earned-value figures and computedRag; bac stays when
 * Budget itself is valid.
 */
export interface ProjectKpis {
  readonly projectId: string;
  readonly projectName: string | null;
  readonly program: string | null;
  readonly phase: Phase | null;
  readonly reportedRag: Rag | null;
  readonly computedRag: Rag | null;
  readonly watermelon: boolean;
  readonly bac: number | null;
  readonly pv: number | null;
  readonly ev: number | null;
  readonly ac: number | null;
  readonly sv: number | null;
  readonly cv: number | null;
  readonly spi: number | null;
  readonly cpi: number | null;
  readonly eac: number | null;
  readonly eacAtypical: number | null;
  readonly eacComposite: number | null;
  readonly etc: number | null;
  readonly vac: number | null;
  readonly tcpi: number | null;
  readonly spiT: number | null;
  readonly slipDays: number | null;
  /** Σ Actual Hours × role rate (labour is priced by role, never by person). */
  readonly laborCost: number;
  readonly plannedLaborCost: number;
  /** Actual hours of people whose role has no rate. */
  readonly unpricedHours: number;
  readonly errors: number;
  readonly warnings: number;
  readonly fresh: boolean;
  readonly excluded: boolean;
  /** Template 1.2, as the PM wrote them (additions to the contract's keys). */
  readonly statusComment: string | null;
  readonly decisionNeeded: string | null;
}

export interface MilestoneKpis {
  readonly total: number;
  readonly completed: number;
  readonly hitRate: number | null;
  readonly overdue: number;
  readonly upcoming: number;
  readonly avgSlipDays: number | null;
}

export interface DependencyKpi {
  readonly fromProject: string;
  readonly fromMilestone: string;
  readonly toProject: string;
  readonly toMilestone: string;
  readonly atRisk: boolean;
}

export interface RiskKpis {
  readonly open: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  readonly overdue: number;
  /** heatmap[probability − 1][impact − 1] = count of open risks. */
  readonly heatmap: readonly (readonly number[])[];
  readonly systemic: readonly { readonly category: string; readonly projects: readonly string[] }[];
}

export interface RoleCapacityRow extends CapacityRow {
  readonly role: string;
}

export interface DepartmentCapacityRow extends CapacityRow {
  readonly department: string;
}

/** A month of the portfolio roll-up; months after the as-of month are forward demand (`forecast`). */
export interface MonthCapacityRow extends CapacityRow {
  readonly forecast: boolean;
}

export interface CapacityKpis {
  /** Every person × every month of Allocations; JSON-serialises to a list of ResourceCapacityRow. */
  readonly byResource: ResourceCapacityList;
  readonly byRole: readonly RoleCapacityRow[];
  readonly byDepartment: readonly DepartmentCapacityRow[];
  readonly byMonth: readonly MonthCapacityRow[];
  /**
   * Σ Planned Hours / Σ capacity over the people allocated in at least one reported month, over the
   * months up to and including the as-of month; null when that capacity is 0.
   */
  readonly averageUtilization: number | null;
  /** People with no planned hours in any reported month, and their capacity per month. */
  readonly unallocated: { readonly people: number; readonly capacityHoursPerMonth: number };
}

export interface SalaryRow {
  readonly role: string;
  readonly headcount: number;
  readonly fte: number;
  readonly min: number | null;
  readonly median: number | null;
  readonly mean: number | null;
  readonly max: number | null;
  readonly suppressed: boolean;
  readonly marketMin: number | null;
  readonly marketMax: number | null;
  readonly bandStatus: "below" | "within" | "above" | null;
}

/** Labour priced by role: a cost, a planned cost and the hours no rate prices. */
export interface LaborFigures {
  readonly laborCost: number;
  readonly plannedLaborCost: number;
  readonly unpricedHours: number;
}

export interface ProgramCostRow extends LaborFigures {
  readonly program: string;
  readonly bac: number;
  readonly ac: number;
  readonly eac: number;
}

/** Labour by role: hours × the role's rate (a group figure, never one person's pay). */
export interface RoleCostRow extends LaborFigures {
  readonly role: string;
  readonly headcount: number;
  readonly actualHours: number;
  readonly plannedHours: number;
  readonly hourlyRate: number | null;
  readonly source: RateSource | null;
}

export interface MonthCostRow extends LaborFigures {
  readonly month: string;
}

/** Additions beyond the spec's listed keys, used by the dashboard (documented in docs/kpis.md). */
export interface CostKpis {
  readonly byProgram: readonly ProgramCostRow[];
  readonly byRole: readonly RoleCostRow[];
  readonly byMonth: readonly MonthCostRow[];
}

/** Where a role's hourly rate comes from, in order of preference (kpi-definitions, Cost and salary). */
export type RateSource = "rate-card" | "pay-median" | "benchmark";

export interface RoleRate {
  readonly role: string;
  readonly hourlyRate: number | null;
  readonly source: RateSource | null;
}

export type AttentionKind =
  "excluded" | "red" | "watermelon" | "overdue-milestone" | "overdue-risk" | "stale" | "past-finish";

export interface AttentionReason {
  readonly kind: AttentionKind;
  readonly text: string;
}

/** An active project with at least one reason to look at it. */
export interface AttentionEntry {
  readonly projectId: string;
  readonly projectName: string | null;
  readonly projectManager: string | null;
  readonly reasons: readonly AttentionReason[];
}

export interface ValidationSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly findings: readonly Finding[];
}

export interface KpiReport {
  readonly asOf: string;
  readonly settings: Settings;
  readonly portfolio: PortfolioKpis;
  readonly projects: readonly ProjectKpis[];
  readonly milestones: MilestoneKpis;
  readonly dependencies: readonly DependencyKpi[];
  readonly risks: RiskKpis;
  readonly capacity: CapacityKpis;
  readonly salary: readonly SalaryRow[];
  readonly cost: CostKpis;
  /** The rate each role's hours are priced at, roles sorted. */
  readonly rates: readonly RoleRate[];
  /** Actual hours no rate prices (Σ over projects counted). */
  readonly unpricedHours: number;
  /** Every active project that needs attention, in the spec's order. */
  readonly attention: readonly AttentionEntry[];
  readonly validation: ValidationSummary;
}
