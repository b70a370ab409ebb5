import type { ExampleOptions } from "../../src/core/example";

/** One benchmark portfolio: the example generator's shape at a given scale. */
export interface BenchSize {
  /** Short label for the tables, e.g. `5,000/200k`. */
  readonly label: string;
  readonly projects: number;
  readonly programs: number;
  readonly resources: number;
  readonly allocationRows: number;
  /**
   * `reference`: the size issue 8's build targets are set for (5,000/200k), where the Office.js
   * path and the history cost are measured too; `scale`: the 20,000/800k check that the build
   * grows no faster than the data (read, engine and build only); `plain`: the smaller sizes.
   */
  readonly role: "plain" | "reference" | "scale";
}

/** The report date every benchmark portfolio is generated for (the demo's month-end). */
export const BENCH_AS_OF = "2026-10-31";

/** Months of allocations; the generator spreads the exact row count over people × projects × months. */
const MONTHS = 12;
const SEED = 7;

/** Projects/allocations grow 400×; people grow with them (2 per project), programs slowly. */
export const FULL_SIZES: readonly BenchSize[] = [
  { label: "50/2k", projects: 50, programs: 4, resources: 100, allocationRows: 2_000, role: "plain" },
  { label: "500/20k", projects: 500, programs: 10, resources: 1_000, allocationRows: 20_000, role: "plain" },
  {
    label: "2,000/80k",
    projects: 2_000,
    programs: 20,
    resources: 4_000,
    allocationRows: 80_000,
    role: "plain",
  },
  {
    label: "5,000/200k",
    projects: 5_000,
    programs: 40,
    resources: 10_000,
    allocationRows: 200_000,
    role: "reference",
  },
  {
    label: "20,000/800k",
    projects: 20_000,
    programs: 160,
    resources: 40_000,
    allocationRows: 800_000,
    role: "scale",
  },
];

/** `--quick`: the smallest size only (a smoke run; the full run is what the figures quote). */
export const QUICK_SIZES: readonly BenchSize[] = FULL_SIZES.slice(0, 1);

/** Generator options for a size: clean data (no planted errors), the same for every run. */
export function sizeOptions(size: BenchSize): ExampleOptions {
  return {
    seed: SEED,
    projects: size.projects,
    programs: size.programs,
    resources: size.resources,
    months: MONTHS,
    asOf: BENCH_AS_OF,
    allocationRows: size.allocationRows,
    withErrors: false,
  };
}
