import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_EXAMPLE_OPTIONS, generateExamplePortfolio } from "../../src/core/example";
import { DEFAULT_SETTINGS } from "../../src/core/model/settings";
import { readXlsxBuffer } from "../../src/file/readXlsx";
import { trackerXlsxBuffer } from "../../src/file/writeTrackerXlsx";
import { summariseBuilds, summarisePandas } from "../../scripts/bench/buildBench";
import { fastestInTurn } from "../../scripts/bench/historyBench";
import { historyProcessFigures, measureHistoryProcesses } from "../../scripts/bench/historyProcessBench";
import { medianRun } from "../../scripts/bench/medianRun";
import { measureOffice } from "../../scripts/bench/officeBench";
import { summariseReads, type ReadTiming } from "../../scripts/bench/readBench";
import { formatReport } from "../../scripts/bench/report";
import type { BenchResults } from "../../scripts/bench/runBench";
import { runBench } from "../../scripts/bench/runBench";
import { BENCH_AS_OF, FULL_SIZES, QUICK_SIZES } from "../../scripts/bench/sizes";
import { startupFigures, startupLines } from "../../scripts/bench/startupBench";
import { buildVerdicts, pandasVerdict, readVerdict } from "../../scripts/bench/targets";
import { countDataRows, rawWorkbookOfSpec } from "../../scripts/bench/specToRaw";
import { formatBytes, formatCount, formatMs, formatTable } from "../../scripts/bench/table";
import { rowsGrid } from "../../src/core/model/rowsGrid";
import { plainBook } from "../support/rawGrid";

const FIVE_MB = 5 * 1024 * 1024;

describe("rawWorkbookOfSpec", () => {
  it("gives exactly what the .xlsx reader returns for the written tracker (so (b) measures the same tables)", async () => {
    const spec = generateExamplePortfolio({ ...DEMO_EXAMPLE_OPTIONS, asOf: BENCH_AS_OF, withErrors: true });
    const fromFile = await readXlsxBuffer(await trackerXlsxBuffer(spec), "demo.xlsx");
    expect(plainBook(rawWorkbookOfSpec(spec, "demo.xlsx"))).toEqual(plainBook(fromFile));
  });

  it("counts data rows below each header", () => {
    const spec = generateExamplePortfolio({
      ...DEMO_EXAMPLE_OPTIONS,
      asOf: BENCH_AS_OF,
      allocationRows: 123,
    });
    const rows = countDataRows(spec);
    expect(rows.allocations).toBe(123);
    expect(rows.all).toBe(spec.sheets.reduce((n, s) => n + s.rows.length, 0));
  });
});

describe("table formatting", () => {
  it("aligns the first column left and the others right", () => {
    expect(
      formatTable(
        ["size", "ms"],
        [
          ["50/2k", "5.88"],
          ["5,000/200k", "509"],
        ],
      ),
    ).toBe(["size          ms", "----------  ----", "50/2k       5.88", "5,000/200k   509"].join("\n"));
  });

  it("formats counts, milliseconds and bytes", () => {
    expect(formatCount(1_234_567.8)).toBe("1,234,568");
    expect([formatMs(5.876), formatMs(16.84), formatMs(1234.4)]).toEqual(["5.88", "16.8", "1,234"]);
    expect([formatBytes(92_345), formatBytes(7_912_000)]).toEqual(["92 KB", "7.9 MB"]);
    expect(formatMs(Number.NaN)).toBe("n/a");
  });
});

describe("measureOffice", () => {
  it("reports FAIL with the reason when a response would be over 5 MB", async () => {
    const huge = {
      file: "huge.xlsx",
      date1904: false,
      sheets: [{ name: "Notes", top: 1, left: 1, cells: rowsGrid([["x".repeat(6_000_000)]]) }],
    };
    const figures = await measureOffice(huge, { ...DEFAULT_SETTINGS, asOf: BENCH_AS_OF });
    expect(figures.withinLimit).toBe(false);
    expect(figures.failure).toMatch(/Reading the workbook/);
    expect(figures.maxResponseBytes).toBeGreaterThan(FIVE_MB);
  });
});

