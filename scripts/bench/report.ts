import type { BenchResults } from "./runBench";
import { formatBytes, formatCount, formatMs, formatTable, passFail } from "./table";
import { TARGET_FROM_ALLOCATION_ROWS } from "./engineBench";
import { consolidateLines } from "./consolidateBench";
import { startupLines } from "./startupBench";
import { TARGET_HISTORY_SHARE } from "./historyBench";
import { READ_RUNS } from "./readBench";
import { PANDAS_RATIO, pandasVerdict, READ_FLOOR_RATIO } from "./targets";

/** The bench's printed report: one table per promise, then the verdicts. */
export function formatReport(results: BenchResults): string {
  const { machine, targets } = results;
  const target = formatCount(targets.allocationRowsPerSecond);
  const sections = [
    `PMO Pulse benchmarks${results.quick ? " (--quick)" : ""}: Node ${machine.node}, ${machine.platform}, ` +
      `${machine.cpus} × ${machine.cpuModel}, ${formatBytes(machine.memoryBytes)} RAM`,
    "",
    `(a) Reading the tracker .xlsx (readXlsxFile; ${
      results.sizes.every((s) => s.read.inChildProcess)
        ? `each size in fresh processes, the median of ${READ_RUNS} cold reads, each with a floor after it; read / floor is the median of their ratios`
        : "in this process"
    })`,
    formatTable(
      [
        "projects/allocs",
        "file",
        "data rows",
        "time ms",
        "rows/s",
        "alloc rows/s",
        "peak RSS",
        "peak heap",
        "heap kept",
        "floor ms",
        "read/floor",
      ],
      results.sizes.map((s) => [
        s.size.label,
        formatBytes(s.read.fileBytes),
        formatCount(s.rows.all),
        formatMs(s.read.wallMs),
        formatCount(s.read.rowsPerSecond),
        formatCount(s.read.allocationRowsPerSecond),
        formatBytes(s.read.peakRssBytes),
        formatBytes(s.read.peakHeapBytes),
        formatBytes(s.read.retainedHeapBytes),
        formatMs(s.read.floorMs),
        `${s.read.floorRatio.toFixed(2)}×`,
      ]),
    ),
    "    floor = inflate every part, decode it and find every tag, with node:zlib on the thread pool as the CLI reader (64 KB chunks, its fastest) and the reader's decoder, in a fresh process like the read, the median of as many runs, taken in turn with the reads (target: read ≤ 3× floor)",
    "",
    `(b) Validate + KPIs on the in-memory tables (best of N after a warm-up; target ≥ ${target} alloc rows/s)`,
    formatTable(
      [
        "projects/allocs",
        "data rows",
        "alloc rows",
        "N",
        "best ms",
        "median ms",
        "alloc rows/s",
        "ns/row",
        "target",
        "validate ms",
        "KPIs ms",
        "normalise ms",
        "normalise rows/s",
        "tables heap",
        "v+K heap",
        "analyse ms",
      ],
      results.sizes.map((s) => [
        s.size.label,
        formatCount(s.rows.all),
        formatCount(s.rows.allocations),
        String(s.engine.runs),
        formatMs(s.engine.bestMs),
        formatMs(s.engine.medianMs),
        formatCount(s.engine.allocationRowsPerSecond),
        formatCount(s.engine.nsPerRow),
        s.engine.judged ? passFail(s.engine.meetsTarget) : "n/a",
        formatMs(s.engine.validateMs),
        formatMs(s.engine.kpisMs),
        formatMs(s.engine.normaliseMs),
        formatCount(s.engine.normaliseRowsPerSecond),
        formatBytes(s.engine.tablesHeapBytes),
        formatBytes(s.engine.engineHeapBytes),
        formatMs(s.engine.analyseMs),
      ]),
    ),
    "    best/median = validatePortfolio + computeKpis + attention lists on the normalised tables;",
    `    target judged from ${formatCount(TARGET_FROM_ALLOCATION_ROWS)} allocation rows (below that, fixed per-call costs dominate);`,
    "    normalise = readPortfolio (raw grids → typed tables, part of reading); analyse = the whole analyseWorkbooks;",
    "    tables heap = heap the typed tables hold; v+K heap = heap one validate + KPIs run allocates (before GC)",
    "",
    "(c) Dashboard: plan build + .xlsx write (best of N), against (a)'s read time",
    formatTable(
      ["projects/allocs", "plan ms", "write ms", "dashboard", "read ms", "(plan+write)/read"],
      results.sizes.flatMap((s) =>
        s.dashboard === null
          ? []
          : [
              [
                s.size.label,
                formatMs(s.dashboard.planMs),
                formatMs(s.dashboard.writeMs),
                formatBytes(s.dashboard.dashboardBytes),
                formatMs(s.read.wallMs),
                `${(s.dashboard.writeToReadRatio * 100).toFixed(1)} %`,
              ],
            ],
      ),
    ),
    "    (the 20,000/800k size is built end to end only, in (e))",
    "",
    `(d) Office.js path through the Excel test double (read workbook, then refresh dashboard; limit ${formatCount(
      results.office[0]?.figures.limitBytes ?? Number.NaN,
    )} bytes)`,
    formatTable(
      [
        "portfolio",
        "read syncs",
        "refresh syncs",
        "max request B",
        "max response B",
        "< 5 MB",
        "read: ours ms",
        "in sync ms",
        "refresh: ours ms",
        "in sync ms",
      ],
      results.office.map((o) => [
        o.portfolio,
        formatCount(o.figures.readSyncs),
        formatCount(o.figures.refreshSyncs),
        formatCount(o.figures.maxRequestBytes),
        formatCount(o.figures.maxResponseBytes),
        passFail(o.figures.withinLimit),
        formatMs(o.figures.read.ourMs),
        formatMs(o.figures.read.syncMs),
        formatMs(o.figures.refresh.ourMs),
        formatMs(o.figures.refresh.syncMs),
      ]),
    ),
    ...results.office
      .filter((o) => o.figures.failure !== undefined)
      .map((o) => `  ${o.portfolio} stopped: ${o.figures.failure ?? ""}`),
    "",
    "(e) Issue 8: each read and each `pmo-pulse build` in a fresh process (build = the whole process, Node start included; the median of 3, the largest peak, at every size but the scale one)",
    formatTable(
      [
        "projects/allocs",
        "floor ms",
        "read ms",
        "read/floor",
        "read target",
        "",
        "build ms",
        "peak RSS",
        "exit",
        "time target",
        "",
        "RSS target",
        "",
      ],
      results.sizes.map((s) => {
        const { read, build } = s.verdicts;
        return [
          s.size.label,
          formatMs(s.read.floorMs),
          formatMs(s.read.wallMs),
          `${s.read.floorRatio.toFixed(2)}×`,
          read?.target ?? "—",
          read === null ? "" : passFail(read.pass),
          formatMs(s.build.processMs),
          formatBytes(s.build.peakRssBytes),
          String(s.build.exitCode),
          build?.time.target ?? "—",
          build === null ? "" : passFail(build.time.pass),
          build?.memory.target ?? "—",
          build === null ? "" : passFail(build.memory.pass),
        ];
      }),
    ),
    "    floor = inflating and scanning the same file's XML (see (a)); the 20,000/800k build is judged against the 5,000/200k one",
    "",
    "    The same job as a plain pandas + openpyxl script (reference size):",
    formatTable(
      ["projects/allocs", "build ms", "pandas+openpyxl ms", "its peak RSS", "build/pandas", "target", ""],
      results.sizes
        .filter((s) => s.pandas !== null)
        .map((s) => {
          const verdict = pandasVerdict(s.size.role, s.build.processMs, s.pandas?.wallMs ?? null);
          return [
            s.size.label,
            formatMs(s.build.processMs),
            formatMs(s.pandas?.wallMs ?? Number.NaN),
            formatBytes(s.pandas?.peakRssBytes ?? Number.NaN),
            `${(s.build.processMs / (s.pandas?.wallMs ?? Number.NaN)).toFixed(2)}×`,
            verdict?.target ?? "—",
            verdict === null ? "" : passFail(verdict.pass),
          ];
        }),
    ),
    results.pandasAvailable
      ? "    pandas + openpyxl: the same file read, hours per project and budget per program summed, written; the median of 3 runs, each right after one of the 3 builds"
      : "    pandas + openpyxl comparison SKIPPED: /usr/bin/python3 lacks pandas or openpyxl (apt-get install python3-pandas python3-openpyxl)",
    "",
    ...historyLines(results),
    "",
    `Engine ≥ ${target} allocation rows/s at every size from ${formatCount(TARGET_FROM_ALLOCATION_ROWS)} allocation rows: ${passFail(targets.enginePass)}`,
    `Office.js requests and responses under 5 MB: ${passFail(targets.officePayloadPass)}`,
    `Dashboard plan + write against reading the tracker: ${ratioRange(results)} of the read time`,
    `Reads ≤ ${READ_FLOOR_RATIO}× their floor and builds within issue 8's time and memory: ${passFail(targets.readBuildPass)}`,
    `The 5,000/200k build ≤ ${PANDAS_RATIO.toFixed(2)}× the pandas + openpyxl script: ${pandasLine(results)}`,
    `A 36-period history adds under ${(TARGET_HISTORY_SHARE * 100).toFixed(0)} % to the build: ${results.history?.judged === true ? passFail(targets.historyPass) : "n/a (judged at 5,000/200k)"}`,
    ...consolidateLines(results.consolidate),
    ...startupLines(results.startup),
    `Total bench time: ${results.totalSeconds.toFixed(0)} s`,
  ];
  return `${sections.join("\n")}\n`;
}

