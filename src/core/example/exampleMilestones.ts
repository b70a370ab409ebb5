import type { DayNumber } from "../model/dates";
import type { ExampleMilestone, ExampleProject } from "./exampleModel";
import { MILESTONE_NAMES } from "./names";
import type { Rng } from "./random";

/**
 * 3–6 milestones per project, spread evenly from Start to Baseline Finish. Past milestones are
 * mostly complete (some late), some overdue with a new forecast; future ones slip in projects
 * that run behind. Actual dates are never after the as-of date.
 */
export function generateMilestones(
  rng: Rng,
  projects: readonly ExampleProject[],
  asOf: DayNumber,
): ExampleMilestone[][] {
  return projects.map((project) => {
    const count = rng.int(3, MILESTONE_NAMES.length);
    const names = keepInOrder(rng, MILESTONE_NAMES, count);
    const duration = project.baselineFinish - project.start;
    const behind = project.scheduleFactor < 0.95;
    return names.map((name, j) => {
      const baseline =
        j === count - 1 ? project.baselineFinish : project.start + Math.round((duration * (j + 1)) / count);
      return drawMilestone(rng, project, name, baseline, asOf, behind);
    });
  });
}

function drawMilestone(
  rng: Rng,
  project: ExampleProject,
  name: string,
  baseline: DayNumber,
  asOf: DayNumber,
  behind: boolean,
): ExampleMilestone {
  const base = { projectId: project.id, name, baseline };
  if (project.phase === "Closed" || (baseline <= asOf && rng.chance(behind ? 0.6 : 0.85))) {
    const late = rng.chance(behind ? 0.6 : 0.2);
    const actual = Math.min(
      asOf,
      Math.max(project.start, baseline + (late ? rng.int(1, 30) : rng.int(-7, 0))),
    );
    return { ...base, forecast: null, actual, status: rng.chance(0.8) ? "Complete" : "Done" };
  }
  if (baseline <= asOf) {
    return {
      ...base,
      forecast: asOf + rng.int(7, 60),
      actual: null,
      status: rng.pick(["In Progress", "Late", "At Risk"]),
    };
  }
  const slip = behind ? rng.int(5, 45) : 0;
  const forecast = slip > 0 || rng.chance(0.6) ? baseline + slip : null;
  const status = baseline - asOf <= 45 ? "In Progress" : rng.pick(["Not Started", "Not Started", "Pending"]);
  return { ...base, forecast, actual: null, status };
}

/** `count` items of `items`, in their original order, dropping the others at random. */
function keepInOrder<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const kept: T[] = [];
  let needed = count;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const left = items.length - i;
    if (rng.next() < needed / left) {
      kept.push(item);
      needed--;
    }
  }
  return kept;
}