describe("runBench --quick building blocks", () => {
  let dir: string;
  let results: BenchResults;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "bench-test-"));
    results = await runBench({
      sizes: QUICK_SIZES,
      tempDir: dir,
      engineRuns: 1,
      dashboardRuns: 1,
      quick: true,
      log: () => undefined,
    });
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("measures reading the .xlsx", () => {
    const [size] = results.sizes;
    expect(size?.size.label).toBe("50/2k");
    expect(size?.rows.allocations).toBe(2_000);
    const read = size?.read;
    expect(read?.inChildProcess).toBe(false);
    expect(read?.gridRows).toBeGreaterThan(size?.rows.all ?? Infinity);
    for (const value of [
      read?.wallMs,
      read?.fileBytes,
      read?.rowsPerSecond,
      read?.allocationRowsPerSecond,
      read?.peakRssBytes,
      read?.peakHeapBytes,
    ]) {
      expect(value).toBeGreaterThan(0);
    }
  });

  it("measures the engine, its stages and the target check", () => {
    const engine = results.sizes[0]?.engine;
    expect(engine?.runs).toBeGreaterThanOrEqual(1);
    for (const value of [
      engine?.bestMs,
      engine?.medianMs,
      engine?.allocationRowsPerSecond,
      engine?.nsPerRow,
      engine?.validateMs,
      engine?.kpisMs,
      engine?.normaliseMs,
      engine?.normaliseRowsPerSecond,
      engine?.analyseMs,
    ]) {
      expect(value).toBeGreaterThan(0);
    }
    // Heap figures need full collections on demand (the bench runs Node with --expose-gc; Jest
    // does not): without them they are not measured, rather than noise that may even be 0.
    for (const heap of [engine?.tablesHeapBytes, engine?.engineHeapBytes]) {
      if (typeof gc === "function") expect(heap).toBeGreaterThan(0);
      else expect(heap).toBeNaN();
    }
    // The quick size is below the judged threshold: shown, not judged.
    expect(engine?.judged).toBe((results.sizes[0]?.rows.allocations ?? 0) >= 20_000);
    expect(engine?.meetsTarget).toBe(
      engine?.judged === true ? (engine.allocationRowsPerSecond ?? 0) >= 1_000_000 : true,
    );
    expect(results.targets.enginePass).toBe(engine?.meetsTarget);
  });

  it("measures the dashboard plan and write against the read", () => {
    const size = results.sizes[0];
    const dashboard = size?.dashboard ?? null;
    expect(dashboard?.sheets).toBe(6);
    for (const value of [dashboard?.planMs, dashboard?.writeMs, dashboard?.dashboardBytes]) {
      expect(value).toBeGreaterThan(0);
    }
    expect(dashboard?.writeToReadRatio).toBeCloseTo(
      ((dashboard?.planMs ?? 0) + (dashboard?.writeMs ?? 0)) / (size?.read.wallMs ?? 1),
    );
  });

  it("times the build and the history; the quick size is shown, not judged", () => {
    const size = results.sizes[0];
    expect(size?.build.exitCode).toBe(0);
    expect(size?.build.processMs).toBeGreaterThan(0);
    expect(size?.verdicts).toEqual({ read: null, build: null });
    const history = results.history;
    expect(history?.judged).toBe(false);
    expect(history?.projectRows).toBe(50 * 36);
    expect(history?.readBackMs).toBeGreaterThan(0);
    expect(history?.buildWithHistoryMs).toBeGreaterThan(0);
    // The same as the CLI builds it, with --previous the 36-period dashboard the bench wrote.
    expect(history?.processes?.exitCode).toBe(0);
    expect(history?.processes?.runs).toBe(1);
    expect(history?.processes?.withPreviousMs).toBeGreaterThan(0);
    expect(results.targets.historyPass).toBe(true);
    // The pandas ratio is judged at 5,000/200k only.
    expect(results.targets.pandasPass).toBeNull();
    expect(results.targets.allPass).toBe(
      results.targets.enginePass &&
        results.targets.officePayloadPass &&
        results.targets.readBuildPass &&
        results.targets.consolidatePass &&
        results.targets.startupPass,
    );
  });

  it("times the start-up of --help and of validating a one-project workbook against a bare node", () => {
    const startup = results.startup;
    expect(startup?.runs).toBe(1);
    for (const ms of [startup?.nodeMs, startup?.helpMs, startup?.validateMs]) expect(ms).toBeGreaterThan(0);
    // Loading the CLI and reading a workbook cost more than starting Node alone.
    expect(startup?.validateMs).toBeGreaterThan(startup?.nodeMs ?? Infinity);
    expect(startup?.helpRatio).toBeCloseTo((startup?.helpMs ?? 0) / (startup?.nodeMs ?? 1), 10);
    expect(results.targets.startupPass).toBe(startup?.meetsTarget);
  });

  it("runs the Office.js path for the demo and the largest size, within the 5 MB limit", () => {
    expect(results.office.map((o) => o.portfolio)).toEqual(["demo (40 projects, planted errors)", "50/2k"]);
    for (const { figures } of results.office) {
      // A small workbook: read = list + used ranges + one data batch; refresh = inspect + write +
      // commit + freeze (panes are frozen after the commit, where a failure cannot undo the refresh).
      expect(figures.readSyncs).toBe(3);
      expect(figures.refreshSyncs).toBe(4);
      expect(figures.limitBytes).toBe(FIVE_MB);
      expect(figures.maxRequestBytes).toBeGreaterThan(0);
      expect(figures.maxResponseBytes).toBeGreaterThan(0);
      expect(figures.withinLimit).toBe(true);
      expect(figures.failure).toBeUndefined();
      expect(figures.dashboardSheets).toBe(6);
      expect(figures.read.ourMs).toBeGreaterThan(0);
      expect(figures.refresh.syncMs).toBeGreaterThan(0);
    }
    expect(results.targets.officePayloadPass).toBe(true);
  });

  it("prints every section with its verdicts", () => {
    const report = formatReport(results);
    for (const heading of [
      "(a) Reading",
      "(b) Validate + KPIs",
      "(c) Dashboard",
      "(d) Office.js",
      "(e) Issue 8",
      "(f) Consolidate trackers",
      "(g) Monthly cycle",
      "(h) Start-up",
    ]) {
      expect(report).toContain(heading);
    }
    expect(report).toMatch(
      /Engine ≥ 1,000,000 allocation rows\/s at every size from 20,000 allocation rows: (PASS|FAIL)/,
    );
    expect(report).toContain("Office.js requests and responses under 5 MB: PASS");
    expect(report).toMatch(/Dashboard plan \+ write against reading the tracker: \d+ % of the read time/);
    expect(report).toContain("A 36-period history adds under 20 % to the build: n/a (judged at 5,000/200k)");
    expect(report).toMatch(
      /The 5,000\/200k build ≤ 0\.10× the pandas \+ openpyxl script: n\/a \((judged at 5,000\/200k|pandas or openpyxl missing)\)/,
    );
    expect(report).toMatch(
      /as whole `pmo-pulse build` processes \(1 pair run in turn; medians\): [\d,.]+ ms alone, [\d,.]+ ms with --previous; each pair's added share, median: [+-]\d+ % \(target < \+20 %: n\/a\)/,
    );
  });
});