/** `53–126 %`: the smallest and largest (plan + write) / read ratio over the sizes. */
function ratioRange(results: BenchResults): string {
  const ratios = results.sizes.flatMap((s) =>
    s.dashboard === null ? [] : [s.dashboard.writeToReadRatio * 100],
  );
  const low = Math.min(...ratios).toFixed(0);
  const high = Math.max(...ratios).toFixed(0);
  return low === high ? `${low} %` : `${low}–${high} %`;
}

/** A share added to a time, signed: `+13 %`, `-2 %`. */
function addedPercent(share: number): string {
  return `${share >= 0 ? "+" : ""}${(share * 100).toFixed(0)} %`;
}

/** (g): what a 36-period PMO History adds to a build (`--previous`: read back, analyse, plan, write). */
function historyLines(results: BenchResults): string[] {
  const h = results.history;
  if (h === undefined) return [];
  return [
    `(g) Monthly cycle: the build of ${h.portfolio} alone and with --previous a dashboard whose PMO History holds ${h.periods} periods (the fastest of N runs of each, run in turn, in this process)`,
    formatTable(
      [
        "history rows",
        "previous file",
        "build ms",
        "with history ms",
        "added",
        "target",
        "",
        "of which read-back ms",
        "analyse+plan ms",
        "with history ms",
      ],
      [
        [
          formatCount(h.projectRows),
          formatBytes(h.previousBytes ?? Number.NaN),
          formatMs(h.buildMs),
          formatMs(h.buildWithHistoryMs),
          addedPercent(h.addedShare),
          `< +${(TARGET_HISTORY_SHARE * 100).toFixed(0)} %`,
          h.judged ? passFail(h.meetsTarget) : "n/a",
          formatMs(h.readBackMs ?? Number.NaN),
          formatMs(h.engineMs),
          formatMs(h.engineWithHistoryMs),
        ],
      ],
    ),
    ...historyProcessLines(h),
  ];
}

