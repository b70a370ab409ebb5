import type { DayNumber } from "../model/dates";
import type { ExamplePhase, ExampleProject, ExampleRag } from "./exampleModel";
import { PORTFOLIO_NAMES, PROJECT_NAMES, SPONSORS } from "./names";
import type { Rng } from "./random";

export interface ProjectPlan {
  readonly count: number;
  readonly programs: readonly string[];
  readonly managers: readonly string[];
  readonly asOf: DayNumber;
  /** Index of a project that repeats the previous project's ID (planted error), or -1. */
  readonly duplicateIdAt: number;
}

const GREEN = 0.95;
const AMBER = 0.85;

/**
 * Projects with consistent earned-value figures: each is drawn with a schedule factor and a cost
 * factor, % Complete and Actual Cost follow from them, and the RAG the PM reports is the RAG the
 * KPI rules compute, except for a few deliberate "watermelons" (reported Green, computed Red) and
 * some optimistic Amber → Green reports.
 */
export function generateProjects(rng: Rng, plan: ProjectPlan): ExampleProject[] {
  const nameOrder = shuffledIndexes(rng, PROJECT_NAMES.length);
  const watermelonTarget = Math.max(2, Math.round(plan.count * 0.04));
  let watermelons = 0;
  const projects: ExampleProject[] = [];
  for (let i = 0; i < plan.count; i++) {
    const round = Math.floor(i / PROJECT_NAMES.length);
    const base = PROJECT_NAMES[nameOrder[i % PROJECT_NAMES.length] ?? 0] ?? "Project";
    const previous = projects[i - 1];
    const id = i === plan.duplicateIdAt && previous ? previous.id : projectId(i);
    const phase = pickPhase(rng, i);
    // Watermelons are spread through the list: every project in Execution until enough exist.
    const watermelon = phase === "Execution" && watermelons < watermelonTarget && i % 3 === 1;
    if (watermelon) watermelons++;
    projects.push(
      drawProject(rng, plan, {
        id,
        name: round === 0 ? base : `${base} (Wave ${round + 1})`,
        program: plan.programs[i < plan.programs.length ? i : rng.int(0, plan.programs.length - 1)] ?? "",
        phase,
        watermelon,
      }),
    );
  }
  return projects;
}

export function projectId(index: number): string {
  return `PRJ-${String(index + 1).padStart(4, "0")}`;
}

interface Identity {
  readonly id: string;
  readonly name: string;
  readonly program: string;
  readonly phase: ExamplePhase;
  readonly watermelon: boolean;
}

function drawProject(rng: Rng, plan: ProjectPlan, who: Identity): ExampleProject {
  const asOf = plan.asOf;
  const budget = Math.round(Math.exp(rng.real(Math.log(50_000), Math.log(5_000_000))) / 1000) * 1000;
  const [schedule, cost] = who.watermelon ? [rng.real(0.55, 0.72), rng.real(0.95, 1.05)] : drawFactors(rng);
  const timing = drawTiming(rng, who.phase, asOf);
  const { start, baselineFinish } = timing;
  const plannedFraction = clamp((asOf - start) / (baselineFinish - start), 0, 1);

  let percentComplete: number;
  let actualFinish: DayNumber | null = null;
  if (who.phase === "Closed") {
    percentComplete = 1;
    actualFinish = Math.min(asOf - 1, Math.max(start + 1, baselineFinish + rng.int(-10, 45)));
  } else if (who.phase === "Initiation") {
    percentComplete = 0;
  } else if (who.phase === "Closing") {
    percentComplete = rng.chance(0.5) ? 1 : rng.int(95, 99) / 100;
    if (percentComplete === 1) actualFinish = Math.max(start + 1, asOf - rng.int(0, 14));
  } else {
    percentComplete = clamp(Math.round(plannedFraction * schedule * 100) / 100, 0.01, 0.98);
  }

  const earned = budget * percentComplete;
  const actualCost = Math.round(earned / cost);
  const plannedValue = rng.chance(0.7) ? Math.round(budget * plannedFraction) : null;
  const pv = plannedValue ?? budget * plannedFraction;
  const pastDue = asOf > baselineFinish && percentComplete < 1 && actualFinish === null;
  const computedRag = pastDue
    ? "Red"
    : worse(grade(pv > 0 ? earned / pv : null), grade(actualCost > 0 ? earned / actualCost : null));
  const status: ExampleRag = who.watermelon
    ? "Green"
    : computedRag === "Amber" && rng.chance(0.3)
      ? "Green"
      : computedRag;

  let forecastFinish: DayNumber | null = null;
  if (actualFinish !== null) forecastFinish = actualFinish;
  else if (pastDue) forecastFinish = asOf + rng.int(14, 120);
  else if (who.phase !== "Initiation" && rng.chance(0.75)) {
    const slip = schedule < GREEN ? Math.round((baselineFinish - start) * (1 / schedule - 1)) : 0;
    forecastFinish = baselineFinish + slip;
  }

  const stale = rng.chance(0.12);
  return {
    id: who.id,
    name: who.name,
    program: who.program,
    portfolio: PORTFOLIO_NAMES[plan.programs.indexOf(who.program) % PORTFOLIO_NAMES.length] ?? "",
    manager: rng.pick(plan.managers),
    sponsor: rng.pick(SPONSORS),
    phase: who.phase,
    status,
    computedRag,
    watermelon: status === "Green" && computedRag === "Red",
    priority: rng.pick(["Critical", "High", "High", "Medium", "Medium", "Medium", "Low"]),
    strategicScore: rng.int(1, 5),
    start,
    baselineFinish,
    forecastFinish,
    actualFinish,
    budget,
    actualCost,
    plannedValue,
    percentComplete,
    lastUpdated: asOf - (stale ? rng.int(40, 120) : rng.int(0, 21)),
    scheduleFactor: schedule,
  };
}