describe("issue 8's sizes and verdicts", () => {
  it("has the 5,000/200k reference size and the 20,000/800k scale size; --quick only the smallest", () => {
    expect(
      FULL_SIZES.filter((s) => s.role !== "plain").map((s) => [s.label, s.projects, s.allocationRows]),
    ).toEqual([
      ["5,000/200k", 5_000, 200_000],
      ["20,000/800k", 20_000, 800_000],
    ]);
    expect(QUICK_SIZES.map((s) => s.role)).toEqual(["plain"]);
  });

  it("judges reads at ≤ 3× their floor at the reference and scale sizes only", () => {
    expect(readVerdict("plain", 9)).toBeNull();
    expect(readVerdict("reference", 3)).toEqual({ target: "≤ 3× floor", pass: true });
    expect(readVerdict("scale", 3.01)?.pass).toBe(false);
  });

  it("judges the reference build at 3 s and 400 MB, the scale build at 5× that time and 1.2 GB", () => {
    const verdict = (role: string, processMs: number, peakRssBytes: number, referenceMs: number | null) => {
      const v = buildVerdicts(role, { processMs, peakRssBytes }, referenceMs);
      return v === null ? null : [v.time.pass, v.memory.pass];
    };
    expect(verdict("plain", 99_000, 9e9, null)).toBeNull();
    expect(verdict("reference", 3_000, 400_000_000, null)).toEqual([true, true]);
    expect(verdict("reference", 3_001, 400_000_001, null)).toEqual([false, false]);
    expect(verdict("scale", 10_000, 1_200_000_000, 2_000)).toEqual([true, true]);
    expect(verdict("scale", 10_001, 1_200_000_001, 2_000)).toEqual([false, false]);
    // Without a reference build the scale time cannot pass.
    expect(verdict("scale", 1, 1, null)).toEqual([false, true]);
  });

  it("judges the reference build at 0.10× the pandas script, and nowhere else or without pandas", () => {
    expect(pandasVerdict("reference", 900, 9_000)).toEqual({ target: "≤ 0.10×", pass: true });
    expect(pandasVerdict("reference", 2_074, 9_122)?.pass).toBe(false);
    expect(pandasVerdict("plain", 1, 9_000)).toBeNull();
    expect(pandasVerdict("scale", 1, 9_000)).toBeNull();
    expect(pandasVerdict("reference", 1, null)).toBeNull();
  });
});

