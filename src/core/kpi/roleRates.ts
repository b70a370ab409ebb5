import type { RateCardRow, Resource, SalaryBenchmark } from "../model/portfolio";
import type { RoleRate } from "./report";
import { groupResources } from "./resources";
import { median } from "./salary";
import { hourlyRate } from "./cost";

/** The benchmark row of a role: trimmed, case-insensitive, the first row wins (as in the salary table). */
function benchmarkFor(benchmarks: readonly SalaryBenchmark[], role: string): SalaryBenchmark | undefined {
  const key = role.trim().toLowerCase();
  return benchmarks.find((b) => b.role !== null && b.role.trim().toLowerCase() === key);
}

export interface RateInputs {
  readonly resources: readonly Resource[];
  readonly rateCard: readonly RateCardRow[];
  readonly benchmarks: readonly SalaryBenchmark[];
  readonly hoursPerYear: number;
  readonly minGroupSize: number;
}

/**
 * The hourly rate each role's hours are priced at (kpi-definitions v2: labour by role, never by
 * person), the first of: the Rate Card row for the role (exact role text, first row wins);
 * the median of the role's personal rates (Hourly Rate, else Annual Salary / hoursPerYear) when at
 * least minGroupSize people have one; the Salary Benchmarks midpoint / hoursPerYear; else none.
 *
 * The pay median is a group figure, published here as the role's rate: an odd group's median is
 * one member's rate, as the salary median is one member's salary, but it does not say whose, and no
 * cost figure can single out a person because every hour of the role is priced at this same rate.
 * Roles sorted as the salary table sorts them.
 */
export function roleRates(inputs: RateInputs): RoleRate[] {
  const card = new Map<string, number>();
  for (const row of inputs.rateCard) {
    if (row.role !== null && row.hourlyRate !== null && !card.has(row.role))
      card.set(row.role, row.hourlyRate);
  }
  return groupResources(inputs.resources, (r) => r.role).map(({ key: role, members }): RoleRate => {
    const published = card.get(role);
    if (published !== undefined) return { role, hourlyRate: published, source: "rate-card" };
    const personal: number[] = [];
    for (const position of members) {
      const person = inputs.resources[position];
      const rate = person === undefined ? null : hourlyRate(person, inputs.hoursPerYear);
      if (rate !== null) personal.push(rate);
    }
    if (personal.length >= inputs.minGroupSize && personal.length > 0) {
      return { role, hourlyRate: median(personal.sort((a, b) => a - b)), source: "pay-median" };
    }
    const band = benchmarkFor(inputs.benchmarks, role);
    if (band?.marketMin != null && band.marketMax != null && inputs.hoursPerYear > 0) {
      return {
        role,
        hourlyRate: (band.marketMin + band.marketMax) / 2 / inputs.hoursPerYear,
        source: "benchmark",
      };
    }
    return { role, hourlyRate: null, source: null };
  });
}

/**
 * Each resource's role rate by position; NaN when the role has no rate (or the person no role), so
 * a loop can tell priced hours from unpriced ones without a lookup.
 */
export function ratesByPosition(resources: readonly Resource[], rates: readonly RoleRate[]): Float64Array {
  const byRole = new Map<string, number>();
  for (const rate of rates) if (rate.hourlyRate !== null) byRole.set(rate.role, rate.hourlyRate);
  const out = new Float64Array(resources.length);
  resources.forEach((person, position) => {
    out[position] = (person.role === null ? undefined : byRole.get(person.role)) ?? Number.NaN;
  });
  return out;
}
