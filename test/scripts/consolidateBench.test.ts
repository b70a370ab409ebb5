/**
 * Bench (f) as a functional test: 40 typical PM files (about 50 rows each) go through the pane's
 * consolidation and come out as one portfolio of 120 projects. No timing is asserted here; the
 * time is the bench's (`npm run bench`).
 */
import { BENCH_AS_OF } from "../../scripts/bench/sizes";
import {
  CONSOLIDATE_FILES,
  consolidateLines,
  measureConsolidate,
  pmTrackerSpec,
} from "../../scripts/bench/consolidateBench";

describe("bench (f): consolidating 40 PM files", () => {
  it("a PM file has about 50 data rows in the sheets a PM keeps, with IDs of its own", () => {
    const spec = pmTrackerSpec(7, BENCH_AS_OF);
    expect(spec.sheets.map((s) => s.name)).toEqual([
      "Projects",
      "Milestones",
      "Risk Register",
      "Allocations",
    ]);
    const rows = spec.sheets.reduce((n, s) => n + s.rows.length, 0);
    expect(rows).toBeGreaterThanOrEqual(40);
    expect(rows).toBeLessThanOrEqual(60);
    expect(spec.sheets[0]?.rows.map((r) => r[0])).toEqual(["PRJ-7-0001", "PRJ-7-0002", "PRJ-7-0003"]);
  });

  it("reads every file and consolidates 120 projects through the Excel test double", async () => {
    const figures = await measureConsolidate(1, BENCH_AS_OF);
    expect(figures.files).toBe(CONSOLIDATE_FILES);
    expect(figures.projects).toBe(3 * CONSOLIDATE_FILES);
    expect(figures.dataRows).toBeGreaterThan(40 * CONSOLIDATE_FILES);
    expect(figures.readMs).toBeGreaterThan(0);
    const [line] = consolidateLines(figures);
    expect(line).toMatch(/^\(f\) Consolidate trackers in the pane: 40 PM files/);
    process.stdout.write(`${line ?? ""}\n`);
  }, 120_000);
});
