/**
 * Local timing check for computeKpis (not part of the suite: jest's testMatch does not pick it up).
 * Run: npx jest --testMatch '**\/throughput.local.ts' --verbose=false
 * (KPI_ROWS=1000000 to check that time grows linearly)
 * Prints allocation rows per second on 200,000 synthetic in-memory allocations.
 */
import { computeKpis } from "../../../src/core/kpi/computeKpis";
import type { Allocation, Project, Resource } from "../../../src/core/model/portfolio";
import { makeAllocation, makePortfolio, makeProject, makeResource, makeSettings, month } from "./factory";

const ROWS = Number(process.env.KPI_ROWS ?? 200_000);
const RESOURCES = 500;
const PROJECTS = 200;
const MONTHS = 24;

function syntheticPortfolio() {
  const first = month("2025-12");
  const projects: Project[] = [];
  for (let p = 0; p < PROJECTS; p++) {
    projects.push(
      makeProject({ projectId: `P${p}`, program: `Program ${p % 7}`, budget: 1000 + p, actualCost: p }),
    );
  }
  const resources: Resource[] = [];
  for (let r = 0; r < RESOURCES; r++) {
    resources.push(
      makeResource({
        resource: `R${r}`,
        role: `Role ${r % 9}`,
        department: `D${r % 4}`,
        annualSalary: 50_000 + r,
      }),
    );
  }
  const allocations: Allocation[] = [];
  for (let i = 0; i < ROWS; i++) {
    allocations.push(
      makeAllocation({
        resource: `R${i % RESOURCES}`,
        projectId: `P${i % PROJECTS}`,
        month: first + (i % MONTHS),
        plannedHours: 10 + (i % 7),
        actualHours: 9 + (i % 5),
      }),
    );
  }
  return makePortfolio({ projects, resources, allocations });
}

it("prints computeKpis throughput", () => {
  const portfolio = syntheticPortfolio();
  const settings = makeSettings();
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = process.hrtime.bigint();
    computeKpis(portfolio, settings);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[3] ?? 0;
  console.log(
    `computeKpis on ${ROWS} allocations: median ${median.toFixed(1)} ms, ` +
      `${Math.round(ROWS / (median / 1000)).toLocaleString("en-US")} rows/s (runs: ${times.map((t) => t.toFixed(1)).join(", ")} ms)`,
  );
});