/** Schedule and cost factors: on track, behind, over budget, or both. */
function drawFactors(rng: Rng): [number, number] {
  const r = rng.next();
  if (r < 0.55) return [rng.real(0.97, 1.08), rng.real(0.97, 1.1)];
  if (r < 0.75) return [rng.real(0.75, 0.93), rng.real(0.96, 1.05)];
  if (r < 0.9) return [rng.real(0.97, 1.05), rng.real(0.72, 0.92)];
  return [rng.real(0.7, 0.9), rng.real(0.7, 0.9)];
}

function drawTiming(
  rng: Rng,
  phase: ExamplePhase,
  asOf: DayNumber,
): { start: DayNumber; baselineFinish: DayNumber } {
  switch (phase) {
    case "Initiation": {
      const start = asOf + rng.int(5, 90);
      return { start, baselineFinish: start + rng.int(180, 720) };
    }
    case "Planning": {
      const start = asOf - rng.int(30, 90);
      return { start, baselineFinish: start + rng.int(240, 540) };
    }
    case "Closing": {
      const duration = rng.int(180, 720);
      const start = asOf - duration + rng.int(-20, 20);
      return { start, baselineFinish: start + duration };
    }
    case "Closed": {
      const duration = rng.int(180, 600);
      const start = asOf - duration - rng.int(10, 300);
      return { start, baselineFinish: start + duration };
    }
    default: {
      const elapsed = rng.int(60, 540);
      const start = asOf - elapsed;
      // About one in ten running projects is already past its baseline finish (late).
      const duration = rng.chance(0.1) ? elapsed - rng.int(10, 50) : elapsed + rng.int(30, 420);
      return { start, baselineFinish: start + duration };
    }
  }
}

const PHASES: readonly [ExamplePhase, number][] = [
  ["Initiation", 0.05],
  ["Planning", 0.1],
  ["Execution", 0.6],
  ["Closing", 0.07],
  ["Closed", 0.1],
  ["On Hold", 0.05],
  ["Cancelled", 0.03],
];

function pickPhase(rng: Rng, index: number): ExamplePhase {
  // The first rows are all running projects so that small examples still show every KPI.
  if (index < 3) return "Execution";
  let r = rng.next();
  for (const [phase, share] of PHASES) {
    if (r < share) return phase;
    r -= share;
  }
  return "Execution";
}

function grade(index: number | null): ExampleRag {
  if (index === null || index >= GREEN) return "Green";
  return index >= AMBER ? "Amber" : "Red";
}

function worse(a: ExampleRag, b: ExampleRag): ExampleRag {
  const rank: Record<ExampleRag, number> = { Green: 0, Amber: 1, Red: 2 };
  return rank[a] >= rank[b] ? a : b;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function shuffledIndexes(rng: Rng, length: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  return order;
}
