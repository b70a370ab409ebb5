import type { KpiReport, ProjectKpis } from "../../../../src/core/kpi/report";
import { ResourceCapacityList } from "../../../../src/core/kpi/resourceCapacityList";
import { DEFAULT_SETTINGS } from "../../../../src/core/model/settings";
import type { DashboardInput } from "../../../../src/core/plan/input";

export function makeProjectKpis(overrides: Partial<ProjectKpis> & { projectId: string }): ProjectKpis {
  return {
    projectName: `Project ${overrides.projectId}`,
    program: "Digital",
    phase: "Execution",
    reportedRag: "Green",
    computedRag: "Green",
    watermelon: false,
    bac: 1000,
    pv: 500,
    ev: 500,
    ac: 500,
    sv: 0,
    cv: 0,
    spi: 1,
    cpi: 1,
    eac: 1000,
    eacAtypical: 1000,
    eacComposite: 1000,
    etc: 500,
    vac: 0,
    tcpi: 1,
    spiT: 1,
    slipDays: 0,
    laborCost: 0,
    plannedLaborCost: 0,
    unpricedHours: 0,
    errors: 0,
    warnings: 0,
    fresh: true,
    excluded: false,
    statusComment: null,
    decisionNeeded: null,
    ...overrides,
  };
}

function labour(laborCost: number) {
  return { laborCost, plannedLaborCost: laborCost, unpricedHours: 0 };
}

/** An empty portfolio's report: every count zero, every ratio null. */
export function emptyReport(): KpiReport {
  return {
    asOf: "2026-11-30",
    settings: { ...DEFAULT_SETTINGS, asOf: "2026-11-30" },
    portfolio: {
      projects: 0,
      active: 0,
      bac: 0,
      pv: 0,
      ev: 0,
      ac: 0,
      sv: 0,
      cv: 0,
      spi: null,
      cpi: null,
      eac: 0,
      vac: 0,
      ragReported: { Green: 0, Amber: 0, Red: 0 },
      ragComputed: { Green: 0, Amber: 0, Red: 0, Unknown: 0 },
      watermelons: 0,
      compliance: null,
      counted: 0,
      excluded: [],
    },
    projects: [],
    milestones: { total: 0, completed: 0, hitRate: null, overdue: 0, upcoming: 0, avgSlipDays: null },
    dependencies: [],
    risks: {
      open: 0,
      high: 0,
      medium: 0,
      low: 0,
      overdue: 0,
      heatmap: [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]),
      systemic: [],
    },
    capacity: {
      byResource: new ResourceCapacityList(
        [],
        [],
        new Float64Array(),
        new Float64Array(),
        new Float64Array(),
      ),
      byRole: [],
      byDepartment: [],
      byMonth: [],
      averageUtilization: null,
      unallocated: { people: 0, capacityHoursPerMonth: 0 },
    },
    salary: [],
    cost: { byProgram: [], byRole: [], byMonth: [] },
    rates: [],
    unpricedHours: 0,
    attention: [],
    validation: { errors: 0, warnings: 0, infos: 0, findings: [] },
  };
}

