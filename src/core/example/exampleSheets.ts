import { isoFromDay } from "../model/calendar";
import type { DayNumber } from "../model/dates";
import type { RawScalar } from "../model/raw";
import type { ProjectCommentary } from "./exampleCommentary";
import type { ExampleMilestone, ExampleProject, ExampleResource } from "./exampleModel";
import { ROLE_PROFILES } from "./roles";
import type { SpecCell } from "./trackerSheets";

/**
 * Headers and rows of the model-backed sheets. The Projects sheet uses aliases a real tracker
 * would (`RAG Status`, `Budget ($)`) under a two-row title block, to show the reader copes.
 */
export const PROJECT_HEADER: readonly string[] = [
  "Project ID",
  "Project Name",
  "Program",
  "Portfolio",
  "Project Manager",
  "Sponsor",
  "Phase",
  "RAG Status",
  "Priority",
  "Strategic Alignment",
  "Start Date",
  "Baseline Finish",
  "Forecast Finish",
  "Actual Finish",
  "Budget ($)",
  "Actual Cost ($)",
  "Planned Value ($)",
  "% Complete",
  "Last Updated",
  "Status Comment",
  "Decision Needed",
];

export const MONEY_FORMAT = "#,##0";

export function projectTitleRows(asOf: string): RawScalar[][] {
  return [["PMO Portfolio Tracker"], [`Reporting period ending ${asOf} · all figures in USD`]];
}

export function projectRows(
  projects: readonly ExampleProject[],
  commentary: readonly ProjectCommentary[],
): SpecCell[][] {
  return projects.map((p, i) => [
    p.id,
    p.name,
    p.program,
    p.portfolio,
    p.manager,
    p.sponsor,
    p.phase,
    p.status,
    p.priority,
    p.strategicScore,
    dateCell(p.start),
    dateCell(p.baselineFinish),
    dateOrBlank(p.forecastFinish),
    dateOrBlank(p.actualFinish),
    p.budget,
    p.actualCost,
    p.plannedValue,
    { percent: p.percentComplete },
    dateCell(p.lastUpdated),
    commentary[i]?.statusComment ?? null,
    commentary[i]?.decisionNeeded ?? null,
  ]);
}

export const MILESTONE_HEADER: readonly string[] = [
  "Project ID",
  "Milestone",
  "Baseline Date",
  "Forecast Date",
  "Actual Date",
  "Status",
];

export function milestoneRows(milestones: readonly ExampleMilestone[][]): SpecCell[][] {
  const rows: SpecCell[][] = [];
  for (const list of milestones) {
    for (const m of list) {
      rows.push([
        m.projectId,
        m.name,
        dateCell(m.baseline),
        dateOrBlank(m.forecast),
        dateOrBlank(m.actual),
        m.status,
      ]);
    }
  }
  return rows;
}

export const RESOURCE_HEADER: readonly string[] = [
  "Resource",
  "Role",
  "Department",
  "Annual Salary",
  "Hourly Rate",
  "FTE",
  "Weekly Capacity",
];

export function resourceRows(resources: readonly ExampleResource[]): SpecCell[][] {
  return resources.map((r) => [
    r.name,
    r.role,
    r.department,
    r.annualSalary,
    r.hourlyRate,
    r.fte,
    r.weeklyCapacity,
  ]);
}

export const BENCHMARK_HEADER: readonly string[] = ["Role", "Market Min", "Market Max"];

/** One benchmark row per role that has people. */
export function benchmarkRows(resources: readonly ExampleResource[]): SpecCell[][] {
  const present = new Set(resources.map((r) => r.role));
  return ROLE_PROFILES.filter((p) => present.has(p.role)).map((p) => [p.role, p.marketMin, p.marketMax]);
}

export const RATE_CARD_HEADER: readonly string[] = ["Role", "Hourly Rate"];

/** The published rate of each role that has people and a card rate (not every role has one). */
export function rateCardRows(resources: readonly ExampleResource[]): SpecCell[][] {
  const present = new Set(resources.map((r) => r.role));
  return ROLE_PROFILES.filter((p) => present.has(p.role) && p.cardRate !== undefined).map((p) => [
    p.role,
    p.cardRate ?? null,
  ]);
}

function dateCell(day: DayNumber): SpecCell {
  return { date: isoFromDay(day) };
}

function dateOrBlank(day: DayNumber | null): SpecCell {
  return day === null ? null : dateCell(day);
}
