import type { Resource, SalaryBenchmark } from "../model/portfolio";
import type { SalaryRow } from "./report";
import { isPayGroupSuppressed } from "./payPrivacy";
import { groupResources } from "./resources";

export type BandStatus = "below" | "within" | "above";

/** Median of ascending numbers; null when empty. @example median([1, 3, 10, 20]) // 6.5 */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const upper = sorted[n >> 1] ?? 0;
  return n % 2 === 1 ? upper : ((sorted[(n >> 1) - 1] ?? 0) + upper) / 2;
}

/** A median against the market band [min, max], bounds inclusive. */
export function bandStatus(value: number, marketMin: number, marketMax: number): BandStatus {
  if (value < marketMin) return "below";
  return value > marketMax ? "above" : "within";
}

/** Benchmarks by role, trimmed and case-insensitive; the first row for a role wins. */
function indexBenchmarks(benchmarks: readonly SalaryBenchmark[]): Map<string, SalaryBenchmark> {
  const byRole = new Map<string, SalaryBenchmark>();
  for (const benchmark of benchmarks) {
    if (benchmark.role === null) continue;
    const key = benchmark.role.trim().toLowerCase();
    if (!byRole.has(key)) byRole.set(key, benchmark);
  }
  return byRole;
}

/**
 * Salary summary per role (roles sorted): headcount, Σ FTE (default 1) and, over the people with an
 * Annual Salary, min/median/mean/max. Fewer than minGroupSize people with a salary: the figures are
 * null and suppressed is true (privacy, `isPayGroupSuppressed`), and so is bandStatus. Market figures are not personal: always shown.
 */
export function salaryByRole(
  resources: readonly Resource[],
  benchmarks: readonly SalaryBenchmark[],
  minGroupSize: number,
): SalaryRow[] {
  const market = indexBenchmarks(benchmarks);
  return groupResources(resources, (r) => r.role).map(({ key: role, members }) => {
    let fte = 0;
    const people: Resource[] = [];
    const salaries: number[] = [];
    for (const position of members) {
      const person = resources[position];
      if (person === undefined) continue;
      people.push(person);
      fte += person.fte ?? 1;
      if (person.annualSalary !== null) salaries.push(person.annualSalary);
    }
    const suppressed = isPayGroupSuppressed(people, "salary", minGroupSize);
    const shown = suppressed || salaries.length === 0 ? null : salaries.sort((a, b) => a - b);
    const mid = shown === null ? null : median(shown);
    const benchmark = market.get(role.trim().toLowerCase());
    const marketMin = benchmark?.marketMin ?? null;
    const marketMax = benchmark?.marketMax ?? null;
    return {
      role,
      headcount: members.length,
      fte,
      min: shown?.[0] ?? null,
      median: mid,
      mean: shown === null ? null : shown.reduce((sum, s) => sum + s, 0) / shown.length,
      max: shown?.[shown.length - 1] ?? null,
      suppressed,
      marketMin,
      marketMax,
      bandStatus:
        mid === null || marketMin === null || marketMax === null
          ? null
          : bandStatus(mid, marketMin, marketMax),
    };
  });
}
