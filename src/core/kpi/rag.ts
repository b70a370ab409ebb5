import type { DayNumber } from "../model/dates";
import type { Project, Rag } from "../model/portfolio";
import type { RagCounts } from "./report";

const SEVERITY: Readonly<Record<Rag, number>> = { Green: 0, Amber: 1, Red: 2 };

/** Green when index ≥ green, Amber when ≥ amber, else Red; a null index (n/a) grades Green. */
export function gradeIndex(index: number | null, green: number, amber: number): Rag {
  if (index === null || index >= green) return "Green";
  return index >= amber ? "Amber" : "Red";
}

export function worseRag(a: Rag, b: Rag): Rag {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/** Past its Baseline Finish, below 100 % complete and without an Actual Finish (missing % counts as 0). */
export function isPastDueUnfinished(project: Project, asOf: DayNumber): boolean {
  return (
    project.baselineFinish !== null &&
    asOf > project.baselineFinish &&
    (project.percentComplete ?? 0) < 1 &&
    project.actualFinish === null
  );
}

export interface RagInput {
  readonly spi: number | null;
  readonly cpi: number | null;
  readonly pastDueUnfinished: boolean;
}

/** The worse of the schedule (SPI) and cost (CPI) grades; Red outright when past due and unfinished. */
export function computedRag({ spi, cpi, pastDueUnfinished }: RagInput, green: number, amber: number): Rag {
  if (pastDueUnfinished) return "Red";
  return worseRag(gradeIndex(spi, green, amber), gradeIndex(cpi, green, amber));
}

/**
 * The reported RAG the KPIs use: Green, Amber or Red, else null. A custom template may add Status
 * values (a `Blue` for done); those are valid in the tracker but count as no reported RAG, so
 * `ragReported` keeps exactly its three keys and such a project is never a watermelon.
 * @example reportedRag("Blue") // null
 */
export function reportedRag(status: string | null): Rag | null {
  return status === "Green" || status === "Amber" || status === "Red" ? status : null;
}

/** Green outside (reported), red inside (computed). */
export function isWatermelon(reported: Rag | null, computed: Rag): boolean {
  return reported === "Green" && computed === "Red";
}

/** Counts of each RAG value; nulls are not counted. */
export function countRag(values: Iterable<Rag | null>): RagCounts {
  const counts = { Green: 0, Amber: 0, Red: 0 };
  for (const value of values) if (value !== null) counts[value]++;
  return counts;
}