/** (g) as whole `pmo-pulse build` processes: what a user waits for, fresh process and all. */
function historyProcessLines(h: NonNullable<BenchResults["history"]>): string[] {
  const p = h.processes;
  if (p === undefined) return [];
  const verdict = h.judged ? passFail(p.meetsTarget) : "n/a";
  const failed = p.exitCode === 0 ? "" : `; a build exited ${p.exitCode}`;
  return [
    `    as whole \`pmo-pulse build\` processes (${p.runs} pair${p.runs === 1 ? "" : "s"} run in turn; medians): ` +
      `${formatMs(p.aloneMs)} ms alone, ${formatMs(p.withPreviousMs)} ms with --previous; each pair's added share, ` +
      `median: ${addedPercent(p.addedShare)} ` +
      `(target < +${(TARGET_HISTORY_SHARE * 100).toFixed(0)} %: ${verdict})${failed}`,
  ];
}

/** The pandas verdict with the ratio it was judged on, or why it was not judged. */
function pandasLine(results: BenchResults): string {
  const pass = results.targets.pandasPass;
  const reference = results.sizes.find((s) => s.size.role === "reference");
  if (pass === null || reference?.pandas == null) {
    return results.pandasAvailable ? "n/a (judged at 5,000/200k)" : "n/a (pandas or openpyxl missing)";
  }
  return `${passFail(pass)} (${(reference.build.processMs / reference.pandas.wallMs).toFixed(2)}×)`;
}
