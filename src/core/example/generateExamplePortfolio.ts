import { dayFromIso, isoFromDay, monthOfDay, ymdFromDay, daysInMonth } from "../model/calendar";
import { generateAllocationRows, ALLOCATION_HEADER } from "./exampleAllocations";
import { generateCommentary } from "./exampleCommentary";
import { DEPENDENCY_HEADER, generateDependencyRows } from "./exampleDependencies";
import { generateMilestones } from "./exampleMilestones";
import { generateProjects } from "./exampleProjects";
import { generateResources } from "./exampleResources";
import { generateRiskRows, RISK_HEADER } from "./exampleRisks";
import {
  BENCHMARK_HEADER,
  benchmarkRows,
  MILESTONE_HEADER,
  milestoneRows,
  MONEY_FORMAT,
  PROJECT_HEADER,
  projectRows,
  projectTitleRows,
  RATE_CARD_HEADER,
  rateCardRows,
  RESOURCE_HEADER,
  resourceRows,
} from "./exampleSheets";
import { PROGRAM_NAMES } from "./names";
import type { PlantedErrorId } from "./plantedErrors";
import { applyPlantedErrors, MIN_PROJECTS_WITH_ERRORS, PLANTED_ERRORS } from "./plantedErrors";
import { deriveRng } from "./random";
import type { SheetSpec, TrackerSheets } from "./trackerSheets";

export interface ExampleOptions {
  readonly seed: number;
  readonly projects: number;
  readonly programs: number;
  readonly resources: number;
  /** Months of allocations, ending at the as-of month. */
  readonly months: number;
  /** Months of planned hours after the as-of month (forward demand, no actuals); default 0. */
  readonly forwardMonths?: number;
  /** ISO `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Exact number of allocation rows (benchmarks); by default each person gets 1–3 projects. */
  readonly allocationRows?: number;
  /** Plant the deliberate data errors listed in `PLANTED_ERRORS`. */
  readonly withErrors: boolean;
}

/** The demo portfolio: 40 projects in 4 programs, 60 people, 12 months of allocations and 3 ahead. */
export const DEMO_EXAMPLE_OPTIONS: Omit<ExampleOptions, "asOf"> = {
  seed: 2026,
  projects: 40,
  programs: 4,
  resources: 60,
  months: 12,
  forwardMonths: 3,
  withErrors: false,
};

/**
 * A complete, realistic PMO tracker workbook description, the same for the same options. Each
 * part draws from its own seeded stream, so e.g. `allocationRows` changes only the allocations.
 * Runs in O(projects + resources + allocation rows).
 *
 * @example
 * const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: "2026-11-30" });
 * spec.sheets.map((s) => s.name); // ["Projects", "Milestones", "Risk Register", ...]
 */