describe("several whole processes as one figure", () => {
  const build = (processMs: number, peakRssBytes: number, exitCode = 0) => ({
    wallMs: processMs - 100,
    processMs,
    peakRssBytes,
    exitCode,
  });

  it("takes the median run's time, the largest peak and a failed run's exit code", () => {
    expect(summariseBuilds([build(4_400, 280e6), build(2_900, 300e6), build(3_100, 270e6, 1)])).toEqual({
      wallMs: 3_000,
      processMs: 3_100,
      peakRssBytes: 300e6,
      exitCode: 1,
      runs: 3,
    });
    expect(
      summarisePandas([
        { wallMs: 13_800, peakRssBytes: 160e6 },
        { wallMs: 9_700, peakRssBytes: 165e6 },
        { wallMs: 12_800, peakRssBytes: 150e6 },
      ]),
    ).toEqual({
      wallMs: 12_800,
      peakRssBytes: 165e6,
      runs: 3,
    });
  });

  const read = (wallMs: number, peakRssBytes: number, peakHeapBytes: number): ReadTiming => ({
    wallMs,
    fileBytes: 6_700_000,
    gridRows: 250_000,
    baselineRssBytes: 50e6,
    baselineHeapBytes: 5e6,
    peakRssBytes,
    peakHeapBytes,
    retainedHeapBytes: 30e6,
  });

  it("reads: takes the median read with the largest peaks, the median floor and the median run ratio", () => {
    expect(
      summariseReads([read(700, 90e6, 40e6), read(480, 95e6, 35e6), read(520, 85e6, 45e6)], [190, 170, 230]),
    ).toEqual({ ...read(520, 95e6, 45e6), floorMs: 190, floorRatio: 480 / 170 });
  });

  it("reads: pairs each read with the floor taken after it, so runs slowed as a whole keep their ratio", () => {
    // Runs 2 and 3 were taken while the machine was slow: both their read and their floor took longer.
    const reads = [read(300, 1, 1), read(450, 1, 1), read(420, 1, 1), read(310, 1, 1), read(305, 1, 1)];
    const floors = [110, 160, 150, 112, 160];
    const figures = summariseReads(reads, floors);
    expect(figures.wallMs).toBe(310);
    expect(figures.floorMs).toBe(150);
    // Median of 2.73, 2.81, 2.80, 2.77, 1.91: 2.77, where 310 / 150 would say 2.07.
    expect(figures.floorRatio).toBeCloseTo(310 / 112, 10);
    expect(() => summariseReads(reads, floors.slice(1))).toThrow(/floor taken after it/);
  });

  it("takes the lower middle run of an even count, and the only run of one", () => {
    expect(medianRun([4, 1, 3, 2], (n) => n)).toBe(2);
    expect(medianRun([7], (n) => n)).toBe(7);
    expect(() => medianRun([], (n: number) => n)).toThrow(/at least one run/);
  });
});

