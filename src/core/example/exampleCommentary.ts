import type { ExampleProject } from "./exampleModel";
import type { Rng } from "./random";

/** What a PM writes in Status Comment and Decision Needed (template 1.2) for one project. */
export interface ProjectCommentary {
  readonly statusComment: string | null;
  readonly decisionNeeded: string | null;
}

const COMMENTS: Readonly<Record<ExampleProject["status"], readonly string[]>> = {
  Green: [
    "On plan: build sprint 6 closed, user acceptance testing starts next month.",
    "Vendor onboarding complete; no change to scope, cost or dates.",
    "Pilot go-live went well; rollout to the second site is scheduled.",
  ],
  Amber: [
    "Test environment delivered three weeks late; recovery plan agreed with the supplier.",
    "Two key developers moved to a priority incident; velocity down about 20 %.",
    "Data migration rehearsal found quality issues; a second rehearsal is planned.",
  ],
  Red: [
    "Integration partner missed two drops; the go-live date is no longer achievable.",
    "Cost overrun on licences and contractors; re-forecast under review with Finance.",
    "Scope grew after design sign-off; the baseline no longer reflects the work.",
  ],
};

const DECISIONS: readonly string[] = [
  "Approve release of the $150K contingency to fund the extra contractor.",
  "Agree to move go-live by six weeks, or de-scope the reporting module to hold the date.",
  "Decide whether the second-wave sites join this project or a new one.",
  "Confirm the business owner for data sign-off (vacant since last month).",
];

/**
 * Status comments for about half the running projects (PMs do not all fill it) and a Decision
 * Needed ask on a few projects that are not Green. Drawn from its own stream, so the figures of
 * the example do not move.
 */
export function generateCommentary(rng: Rng, projects: readonly ExampleProject[]): ProjectCommentary[] {
  let decisions = 0;
  return projects.map((p) => {
    const running = p.phase !== "Closed" && p.phase !== "Cancelled";
    const statusComment = running && rng.chance(0.5) ? rng.pick(COMMENTS[p.status]) : null;
    const asks = running && p.status !== "Green" && decisions < DECISIONS.length && rng.chance(0.6);
    const decisionNeeded = asks ? (DECISIONS[decisions++] ?? null) : null;
    return { statusComment, decisionNeeded };
  });
}
