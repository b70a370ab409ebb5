import type { Finding } from "../model/finding";
import type { Rag, Phase } from "../model/portfolio";
import type { Settings } from "../model/settings";

/**
 * The KPI document: exactly the "Machine-readable output" of kpi-definitions.md. Dates are
 * `YYYY-MM-DD`, months `YYYY-MM`, money full-precision numbers, a ratio with a zero denominator null.
 */
export interface RagCounts {
  readonly Green: number;
  readonly Amber: number;
  readonly Red: number;
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
  readonly ragComputed: RagCounts;
  readonly watermelons: number;
  readonly compliance: number | null;
}

export interface ProjectKpis {
  readonly projectId: string;
  readonly projectName: string | null;
  readonly program: string | null;
  readonly phase: Phase | null;
  readonly reportedRag: Rag | null;
  readonly computedRag: Rag;
  readonly watermelon: boolean;
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
  readonly sv: number;
  readonly cv: number;
  readonly spi: number | null;
  readonly cpi: number | null;
  readonly eac: number;
  readonly eacAtypical: number;
  readonly eacComposite: number | null;
  readonly etc: number;
  readonly vac: number;
  readonly tcpi: number | null;
  readonly spiT: number | null;
  readonly slipDays: number | null;
  readonly laborCost: number;
  readonly errors: number;
  readonly warnings: number;
  readonly fresh: boolean;
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

export interface CapacityRow {
  readonly month: string;
  readonly capacityHours: number;
  readonly plannedHours: number;
  readonly actualHours: number;
  readonly utilization: number | null;
  readonly overAllocated: boolean;
}

export interface ResourceCapacityRow extends CapacityRow {
  readonly resource: string;
  readonly role: string | null;
  readonly department: string | null;
  readonly underUsed: boolean;
}

export interface RoleCapacityRow extends CapacityRow {
  readonly role: string;
}

export interface DepartmentCapacityRow extends CapacityRow {
  readonly department: string;
}

export interface CapacityKpis {
  readonly byResource: readonly ResourceCapacityRow[];
  readonly byRole: readonly RoleCapacityRow[];
  readonly byDepartment: readonly DepartmentCapacityRow[];
  readonly byMonth: readonly CapacityRow[];
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

export interface ProgramCostRow {
  readonly program: string;
  readonly bac: number;
  readonly ac: number;
  readonly eac: number;
  readonly laborCost: number;
}

/** Labour cost by role: a role whose salaried headcount is below minGroupSize shows hours only. */
export interface RoleCostRow {
  readonly role: string;
  readonly headcount: number;
  readonly actualHours: number;
  readonly laborCost: number | null;
  readonly suppressed: boolean;
}

/** Additions beyond the spec's listed keys, used by the dashboard (documented in docs/kpis.md). */
export interface CostKpis {
  readonly byProgram: readonly ProgramCostRow[];
  readonly byRole: readonly RoleCostRow[];
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
  readonly validation: ValidationSummary;
}
