import type { DayNumber } from "../model/dates";
import type { Dependency, Milestone } from "../model/portfolio";
import type { DependencyKpi } from "./report";
import { nameKey } from "../model/names";
import { expectedDate } from "./milestones";

/**
 * Milestones are found by exact Project ID and by `nameKey` (trimmed, case-insensitive), as the
 * validator's scoped references match them. "\u0000" cannot occur in cell text.
 */
export function milestoneKey(projectId: string, milestone: string): string {
  return `${projectId}\u0000${nameKey(milestone)}`;
}

/**
 * Expected date of each milestone of the given projects by key; when a project repeats a name, the
 * first row wins. Only the projects a dependency names: a key is a string built per milestone.
 */
function indexMilestoneDates(
  milestones: readonly Milestone[],
  projects: ReadonlySet<string>,
): Map<string, DayNumber | null> {
  const dates = new Map<string, DayNumber | null>();
  for (const m of milestones) {
    if (m.projectId === null || m.milestone === null || !projects.has(m.projectId)) continue;
    const key = milestoneKey(m.projectId, m.milestone);
    if (!dates.has(key)) dates.set(key, expectedDate(m));
  }
  return dates;
}

/**
 * Every complete dependency row, in input order; at risk when the From milestone is expected later
 * than the To milestone. A milestone that is missing or has no date cannot be judged: not at risk
 * (validation reports the missing reference). Rows missing any of the four fields are left out.
 */
export function dependencyKpis(
  dependencies: readonly Dependency[],
  milestones: readonly Milestone[],
): DependencyKpi[] {
  const named = new Set<string>();
  for (const d of dependencies) {
    if (d.fromProject !== null) named.add(d.fromProject);
    if (d.toProject !== null) named.add(d.toProject);
  }
  const dates = indexMilestoneDates(milestones, named);
  const result: DependencyKpi[] = [];
  for (const d of dependencies) {
    const { fromProject, fromMilestone, toProject, toMilestone } = d;
    if (fromProject === null || fromMilestone === null || toProject === null || toMilestone === null)
      continue;
    const from = dates.get(milestoneKey(fromProject, fromMilestone)) ?? null;
    const to = dates.get(milestoneKey(toProject, toMilestone)) ?? null;
    result.push({
      fromProject,
      fromMilestone,
      toProject,
      toMilestone,
      atRisk: from !== null && to !== null && from > to,
    });
  }
  return result;
}
