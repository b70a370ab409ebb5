import type { ExampleMilestone } from "./exampleModel";
import type { Rng } from "./random";
import type { SpecCell } from "./trackerSheets";

export const DEPENDENCY_HEADER: readonly string[] = [
  "From Project",
  "From Milestone",
  "To Project",
  "To Milestone",
];

/**
 * Cross-project dependencies between existing milestones, about one per five projects. Every third
 * one is chosen "at risk" (the From milestone is expected after the To milestone) when the two
 * projects' milestones allow it; the others are chosen safe.
 */
export function generateDependencyRows(
  rng: Rng,
  milestonesByProject: readonly ExampleMilestone[][],
): SpecCell[][] {
  const projects = milestonesByProject.length;
  if (projects < 2) return [];
  const count = Math.max(3, Math.round(projects * 0.2));
  const rows: SpecCell[][] = [];
  for (let d = 0; d < count; d++) {
    const a = rng.int(0, projects - 1);
    const b = (a + rng.int(1, projects - 1)) % projects;
    const fromList = milestonesByProject[a] ?? [];
    const toList = milestonesByProject[b] ?? [];
    if (fromList.length === 0 || toList.length === 0) continue;
    const from = rng.pick(fromList);
    const wantAtRisk = d % 3 === 0;
    const fromDate = expected(from);
    const to =
      toList.find((m) => expected(m) < fromDate === wantAtRisk && m.projectId !== from.projectId) ??
      rng.pick(toList);
    if (to.projectId === from.projectId) continue;
    rows.push([from.projectId, from.name, to.projectId, to.name]);
  }
  return rows;
}

/** Actual, else Forecast, else Baseline date (kpi-definitions: dependencies). */
function expected(m: ExampleMilestone): number {
  return m.actual ?? m.forecast ?? m.baseline;
}
