/**
 * Bench (f) as a functional test: 40 typical PM files (about 50 rows each) go through the pane's
 * consolidation and come out as one portfolio of 120 projects. No timing is asserted here; the
 * time is the bench's (`npm run bench`).
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measureBuild } from "../../scripts/bench/buildBench";
import { BENCH_AS_OF } from "../../scripts/bench/sizes";
import { readXlsxFile } from "../../src/file/readXlsx";
import {
  CONSOLIDATE_FILES,
  consolidateLines,
  measureConsolidate,
  pmTrackerSpec,
  PROJECTS_PER_PM_FILE,
} from "../../scripts/bench/consolidateBench";

describe("bench (f): consolidating 40 PM files", () => {
  it("a PM file has about 50 data rows in the sheets a PM keeps, with IDs of its own", () => {
    const spec = pmTrackerSpec(7, BENCH_AS_OF);
    expect(spec.sheets.map((s) => s.name)).toEqual(["Projects", "Milestones", "Risk Register"]);
    const rows = spec.sheets.reduce((n, s) => n + s.rows.length, 0);
    expect(rows).toBeGreaterThanOrEqual(30);
    expect(rows).toBeLessThanOrEqual(75);
    const ids = spec.sheets[0]?.rows.map((r) => r[0]);
    expect([ids?.length, ids?.[0], ids?.at(-1)]).toEqual([PROJECTS_PER_PM_FILE, "PRJ-7-0001", "PRJ-7-0007"]);
  });

  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "pmo-pulse-consolidate-bench-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads every file and consolidates 280 projects without an error through the Excel test double", async () => {
    const builds: string[] = [];
    const figures = await measureConsolidate(1, BENCH_AS_OF, {
      folder: join(folder, "pm-files"),
      runs: 2,
      build: (path) => {
        builds.push(path);
        return measureBuild(path, folder);
      },
    });
    expect(figures.files).toBe(CONSOLIDATE_FILES);
    expect(figures.projects).toBe(PROJECTS_PER_PM_FILE * CONSOLIDATE_FILES);
    expect(figures.errors).toBe(0);
    // About 50 rows a file on average.
    expect(figures.dataRows / CONSOLIDATE_FILES).toBeGreaterThan(45);
    expect(figures.dataRows / CONSOLIDATE_FILES).toBeLessThan(60);
    expect(figures.readMs).toBeGreaterThan(0);
    const [line] = consolidateLines(figures);
    expect(line).toMatch(/^\(f\) Consolidate trackers in the pane: 40 PM files/);
    process.stdout.write(`${line ?? ""}\n`);
    // The CLI built the folder the 40 files were written to, twice, into a dashboard of its own.
    expect(builds).toEqual([join(folder, "pm-files"), join(folder, "pm-files")]);
    expect(readdirSync(join(folder, "pm-files"))).toHaveLength(CONSOLIDATE_FILES);
    expect(figures.cliBuild?.runs).toBe(2);
    expect(figures.cliBuild?.processMs).toBeGreaterThan(0);
    const dashboard = await readXlsxFile(join(folder, "bench-dashboard.xlsx"));
    const projects = dashboard.sheets.find((s) => s.name === "PMO Projects");
    expect(projects?.cells.height).toBeGreaterThan(PROJECTS_PER_PM_FILE * CONSOLIDATE_FILES);
    expect(consolidateLines(figures)[1]).toMatch(
      /^ {4}The same files in the CLI, `pmo-pulse build <folder>` as a whole process \(median of 2\): \d+ ms, peak RSS \d+ MB$/,
    );
  }, 120_000);
});
