import type { DayNumber } from "../model/dates";
import type { Finding } from "../model/finding";
import type { Phase } from "../model/portfolio";
import { ratio } from "./ratio";
import { isActive } from "./scope";

export interface FindingCounts {
  errors: number;
  warnings: number;
}

/** Error and warning counts of the findings that name a project, keyed by Project ID. */
export function countFindingsByProject(findings: readonly Finding[]): Map<string, FindingCounts> {
  const counts = new Map<string, FindingCounts>();
  for (const finding of findings) {
    if (finding.projectId === undefined || finding.severity === "info") continue;
    let entry = counts.get(finding.projectId);
    if (entry === undefined) {
      entry = { errors: 0, warnings: 0 };
      counts.set(finding.projectId, entry);
    }
    if (finding.severity === "error") entry.errors++;
    else entry.warnings++;
  }
  return counts;
}

/** Fresh = Last Updated no more than staleDays before asOf; a missing Last Updated is not fresh. */
export function isFresh(lastUpdated: DayNumber | null, asOf: DayNumber, staleDays: number): boolean {
  return lastUpdated !== null && asOf - lastUpdated <= staleDays;
}

export interface ComplianceInput {
  readonly phase: Phase | null;
  readonly errors: number;
  readonly fresh: boolean;
}

/** Share of active projects with zero errors and a fresh update; null when no project is active. */
export function complianceShare(projects: readonly ComplianceInput[]): number | null {
  let active = 0;
  let compliant = 0;
  for (const project of projects) {
    if (!isActive(project.phase)) continue;
    active++;
    if (project.errors === 0 && project.fresh) compliant++;
  }
  return ratio(compliant, active);
}
