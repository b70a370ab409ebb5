/** Role catalogue for the example portfolio: who exists, in which department, paid how. */

export interface RoleProfile {
  readonly role: string;
  readonly department: string;
  /** Annual salary band people of this role are drawn from. */
  readonly salaryMin: number;
  readonly salaryMax: number;
  /** Market benchmark for the role (Salary Benchmarks sheet); some bands sit outside it on purpose. */
  readonly marketMin: number;
  readonly marketMax: number;
  /** Delivery roles are allocated to projects; PMO roles other than Project Manager are overhead. */
  readonly delivery: boolean;
  /**
   * The PMO's published hourly cost rate (Rate Card sheet), for some roles only: the others are
   * priced from their people's median pay or the benchmark midpoint, so the demo shows each source.
   */
  readonly cardRate?: number;
}

export const PMO_ROLES: readonly string[] = [
  "PMO Director",
  "Portfolio Manager",
  "Program Manager",
  "Project Manager",
  "PMO Analyst",
  "Financial Analyst",
];

export const ROLE_PROFILES: readonly RoleProfile[] = [
  role("PMO Director", "PMO", 165_000, 190_000, 150_000, 185_000, false),
  role("Portfolio Manager", "PMO", 125_000, 145_000, 120_000, 150_000, false),
  role("Program Manager", "PMO", 120_000, 150_000, 115_000, 145_000, false),
  role("Project Manager", "PMO", 90_000, 125_000, 95_000, 130_000, true, 62),
  role("PMO Analyst", "PMO", 58_000, 75_000, 60_000, 80_000, false),
  role("Financial Analyst", "Finance", 70_000, 88_000, 68_000, 90_000, false),
  role("Business Analyst", "Business Change", 75_000, 98_000, 78_000, 100_000, true, 52),
  role("Solution Architect", "Technology", 140_000, 170_000, 135_000, 165_000, true),
  role("Software Engineer", "Technology", 95_000, 135_000, 100_000, 140_000, true, 68),
  role("QA Engineer", "Technology", 72_000, 92_000, 80_000, 105_000, true, 48),
  role("Data Engineer", "Data & Analytics", 100_000, 138_000, 98_000, 130_000, true),
  role("Change Manager", "Business Change", 85_000, 105_000, 82_000, 110_000, true),
];

function role(
  name: string,
  department: string,
  salaryMin: number,
  salaryMax: number,
  marketMin: number,
  marketMax: number,
  delivery: boolean,
  cardRate?: number,
): RoleProfile {
  return {
    role: name,
    department,
    salaryMin,
    salaryMax,
    marketMin,
    marketMax,
    delivery,
    ...(cardRate === undefined ? {} : { cardRate }),
  };
}

/**
 * How many people hold each role. Small fixed groups (Director 1, Portfolio Manager 2, Financial
 * Analyst 2, Solution Architect 2, Change Manager 2) stay below the salary-privacy group size of 3
 * so suppression is visible; one Program Manager per program; about one Project Manager per four
 * projects; the rest are engineers and analysts.
 */
export function roleHeadcounts(resources: number, projects: number, programs: number): Map<string, number> {
  const fixed: [string, number][] = [
    ["PMO Director", 1],
    ["Portfolio Manager", 2],
    ["PMO Analyst", 3],
    ["Financial Analyst", 2],
    ["Solution Architect", 2],
    ["Change Manager", 2],
    ["Program Manager", programs],
  ];
  const fixedTotal = fixed.reduce((sum, [, n]) => sum + n, 0);
  const flexibleRoles: [string, number][] = [
    ["Software Engineer", 0.4],
    ["Business Analyst", 0.2],
    ["QA Engineer", 0.2],
    ["Data Engineer", 0.2],
  ];
  const minimum = fixedTotal + 3 + flexibleRoles.length;
  if (resources < minimum) {
    throw new RangeError(
      `The example needs at least ${minimum} resources for ${programs} programs (got ${resources})`,
    );
  }
  const projectManagers = Math.max(
    3,
    Math.min(Math.ceil(projects / 4), Math.floor(resources * 0.25), resources - minimum + 3),
  );
  const counts = new Map<string, number>(fixed);
  counts.set("Project Manager", projectManagers);
  const rest = resources - fixedTotal - projectManagers;
  let assigned = 0;
  flexibleRoles.forEach(([name, share], i) => {
    const n = i === flexibleRoles.length - 1 ? rest - assigned : Math.max(1, Math.floor(rest * share));
    counts.set(name, n);
    assigned += n;
  });
  return counts;
}
