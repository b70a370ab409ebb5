import type { BenchResults } from "./runBench";
import { formatBytes, formatCount, formatMs, formatTable, passFail } from "./table";
import { TARGET_FROM_ALLOCATION_ROWS } from "./engineBench";
import { consolidateLines } from "./consolidateBench";

/** The bench's printed report: one table per promise, then the verdicts. */
export function formatReport(results: BenchResults): string {
  const { machine, targets } = results;
  const target = formatCount(targets.allocationRowsPerSecond);
  const sections = [
    `PMO Pulse benchmarks${results.quick ? " (--quick)" : ""}: Node ${machine.node}, ${machine.platform}, ` +
      `${machine.cpus} × ${machine.cpuModel}, ${formatBytes(machine.memoryBytes)} RAM`,
    "",
    `(a) Reading the tracker .xlsx (readXlsxFile; ${
      results.sizes.every((s) => s.read.inChildProcess) ? "each size in a fresh process" : "in this process"
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
        `${(s.read.wallMs / s.read.floorMs).toFixed(2)}×`,
      ]),
    ),
    "    floor = inflate every part, decode it and find every tag, with the reader's own inflater (target: read ≤ 3× floor)",
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
      results.sizes.map((s) => [
        s.size.label,
        formatMs(s.dashboard.planMs),
        formatMs(s.dashboard.writeMs),
        formatBytes(s.dashboard.dashboardBytes),
        formatMs(s.read.wallMs),
        `${(s.dashboard.writeToReadRatio * 100).toFixed(1)} %`,
      ]),
    ),
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
    "(e) `pmo-pulse build` end to end, each in a fresh process (targets for 5,000/200k: ≤ 3 s, ≤ 400 MB)",
    formatTable(
      [
        "projects/allocs",
        "build ms",
        "peak RSS",
        "exit",
        "pandas+openpyxl ms",
        "its peak RSS",
        "build/pandas",
      ],
      results.sizes.map((s) => [
        s.size.label,
        formatMs(s.build.wallMs),
        formatBytes(s.build.peakRssBytes),
        String(s.build.exitCode),
        s.pandas === null ? "—" : formatMs(s.pandas.wallMs),
        s.pandas === null ? "—" : formatBytes(s.pandas.peakRssBytes),
        s.pandas === null ? "—" : `${(s.build.wallMs / s.pandas.wallMs).toFixed(2)}×`,
      ]),
    ),
    results.pandasAvailable
      ? "    pandas + openpyxl: the same file read, hours per project and budget per program summed, written (largest size only)"
      : "    pandas + openpyxl comparison SKIPPED: /usr/bin/python3 lacks pandas or openpyxl (apt-get install python3-pandas python3-openpyxl)",
    "",
    `Engine ≥ ${target} allocation rows/s at every size from ${formatCount(TARGET_FROM_ALLOCATION_ROWS)} allocation rows: ${passFail(targets.enginePass)}`,
    `Office.js requests and responses under 5 MB: ${passFail(targets.officePayloadPass)}`,
    `Dashboard plan + write against reading the tracker: ${ratioRange(results)} of the read time`,
    ...historyLines(results),
    ...consolidateLines(results.consolidate),
    `Total bench time: ${results.totalSeconds.toFixed(0)} s`,
  ];
  return `${sections.join("\n")}\n`;
}

/** `53–126 %`: the smallest and largest (plan + write) / read ratio over the sizes. */
function ratioRange(results: BenchResults): string {
  const ratios = results.sizes.map((s) => s.dashboard.writeToReadRatio * 100);
  const low = Math.min(...ratios).toFixed(0);
  const high = Math.max(...ratios).toFixed(0);
  return low === high ? `${low} %` : `${low}–${high} %`;
}

/** (e): what a 36-period PMO History adds to a build (analyse + plan + .xlsx write). */
function historyLines(results: BenchResults): string[] {
  const h = results.history;
  if (h === undefined) return [];
  const pct = (share: number) => `${share >= 0 ? "+" : ""}${(share * 100).toFixed(0)} %`;
  return [
    `History of ${h.periods} periods (${h.portfolio}, ${formatCount(h.projectRows)} project rows): build ${formatMs(h.buildMs)} → ${formatMs(h.buildWithHistoryMs)} (${pct(h.addedShare)}), of which analyse + plan ${formatMs(h.engineMs)} → ${formatMs(h.engineWithHistoryMs)} (${pct(h.engineWithHistoryMs / h.engineMs - 1)}); target under +20 %: ${passFail(h.meetsTarget)}`,
  ];
}
