import type { DayNumber, MonthIndex } from "./dates";
import type { Finding } from "./finding";

/** Where a normalised row came from; with a column letter this gives the exact cell. */
export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
}

/** A normalised cell: text, number (dates are day numbers, months month indexes, percents 0..1), or blank. */
export type CellValue = string | number | null;

/** A normalised row: `src` plus one property per template column key. */
export type NormRow = { readonly src: SourceRef } & Readonly<Record<string, CellValue | SourceRef>>;

/** How a sheet was recognised as a table (for the task pane's Home view and for findings). */
export interface TableBinding {
  readonly table: string;
  readonly file: string;
  readonly sheet: string;
  readonly headerRow: number;
  /**
   * Template column key → sheet column (1-based) and the header text as written; in a form, also
   * the sheet row of the column's one value (each field has its own row).
   */
  readonly columns: Readonly<
    Record<string, { readonly col: number; readonly header: string; readonly row?: number }>
  >;
  /** Required template columns that were not found. */
  readonly missingRequired: readonly string[];
  readonly unknownHeaders: readonly string[];
  /** True for a project's status report laid out as a form (labels beside values), not a table. */
  readonly form?: boolean;
}

export type Phase = "Initiation" | "Planning" | "Execution" | "Closing" | "Closed" | "On Hold" | "Cancelled";
export type Rag = "Green" | "Amber" | "Red";

/** Typed views of the standard tables. Required fields may be null when the cell was invalid (a finding says so). */
export interface Project {
  readonly src: SourceRef;
  readonly projectId: string;
  readonly projectName: string | null;
  readonly program: string | null;
  readonly portfolio: string | null;
  readonly projectManager: string | null;
  readonly sponsor: string | null;
  readonly phase: Phase | null;
  readonly status: Rag | null;
  readonly priority: string | null;
  readonly strategicScore: number | null;
  readonly startDate: DayNumber | null;
  readonly baselineFinish: DayNumber | null;
  readonly forecastFinish: DayNumber | null;
  readonly actualFinish: DayNumber | null;
  readonly budget: number | null;
  readonly actualCost: number | null;
  readonly plannedValue: number | null;
  readonly plannedPercent: number | null;
  readonly percentComplete: number | null;
  readonly lastUpdated: DayNumber | null;
  /** Template 1.2: the PM's own words for the month. */
  readonly statusComment: string | null;
  /** Template 1.2: what the PM asks the steering group to decide. */
  readonly decisionNeeded: string | null;
}

export interface Milestone {
  readonly src: SourceRef;
  readonly projectId: string | null;
  readonly milestone: string | null;
  readonly baselineDate: DayNumber | null;
  readonly forecastDate: DayNumber | null;
  readonly actualDate: DayNumber | null;
  readonly status: "Not Started" | "In Progress" | "Complete" | null;
}

export interface Risk {
  readonly src: SourceRef;
  readonly riskId: string | null;
  readonly projectId: string | null;
  readonly title: string | null;
  readonly raidType: string | null;
  readonly category: string | null;
  readonly probability: number | null;
  readonly impact: number | null;
  readonly owner: string | null;
  readonly status: "Open" | "Mitigating" | "Closed" | null;
  readonly dueDate: DayNumber | null;
}

export interface Resource {
  readonly src: SourceRef;
  readonly resource: string | null;
  readonly role: string | null;
  readonly department: string | null;
  readonly annualSalary: number | null;
  readonly hourlyRate: number | null;
  readonly fte: number | null;
  readonly weeklyCapacity: number | null;
}

export interface Allocation {
  readonly src: SourceRef;
  readonly resource: string | null;
  readonly projectId: string | null;
  readonly month: MonthIndex | null;
  readonly plannedHours: number | null;
  readonly actualHours: number | null;
}

export interface Dependency {
  readonly src: SourceRef;
  readonly fromProject: string | null;
  readonly fromMilestone: string | null;
  readonly toProject: string | null;
  readonly toMilestone: string | null;
}

export interface SalaryBenchmark {
  readonly src: SourceRef;
  readonly role: string | null;
  readonly marketMin: number | null;
  readonly marketMax: number | null;
}

/** Template 1.2: the PMO's published hourly cost rate of a role. */
export interface RateCardRow {
  readonly src: SourceRef;
  readonly role: string | null;
  readonly hourlyRate: number | null;
}

/** Everything read from one or more tracker workbooks, normalised, plus the findings of reading it. */
export interface Portfolio {
  readonly files: readonly string[];
  readonly bindings: readonly TableBinding[];
  readonly projects: readonly Project[];
  readonly milestones: readonly Milestone[];
  readonly risks: readonly Risk[];
  readonly resources: readonly Resource[];
  readonly allocations: readonly Allocation[];
  readonly dependencies: readonly Dependency[];
  readonly salaryBenchmarks: readonly SalaryBenchmark[];
  readonly rateCard: readonly RateCardRow[];
  /**
   * Every table's rows by table key, generic view for template-driven validation (the typed arrays
   * above are the same row objects). Tables a custom template adds appear only here.
   */
  readonly tables: Readonly<Record<string, readonly NormRow[]>>;
  readonly findings: readonly Finding[];
  /** Projects rows left out because their Project ID is blank or unreadable (their error says so). */
  readonly unidentified?: readonly UnidentifiedProject[];
}

/**
 * A Projects row without a usable Project ID (blank, `#REF!`): it cannot be told from other rows,
 * so it is in no figure, and the report says so rather than its budget leaving the totals unseen.
 */
export interface UnidentifiedProject {
  readonly file: string;
  /** `Projects!A42`: the Project ID's cell. */
  readonly place: string;
  readonly projectName: string | null;
}
