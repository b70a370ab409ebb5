import { dayFromIso, monthOfDay } from "../../../src/core/model/calendar";
import type { DayNumber, MonthIndex } from "../../../src/core/model/dates";
import type { Finding } from "../../../src/core/model/finding";
import type {
  Allocation,
  Dependency,
  Milestone,
  Portfolio,
  Project,
  RateCardRow,
  Resource,
  Risk,
  SalaryBenchmark,
  SourceRef,
} from "../../../src/core/model/portfolio";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/model/settings";

/** Test builders: every field has a neutral default; a test states only what it is about. */
export function day(iso: string): DayNumber {
  const value = dayFromIso(iso);
  if (value === null) throw new Error(`bad test date ${iso}`);
  return value;
}

/** `month("2026-11")` */
export function month(isoMonth: string): MonthIndex {
  return monthOfDay(day(`${isoMonth}-01`));
}

const src = (sheet: string): SourceRef => ({ file: "tracker.xlsx", sheet, row: 2 });

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, asOf: "2026-11-30", ...overrides };
}

export function makeProject(overrides: Partial<Project> = {}): Project {
  return {
    src: src("Projects"),
    projectId: "P1",
    projectName: "Project One",
    program: "Alpha",
    portfolio: null,
    projectManager: "Pat",
    sponsor: null,
    phase: "Execution",
    status: "Green",
    priority: null,
    strategicScore: null,
    startDate: day("2026-01-01"),
    baselineFinish: day("2027-12-31"),
    forecastFinish: null,
    actualFinish: null,
    budget: 1000,
    actualCost: 0,
    plannedValue: null,
    plannedPercent: null,
    percentComplete: 0,
    lastUpdated: day("2026-11-20"),
    statusComment: null,
    decisionNeeded: null,
    ...overrides,
  };
}

export function makeMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    src: src("Milestones"),
    projectId: "P1",
    milestone: "Milestone",
    baselineDate: day("2026-12-15"),
    forecastDate: null,
    actualDate: null,
    status: null,
    ...overrides,
  };
}

export function makeRisk(overrides: Partial<Risk> = {}): Risk {
  return {
    src: src("Risks"),
    riskId: "R1",
    projectId: "P1",
    title: "A risk",
    raidType: null,
    category: null,
    probability: 1,
    impact: 1,
    owner: null,
    status: "Open",
    dueDate: null,
    ...overrides,
  };
}

export function makeResource(overrides: Partial<Resource> = {}): Resource {
  return {
    src: src("Resources"),
    resource: "Ana",
    role: "Developer",
    department: null,
    annualSalary: null,
    hourlyRate: null,
    fte: null,
    weeklyCapacity: null,
    ...overrides,
  };
}

export function makeAllocation(overrides: Partial<Allocation> = {}): Allocation {
  return {
    src: src("Allocations"),
    resource: "Ana",
    projectId: "P1",
    month: month("2026-11"),
    plannedHours: 0,
    actualHours: null,
    ...overrides,
  };
}

export function makeDependency(overrides: Partial<Dependency> = {}): Dependency {
  return {
    src: src("Dependencies"),
    fromProject: "P1",
    fromMilestone: "From",
    toProject: "P2",
    toMilestone: "To",
    ...overrides,
  };
}

export function makeBenchmark(overrides: Partial<SalaryBenchmark> = {}): SalaryBenchmark {
  return { src: src("Salary Benchmarks"), role: "Developer", marketMin: 0, marketMax: 0, ...overrides };
}

export function makeRate(overrides: Partial<RateCardRow> = {}): RateCardRow {
  return { src: src("Rate Card"), role: "Developer", hourlyRate: 100, ...overrides };
}

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    file: "tracker.xlsx",
    sheet: "Projects",
    cell: "A2",
    row: 2,
    column: "Project ID",
    severity: "error",
    rule: "test-rule",
    message: "A test finding.",
    ...overrides,
  };
}

export function makePortfolio(overrides: Partial<Portfolio> = {}): Portfolio {
  return {
    files: ["tracker.xlsx"],
    bindings: [],
    projects: [],
    milestones: [],
    risks: [],
    resources: [],
    allocations: [],
    dependencies: [],
    salaryBenchmarks: [],
    rateCard: [],
    tables: {},
    findings: [],
    ...overrides,
  };
}