describe("the start-up bench (h)", () => {
  it("takes each round's own ratio to node -e 0, and judges both commands against 3×", () => {
    // Round 2 ran while the machine was slow: all three processes took longer.
    const figures = startupFigures([
      [40, 50, 100],
      [80, 100, 200],
      [42, 51, 110],
    ]);
    expect(figures).toEqual({
      runs: 3,
      nodeMs: 42,
      helpMs: 51,
      validateMs: 110,
      helpRatio: 1.25,
      validateRatio: 2.5,
      meetsTarget: true,
    });
    expect(startupFigures([[40, 50, 121]]).meetsTarget).toBe(false);
    expect(startupFigures([[40, 121, 50]]).meetsTarget).toBe(false);
    expect(startupLines(figures)).toEqual([
      "(h) Start-up, whole processes, median of 3 rounds run in turn: node -e 0 42 ms; pmo-pulse --help 51 ms, " +
        "1.25× (≤ 3×: PASS); validate a one-project workbook 110 ms, 2.50× (≤ 3×: PASS)",
    ]);
  });
});

describe("the history bench as whole processes", () => {
  const build = (processMs: number, exitCode = 0) => ({
    wallMs: processMs,
    processMs,
    peakRssBytes: 1,
    exitCode,
  });

  it("judges the median of each pair's added share, and shows the median build of each kind", () => {
    // Pairs: +15 %, -15 % (a slow build alone), +122 % (a slow build with --previous).
    const figures = historyProcessFigures(
      [build(1000), build(1300), build(900)],
      [build(1150), build(1100), build(2000)],
    );
    expect(figures).toEqual({
      runs: 3,
      aloneMs: 1000,
      withPreviousMs: 1150,
      addedShare: expect.closeTo(0.15, 10) as number,
      exitCode: 0,
      meetsTarget: true,
    });
    // The machine slows down for the second half: the ratio of medians says +40 %, each pair +10 %.
    const drifting = historyProcessFigures(
      [build(1000), build(1000), build(1000), build(2000), build(2000)],
      [build(1100), build(1100), build(1400), build(2200), build(2200)],
    );
    expect(drifting.withPreviousMs / drifting.aloneMs - 1).toBeCloseTo(0.4, 10);
    expect(drifting.addedShare).toBeCloseTo(0.1, 10);
    expect(drifting.meetsTarget).toBe(true);
    expect(historyProcessFigures([build(1000)], [build(1250)]).meetsTarget).toBe(false);
    // A build that failed is never a pass, however fast.
    const failed = historyProcessFigures([build(1000)], [build(10, 2)]);
    expect([failed.exitCode, failed.meetsTarget]).toEqual([2, false]);
  });

  it("runs the builds in turn, the earlier dashboard given to every other one", async () => {
    const given: (string | undefined)[] = [];
    const figures = await measureHistoryProcesses(
      (previous) => {
        given.push(previous);
        return Promise.resolve(build(previous === undefined ? 100 : 110));
      },
      "previous.xlsx",
      2,
    );
    expect(given).toEqual([undefined, "previous.xlsx", undefined, "previous.xlsx"]);
    expect([figures.runs, figures.aloneMs, figures.withPreviousMs]).toEqual([2, 100, 110]);
  });
});

describe("the history bench's pairs", () => {
  it("runs the two pieces of work in turn and keeps each one's fastest time", async () => {
    const order: string[] = [];
    const times = { a: [30, 10, 20], b: [15, 25, 5] };
    const work = (name: "a" | "b") => () => {
      order.push(name);
      return Promise.resolve(times[name][order.filter((n) => n === name).length - 1] ?? Number.NaN);
    };
    expect(await fastestInTurn(3, [work("a"), work("b")])).toEqual([10, 5]);
    expect(order).toEqual(["a", "b", "a", "b", "a", "b"]);
  });
});
