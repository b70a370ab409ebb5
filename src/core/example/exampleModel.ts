import type { DayNumber } from "../model/dates";

/** Typed records the example generator builds before rendering them as tracker sheets. */

export type ExamplePhase =
  "Initiation" | "Planning" | "Execution" | "Closing" | "Closed" | "On Hold" | "Cancelled";

export type ExampleRag = "Green" | "Amber" | "Red";

export interface ExampleProject {
  readonly id: string;
  readonly name: string;
  readonly program: string;
  readonly portfolio: string;
  readonly manager: string;
  readonly sponsor: string;
  readonly phase: ExamplePhase;
  /** What the PM reported (watermelons report Green while the figures say Red). */
  readonly status: ExampleRag;
  /** What the KPI rules compute from the figures below (kpi-definitions.md, RAG). */
  readonly computedRag: ExampleRag;
  readonly watermelon: boolean;
  readonly priority: string;
  readonly strategicScore: number;
  readonly start: DayNumber;
  readonly baselineFinish: DayNumber;
  readonly forecastFinish: DayNumber | null;
  readonly actualFinish: DayNumber | null;
  readonly budget: number;
  readonly actualCost: number;
  /** Null when the PM left Planned Value blank (the linear baseline then gives the same figure). */
  readonly plannedValue: number | null;
  /** Fraction 0..1, whole percents. */
  readonly percentComplete: number;
  readonly lastUpdated: DayNumber;
  /** Schedule factor the figures were drawn with (< 1 means behind); drives milestone slips. */
  readonly scheduleFactor: number;
}

export interface ExampleMilestone {
  readonly projectId: string;
  readonly name: string;
  readonly baseline: DayNumber;
  readonly forecast: DayNumber | null;
  readonly actual: DayNumber | null;
  readonly status: string;
}

export interface ExampleResource {
  readonly name: string;
  readonly role: string;
  readonly department: string;
  readonly annualSalary: number | null;
  readonly hourlyRate: number | null;
  readonly fte: number;
  readonly weeklyCapacity: number;
}
