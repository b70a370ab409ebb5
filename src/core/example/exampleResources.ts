import type { ExampleResource } from "./exampleModel";
import { FIRST_NAMES, LAST_NAMES } from "./names";
import type { Rng } from "./random";
import { ROLE_PROFILES, roleHeadcounts } from "./roles";
import { coprimeStride } from "./stride";

/**
 * People by role (see `roleHeadcounts`), with salaries drawn from each role's band. Some engineers
 * are contractors with an Hourly Rate and no salary; some work part time.
 */
export function generateResources(
  rng: Rng,
  count: number,
  projects: number,
  programs: number,
): ExampleResource[] {
  const headcounts = roleHeadcounts(count, projects, programs);
  const names = uniqueNames(rng);
  const resources: ExampleResource[] = [];
  for (const profile of ROLE_PROFILES) {
    const n = headcounts.get(profile.role) ?? 0;
    for (let k = 0; k < n; k++) {
      const salary = Math.round(rng.real(profile.salaryMin, profile.salaryMax) / 500) * 500;
      const contractor =
        (profile.role === "Software Engineer" || profile.role === "Data Engineer") &&
        k >= 3 &&
        rng.chance(0.15);
      const fte = rng.chance(0.85) ? 1 : rng.pick([0.8, 0.6, 0.5]);
      resources.push({
        name: names(resources.length),
        role: profile.role,
        department: profile.department,
        annualSalary: contractor ? null : salary,
        hourlyRate: contractor ? Math.round((salary / 2080) * 1.4) : null,
        fte,
        weeklyCapacity: Math.round(40 * fte),
      });
    }
  }
  return resources;
}

/**
 * Distinct "First Last" names in O(1) each: index i walks the first × last grid with a seeded
 * offset and a stride coprime to the grid size, so no name repeats within one grid; past the grid
 * a number is appended ("Alex Chen 2").
 */
function uniqueNames(rng: Rng): (index: number) => string {
  const grid = FIRST_NAMES.length * LAST_NAMES.length;
  const offset = rng.int(0, grid - 1);
  const stride = coprimeStride(grid, rng.int(grid / 3, grid - 1));
  return (index) => {
    const cell = (offset + (index % grid) * stride) % grid;
    const first = FIRST_NAMES[cell % FIRST_NAMES.length] ?? "";
    const last = LAST_NAMES[Math.floor(cell / FIRST_NAMES.length)] ?? "";
    const round = Math.floor(index / grid);
    return round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`;
  };
}
