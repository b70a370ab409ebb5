/**
 * A new row of each standard table, every column null, written as an object literal. A literal is
 * built by one fast allocation with its final shape; copying one blank row for every table instead
 * (`{ ...blankRow }`) takes V8's generic clone path once the row loop has seen several tables'
 * shapes: on the 200,000-row Allocations table that copy was a tenth of the whole analysis.
 */
import type {
  Allocation,
  CellValue,
  Dependency,
  Milestone,
  Project,
  RateCardRow,
  Resource,
  Risk,
  SalaryBenchmark,
  SourceRef,
} from "../model/portfolio";

/** A typed view with `src` set and every column null: the compiler checks no key is missing. */
type Blank<T> = { -readonly [K in keyof T]: K extends "src" ? SourceRef : null };

/** A new row, `src` first, then the columns in a fixed order. */
export type RowFactory = (src: SourceRef) => Record<string, CellValue | SourceRef>;

// Keys in the standard template's column order, as the copied blank row had them: whatever walks a
// row's keys (the generic validation, a JSON of the rows) sees the same order as before.
const project = (src: SourceRef): Blank<Project> => ({
  src,
  projectId: null,
  projectName: null,
  program: null,
  portfolio: null,
  projectManager: null,
  sponsor: null,
  phase: null,
  status: null,
  priority: null,
  strategicScore: null,
  startDate: null,
  baselineFinish: null,
  forecastFinish: null,
  actualFinish: null,
  budget: null,
  actualCost: null,
  plannedValue: null,
  plannedPercent: null,
  percentComplete: null,
  lastUpdated: null,
  statusComment: null,
  decisionNeeded: null,
});

const milestone = (src: SourceRef): Blank<Milestone> => ({
  src,
  projectId: null,
  milestone: null,
  baselineDate: null,
  forecastDate: null,
  actualDate: null,
  status: null,
});

const risk = (src: SourceRef): Blank<Risk> => ({
  src,
  riskId: null,
  projectId: null,
  title: null,
  raidType: null,
  category: null,
  probability: null,
  impact: null,
  owner: null,
  status: null,
  dueDate: null,
});

const resource = (src: SourceRef): Blank<Resource> => ({
  src,
  resource: null,
  role: null,
  department: null,
  annualSalary: null,
  hourlyRate: null,
  fte: null,
  weeklyCapacity: null,
});

const allocation = (src: SourceRef): Blank<Allocation> => ({
  src,
  resource: null,
  projectId: null,
  month: null,
  plannedHours: null,
  actualHours: null,
});

const dependency = (src: SourceRef): Blank<Dependency> => ({
  src,
  fromProject: null,
  fromMilestone: null,
  toProject: null,
  toMilestone: null,
});

const salaryBenchmark = (src: SourceRef): Blank<SalaryBenchmark> => ({
  src,
  role: null,
  marketMin: null,
  marketMax: null,
});

const rateCardRow = (src: SourceRef): Blank<RateCardRow> => ({ src, role: null, hourlyRate: null });

/** By standard table key. */
export const STANDARD_BLANK_ROWS: ReadonlyMap<string, RowFactory> = new Map<string, RowFactory>([
  ["projects", project],
  ["milestones", milestone],
  ["risks", risk],
  ["resources", resource],
  ["allocations", allocation],
  ["dependencies", dependency],
  ["salaryBenchmarks", salaryBenchmark],
  ["rateCard", rateCardRow],
]);

/**
 * How rows of a table with these keys (`src` first) are made: the standard literal when its keys
 * are exactly these, in this order (a custom template that keeps a standard table's columns);
 * otherwise a copy of a blank row with these keys.
 */
export function blankRowFactory(tableKey: string, keys: readonly string[]): RowFactory {
  const standard = STANDARD_BLANK_ROWS.get(tableKey);
  const probe: SourceRef = { file: "", sheet: "", row: 0 };
  if (standard !== undefined && sameKeys(Object.keys(standard(probe)), keys)) return standard;
  const blank: Record<string, CellValue | SourceRef> = {};
  for (const key of keys) blank[key] = key === "src" ? probe : null;
  return (src) => {
    const row = { ...blank };
    row["src"] = src;
    return row;
  };
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
