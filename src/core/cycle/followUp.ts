import type { KpiReport } from "../kpi/report";
import { isActive } from "../kpi/scope";
import { compareText } from "../kpi/sortText";
import type { ProjectHistoryRow } from "./history";

/** One Project Manager to chase (monthly-cycle.md "Follow-up"). */
export interface FollowUpEntry {
  readonly projectManager: string;
  readonly projects: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  /** Projects whose Last Updated is older than staleDays. */
  readonly stale: readonly string[];
  /** Projects without a Last Updated. */
  readonly missingUpdates: readonly string[];
}

/** The name under which projects without a Project Manager are listed. */
export const NO_PROJECT_MANAGER = "(no Project Manager)";

interface Draft {
  projects: string[];
  errors: number;
  warnings: number;
  stale: string[];
  missingUpdates: string[];
}

/**
 * The chase list: one entry per Project Manager of the active projects, with their projects'
 * error and warning counts, stale trackers and trackers never dated; ordered by errors, then
 * stale count (both descending), then name. Project IDs are sorted.
 */
export function followUpList(report: KpiReport, rows: readonly ProjectHistoryRow[]): FollowUpEntry[] {
  const managerOf = new Map(rows.map((r) => [r.projectId, r]));
  const drafts = new Map<string, Draft>();
  for (const p of report.projects) {
    if (!isActive(p.phase)) continue;
    const row = managerOf.get(p.projectId);
    const manager = row?.projectManager ?? NO_PROJECT_MANAGER;
    let d = drafts.get(manager);
    if (d === undefined) {
      d = { projects: [], errors: 0, warnings: 0, stale: [], missingUpdates: [] };
      drafts.set(manager, d);
    }
    d.projects.push(p.projectId);
    d.errors += p.errors;
    d.warnings += p.warnings;
    if (row?.lastUpdated == null) d.missingUpdates.push(p.projectId);
    else if (!p.fresh) d.stale.push(p.projectId);
  }
  const sorted = (ids: string[]) => [...ids].sort(compareText);
  return [...drafts.entries()]
    .map(([projectManager, d]) => ({
      projectManager,
      projects: sorted(d.projects),
      errors: d.errors,
      warnings: d.warnings,
      stale: sorted(d.stale),
      missingUpdates: sorted(d.missingUpdates),
    }))
    .sort(
      (a, b) =>
        b.errors - a.errors ||
        b.stale.length - a.stale.length ||
        compareText(a.projectManager, b.projectManager),
    );
}