/** A small, fully populated report (hand-made numbers; the KPI maths is tested elsewhere). */
export function sampleReport(): KpiReport {
  const base = emptyReport();
  const projects = [
    makeProjectKpis({
      projectId: "P-1",
      spi: 0.8,
      cpi: 0.9,
      computedRag: "Red",
      watermelon: true,
      bac: 4000,
    }),
    makeProjectKpis({ projectId: "P-2", projectName: '=HYPERLINK("http://x","y")', program: "+SUM(1,2)" }),
    makeProjectKpis({ projectId: "P-3", program: "Ops", spi: null, cpi: 1.1, reportedRag: "Amber" }),
  ];
  return {
    ...base,
    portfolio: {
      ...base.portfolio,
      projects: 3,
      active: 3,
      bac: 6000,
      ac: 1500,
      spi: 0.9,
      cpi: 0.95,
      eac: 6300,
      vac: -300,
      ragReported: { Green: 2, Amber: 1, Red: 0 },
      ragComputed: { Green: 2, Amber: 0, Red: 1, Unknown: 0 },
      watermelons: 1,
      compliance: 2 / 3,
      counted: 3,
    },
    projects,
    milestones: { total: 4, completed: 2, hitRate: 0.5, overdue: 1, upcoming: 1, avgSlipDays: 3 },
    dependencies: [
      { fromProject: "P-1", fromMilestone: "Design", toProject: "P-2", toMilestone: "Build", atRisk: true },
    ],
    risks: {
      open: 3,
      high: 1,
      medium: 1,
      low: 1,
      overdue: 1,
      heatmap: [
        [1, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 1, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 1],
      ],
      systemic: [{ category: "Vendor", projects: ["P-1", "P-2", "P-3"] }],
    },
    capacity: {
      byResource: new ResourceCapacityList(
        [{ resource: "Ann", role: "Engineer", department: "IT" }],
        ["2026-10", "2026-11"],
        Float64Array.of(176, 168),
        Float64Array.of(200, 80),
        Float64Array.of(190, 0),
      ),
      byRole: [
        {
          role: "Engineer",
          month: "2026-10",
          capacityHours: 176,
          plannedHours: 200,
          actualHours: 190,
          utilization: 200 / 176,
          overAllocated: true,
        },
        {
          role: "Engineer",
          month: "2026-11",
          capacityHours: 168,
          plannedHours: 80,
          actualHours: 0,
          utilization: 80 / 168,
          overAllocated: false,
        },
      ],
      byDepartment: [
        {
          department: "IT",
          month: "2026-10",
          capacityHours: 176,
          plannedHours: 200,
          actualHours: 190,
          utilization: 200 / 176,
          overAllocated: true,
        },
        {
          department: "IT",
          month: "2026-11",
          capacityHours: 168,
          plannedHours: 80,
          actualHours: 0,
          utilization: 80 / 168,
          overAllocated: false,
        },
      ],
      byMonth: [
        {
          month: "2026-10",
          capacityHours: 176,
          plannedHours: 200,
          actualHours: 190,
          utilization: 200 / 176,
          overAllocated: true,
          forecast: false,
        },
        {
          month: "2026-11",
          capacityHours: 168,
          plannedHours: 80,
          actualHours: 0,
          utilization: 80 / 168,
          overAllocated: false,
          forecast: false,
        },
      ],
      averageUtilization: 280 / 344,
      unallocated: { people: 0, capacityHoursPerMonth: 0 },
    },
    salary: [
      {
        role: "Engineer",
        headcount: 4,
        fte: 3.5,
        min: 90000,
        median: 100000,
        mean: 101000,
        max: 115000,
        suppressed: false,
        marketMin: 95000,
        marketMax: 120000,
        bandStatus: "within",
      },
      {
        role: "PMO Director",
        headcount: 1,
        fte: 1,
        min: null,
        median: null,
        mean: null,
        max: null,
        suppressed: true,
        marketMin: 150000,
        marketMax: 200000,
        bandStatus: null,
      },
    ],
    cost: {
      byProgram: [
        { program: "+SUM(1,2)", bac: 1000, ac: 500, eac: 1000, ...labour(0) },
        { program: "Digital", bac: 4000, ac: 500, eac: 4300, ...labour(9500) },
        { program: "Ops", bac: 1000, ac: 500, eac: 1000, ...labour(0) },
      ],
      byRole: [
        {
          role: "Engineer",
          headcount: 4,
          actualHours: 190,
          plannedHours: 280,
          hourlyRate: 50,
          source: "rate-card",
          ...labour(9500),
        },
        {
          role: "PMO Director",
          headcount: 1,
          actualHours: 10,
          plannedHours: 10,
          hourlyRate: null,
          source: null,
          laborCost: 0,
          plannedLaborCost: 0,
          unpricedHours: 10,
        },
      ],
      byMonth: [{ month: "2026-10", ...labour(9500) }],
    },
    rates: [
      { role: "Engineer", hourlyRate: 50, source: "rate-card" },
      { role: "PMO Director", hourlyRate: null, source: null },
    ],
    unpricedHours: 10,
    validation: {
      errors: 1,
      warnings: 1,
      infos: 0,
      findings: [
        {
          file: "trackers.xlsx",
          sheet: "Projects",
          cell: "L5",
          row: 5,
          column: "Baseline Finish",
          severity: "error",
          rule: "baseline-before-start",
          message: "Baseline Finish 30/04/2026 is before Start Date 01/06/2026.",
          projectId: "P-1",
        },
        {
          file: "other.xlsx",
          sheet: "Risks",
          cell: "B9",
          row: 9,
          column: "Project ID",
          severity: "warning",
          rule: "x",
          message: "-2+3",
          projectId: "P-2",
        },
      ],
    },
  };
}

export function sampleInput(overrides: Partial<DashboardInput> = {}): DashboardInput {
  return {
    report: sampleReport(),
    attention: {
      overdueMilestones: [
        { projectId: "P-1", milestone: "Design", baselineDate: "2026-11-01", daysOverdue: 29 },
      ],
      overdueRisks: [
        {
          riskId: "R-1",
          projectId: "P-1",
          title: "@cmd vendor late",
          owner: "Ann",
          dueDate: "2026-11-10",
          daysOverdue: 20,
          score: 25,
        },
      ],
    },
    portfolioName: "Example portfolio",
    generatedAt: "2026-11-29 08:00 UTC",
    ...overrides,
  };
}