export function generateExamplePortfolio(options: ExampleOptions): TrackerSheets {
  const asOf = checkOptions(options);
  const { seed } = options;
  const programs = Array.from({ length: options.programs }, (_, i) => {
    const base = PROGRAM_NAMES[i % PROGRAM_NAMES.length] ?? "Program";
    return i < PROGRAM_NAMES.length ? base : `${base} ${Math.floor(i / PROGRAM_NAMES.length) + 1}`;
  });

  const resources = generateResources(
    deriveRng(seed, 1),
    options.resources,
    options.projects,
    options.programs,
  );
  const managers = resources.filter((r) => r.role === "Project Manager").map((r) => r.name);
  const projects = generateProjects(deriveRng(seed, 2), {
    count: options.projects,
    programs,
    managers,
    asOf,
    duplicateIdAt: options.withErrors ? plantedRow("duplicate-project-id") : -1,
  });
  const milestones = generateMilestones(deriveRng(seed, 3), projects, asOf);

  const asOfMonth = monthOfDay(asOf);
  const { year, month, day } = ymdFromDay(asOf);
  const allocations = generateAllocationRows(deriveRng(seed, 5), resources, projects, {
    firstMonth: asOfMonth - options.months + 1,
    // Forward months draw nothing at random (no actuals), so they add rows without moving the others.
    months: options.months + (options.forwardMonths ?? 0),
    // The as-of month has actuals only when the as-of date closes it.
    lastActualMonth: day === daysInMonth(year, month) ? asOfMonth : asOfMonth - 1,
    rows: options.allocationRows,
  });

  const sheets: SheetSpec[] = [
    {
      name: "Projects",
      titleRows: projectTitleRows(options.asOf),
      header: PROJECT_HEADER,
      rows: projectRows(projects, generateCommentary(deriveRng(seed, 7), projects)),
      columnFormats: formatsFor(
        PROJECT_HEADER,
        ["Budget ($)", "Actual Cost ($)", "Planned Value ($)"],
        MONEY_FORMAT,
      ),
    },
    {
      name: "Milestones",
      header: MILESTONE_HEADER,
      rows: milestoneRows(milestones),
      columnFormats: formatsFor(
        MILESTONE_HEADER,
        ["Baseline Date", "Forecast Date", "Actual Date"],
        "dd/mm/yyyy",
      ),
    },
    {
      name: "Risk Register",
      header: RISK_HEADER,
      rows: generateRiskRows(deriveRng(seed, 4), projects, asOf, isoFromDay),
      columnFormats: formatsFor(RISK_HEADER, ["Due Date"], "d mmm yyyy"),
    },
    {
      name: "Resources",
      header: RESOURCE_HEADER,
      rows: resourceRows(resources),
      columnFormats: {
        ...formatsFor(RESOURCE_HEADER, ["Annual Salary"], MONEY_FORMAT),
        ...formatsFor(RESOURCE_HEADER, ["Hourly Rate"], "#,##0.00"),
      },
    },
    {
      name: "Allocations",
      header: ALLOCATION_HEADER,
      rows: allocations,
      columnFormats: formatsFor(ALLOCATION_HEADER, ["Month"], "mmm yyyy"),
    },
    {
      name: "Dependencies",
      header: DEPENDENCY_HEADER,
      rows: generateDependencyRows(deriveRng(seed, 6), milestones),
    },
    {
      name: "Salary Benchmarks",
      header: BENCHMARK_HEADER,
      rows: benchmarkRows(resources),
      columnFormats: formatsFor(BENCHMARK_HEADER, ["Market Min", "Market Max"], MONEY_FORMAT),
    },
    {
      name: "Rate Card",
      header: RATE_CARD_HEADER,
      rows: rateCardRows(resources),
      columnFormats: formatsFor(RATE_CARD_HEADER, ["Hourly Rate"], "#,##0.00"),
    },
  ];
  return { sheets: options.withErrors ? applyPlantedErrors(sheets) : sheets };
}

function checkOptions(options: ExampleOptions): number {
  const asOf = dayFromIso(options.asOf);
  if (asOf === null) throw new RangeError(`asOf must be an ISO date YYYY-MM-DD (got "${options.asOf}")`);
  const counts: [string, number, number][] = [
    ["projects", options.projects, options.withErrors ? MIN_PROJECTS_WITH_ERRORS : 1],
    ["programs", options.programs, 1],
    ["resources", options.resources, 1],
    ["months", options.months, 1],
    ["forwardMonths", options.forwardMonths ?? 0, 0],
  ];
  for (const [name, value, min] of counts) {
    if (!Number.isInteger(value) || value < min) {
      throw new RangeError(`${name} must be a whole number of at least ${min} (got ${value})`);
    }
  }
  const rows = options.allocationRows;
  if (rows !== undefined && (!Number.isInteger(rows) || rows < (options.withErrors ? 6 : 0))) {
    throw new RangeError(`allocationRows must be a whole number of at least ${options.withErrors ? 6 : 0}`);
  }
  return asOf;
}

function plantedRow(id: PlantedErrorId): number {
  return PLANTED_ERRORS.find((p) => p.id === id)?.row ?? -1;
}

function formatsFor(
  header: readonly string[],
  columns: readonly string[],
  format: string,
): Record<number, string> {
  const formats: Record<number, string> = {};
  for (const column of columns) formats[header.indexOf(column)] = format;
  return formats;
}
