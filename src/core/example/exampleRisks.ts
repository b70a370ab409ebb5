import type { DayNumber } from "../model/dates";
import type { ExampleProject } from "./exampleModel";
import { ASSUMPTION_TITLES, ISSUE_TITLES, RISK_CATEGORIES, RISK_TITLES } from "./names";
import type { Rng } from "./random";
import type { SpecCell } from "./trackerSheets";

export const RISK_HEADER: readonly string[] = [
  "Risk ID",
  "Project ID",
  "Title",
  "RAID Type",
  "Category",
  "Likelihood",
  "Impact",
  "Risk Owner",
  "Status",
  "Due Date",
];

const SCALE_WORDS: readonly (readonly string[])[] = [
  ["Very Low", "VL"],
  ["Low", "L"],
  ["Medium", "Med", "M"],
  ["High", "H"],
  ["Very High", "VH"],
];

/**
 * A RAID-style register: mostly risks, with some Issue and Assumption rows that are not risks.
 * Likelihood and Impact mix numbers 1–5 with words (High, Med, …); a shared category list makes
 * some categories span three or more projects (systemic). Some due dates are already past.
 */
export function generateRiskRows(
  rng: Rng,
  projects: readonly ExampleProject[],
  asOf: DayNumber,
  isoOf: (day: DayNumber) => string,
): SpecCell[][] {
  const rows: SpecCell[][] = [];
  projects.forEach((project, p) => {
    const closed = project.phase === "Closed" || project.phase === "Cancelled";
    // The first projects always carry risks so small examples (and the planted row 2) have some.
    const count = p < 3 ? rng.int(1, 3) : closed ? rng.int(0, 1) : rng.int(0, 4);
    for (let k = 0; k < count; k++) {
      const r = rows.length < 3 ? 0 : rng.next();
      const type = r < 0.85 ? "Risk" : r < 0.93 ? "Issue" : "Assumption";
      const title =
        type === "Risk"
          ? rng.pick(RISK_TITLES)
          : type === "Issue"
            ? rng.pick(ISSUE_TITLES)
            : rng.pick(ASSUMPTION_TITLES);
      rows.push([
        `R-${String(rows.length + 1).padStart(4, "0")}`,
        project.id,
        title,
        type,
        rng.pick(RISK_CATEGORIES),
        scaleValue(rng),
        scaleValue(rng),
        project.manager,
        closed
          ? "Closed"
          : rng.pick(["Open", "Open", "Open", "Mitigating", "Mitigating", "Closed", "Monitoring"]),
        { date: isoOf(asOf + rng.int(-45, 120)) },
      ]);
    }
  });
  return rows;
}

/** 1–5, as a number or (one time in three) as a word. */
function scaleValue(rng: Rng): SpecCell {
  const level = rng.int(1, 5);
  return rng.chance(0.33) ? rng.pick(SCALE_WORDS[level - 1] ?? ["Medium"]) : level;
}
